namespace SellerConsole.Pricing.Engine;

/// <summary>
/// The offer snapshot as one strategy sees it: who holds the buy box, which competitors pass the
/// filters, and the targets each kind prices against. Built once per decision with plain loops (no
/// LINQ): the engine runs hundreds of thousands of times a second.
/// </summary>
internal sealed class MarketView
{
    private readonly List<PricingOffer> _considered;

    private MarketView(List<PricingOffer> considered) => _considered = considered;

    public bool WeHoldBuyBox { get; private init; }

    /// <summary>The buy-box winner when it is not us.</summary>
    public PricingOffer? Winner { get; private init; }

    public PricingOffer? Amazon { get; private init; }

    public int CompetitorCount { get; private init; }

    public int ConsideredCount => _considered.Count;

    public static MarketView Of(RepricingInput input, RepricingStrategy strategy)
    {
        var filter = strategy.Filter;
        var considered = new List<PricingOffer>(input.Offers.Count);
        PricingOffer? winner = null, amazon = null;
        var ours = false;
        var competitors = 0;
        for (var i = 0; i < input.Offers.Count; i++)
        {
            var offer = input.Offers[i];
            if (offer.IsOurs)
            {
                ours |= offer.IsBuyBoxWinner && input.BuyBox == BuyBoxCondition.Held;
                continue;
            }
            competitors++;
            if (offer.IsBuyBoxWinner && input.BuyBox == BuyBoxCondition.Held)
            {
                winner = offer;
            }
            if (offer.IsAmazon)
            {
                amazon = offer;
                if (strategy.Amazon == AmazonPolicy.Ignore)
                {
                    continue;
                }
            }
            if (Passes(offer, filter))
            {
                considered.Add(offer);
            }
        }
        return new MarketView(considered)
        {
            WeHoldBuyBox = ours,
            Winner = ours ? null : winner,
            Amazon = amazon,
            CompetitorCount = competitors,
        };
    }

    public bool IsConsidered(PricingOffer offer)
    {
        foreach (var candidate in _considered)
        {
            if (ReferenceEquals(candidate, offer))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The lowest considered offer matching <paramref name="fba"/> (null: either channel).</summary>
    public PricingOffer? Lowest(bool? fba = null)
    {
        PricingOffer? best = null;
        foreach (var offer in _considered)
        {
            if (fba is { } wanted && offer.IsFba != wanted)
            {
                continue;
            }
            if (best is null || offer.LandedPence < best.LandedPence
                || (offer.LandedPence == best.LandedPence && string.CompareOrdinal(offer.SellerId, best.SellerId) < 0))
            {
                best = offer;
            }
        }
        return best;
    }

    /// <summary>
    /// What <paramref name="kind"/> prices against. The featured offer is the buy-box winner when it
    /// passes the filters; otherwise (filtered out, nobody holds it, or we do) the lowest considered offer.
    /// </summary>
    public PricingOffer? Target(StrategyKind kind) => kind switch
    {
        StrategyKind.LowestFba => Lowest(true),
        StrategyKind.LowestFbm => Lowest(false),
        StrategyKind.FbaThenFbm => Lowest(true) ?? Lowest(false),
        StrategyKind.FeaturedOffer or StrategyKind.ProfitOptimal when Winner is { } w && IsConsidered(w) => w,
        _ => Lowest(),
    };

    private static bool Passes(PricingOffer offer, CompetitorFilter filter)
    {
        if ((filter.Channel == ChannelFilter.FbaOnly && !offer.IsFba) || (filter.Channel == ChannelFilter.FbmOnly && offer.IsFba))
        {
            return false;
        }
        if (!offer.IsAmazon)
        {
            if (filter.MinFeedbackPercent is { } pct && !(offer.FeedbackPercent >= pct))
            {
                return false;
            }
            if (filter.MinFeedbackCount is { } count && !(offer.FeedbackCount >= count))
            {
                return false;
            }
        }
        var fulfilledByAmazon = offer.IsFba || offer.IsAmazon;
        if (filter.MaxDispatchHours is { } hours && !(offer.MaxDispatchHours <= hours) && !(offer.MaxDispatchHours is null && fulfilledByAmazon))
        {
            return false;
        }
        return !filter.UkOnly || fulfilledByAmazon || IsUk(offer.ShipsFrom);
    }

    private static bool IsUk(string? country) =>
        country is not null && (country.Equals("GB", StringComparison.OrdinalIgnoreCase) || country.Equals("UK", StringComparison.OrdinalIgnoreCase));
}
