namespace SellerConsole.Pricing.Engine.Backtest;

/// <summary>How the market answers our landed price: our expected buy-box share and units a day.</summary>
public interface IDemandResponse
{
    DemandOutcome Respond(long ourLandedPence, IReadOnlyList<PricingOffer> competitors, BuyBoxCondition buyBox);
}

/// <summary>Expected buy-box share (0..1) and units a day.</summary>
public readonly record struct DemandOutcome(double BuyBoxShare, double UnitsPerDay);

/// <summary>What every demand model reads from the offers: the price to beat.</summary>
public static class DemandInputs
{
    /// <summary>The lowest landed price among offers that are not ours; null when we are alone.</summary>
    public static long? LowestRivalLanded(IReadOnlyList<PricingOffer> offers)
    {
        long? lowest = null;
        foreach (var offer in offers)
        {
            if (!offer.IsOurs && (lowest is null || offer.LandedPence < lowest))
            {
                lowest = offer.LandedPence;
            }
        }
        return lowest;
    }
}

/// <summary>
/// Demand fitted from our own history (<see cref="DemandFit"/>): the buy-box share at our gap to the
/// lowest competitor (the nearest observed gap when this one was never seen; no share with a suppressed
/// buy box) times the constant-elasticity units per buy-box day.
/// </summary>
public sealed class FittedDemand : IDemandResponse
{
    private readonly DemandFit _fit;

    public FittedDemand(DemandFit fit)
    {
        if (!fit.IsUsable)
        {
            throw new ArgumentException(
                $"The history is too thin to fit demand ({fit.Days} days with the buy box, {fit.PriceLevels} price levels; at least 3 and 2, with demand falling as price rises).",
                nameof(fit));
        }
        _fit = fit;
    }

    public static FittedDemand From(IReadOnlyList<DemandObservation> history) => new(DemandFit.Fit(history));

    public DemandFit Fit => _fit;

    public DemandOutcome Respond(long ourLandedPence, IReadOnlyList<PricingOffer> competitors, BuyBoxCondition buyBox)
    {
        if (buyBox == BuyBoxCondition.Suppressed)
        {
            return new DemandOutcome(0, 0);
        }
        var share = Share(ourLandedPence, DemandInputs.LowestRivalLanded(competitors));
        return new DemandOutcome(share, share * _fit.UnitsPerBuyBoxDay(ourLandedPence));
    }

    private double Share(long ours, long? theirs)
    {
        var curve = _fit.Share;
        if (theirs is not { } t || t <= 0)
        {
            return curve.Alone ?? 1.0;
        }
        var bucket = BuyBoxShareCurve.Bucket(ours, t);
        for (var distance = 0; distance < curve.Buckets.Count; distance++)
        {
            foreach (var i in (ReadOnlySpan<int>)[bucket - distance, bucket + distance])
            {
                if (i >= 0 && i < curve.Buckets.Count && curve.Buckets[i] is { } share)
                {
                    return share;
                }
            }
        }
        return curve.Alone ?? 1.0;
    }
}
