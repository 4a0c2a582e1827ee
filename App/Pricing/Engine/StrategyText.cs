using System.Globalization;

namespace SellerConsole.Pricing.Engine;

/// <summary>The words of strategy clauses ("Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48").</summary>
internal static class StrategyText
{
    /// <summary>"FBM, 98%", "FBA", "Amazon".</summary>
    public static string Describe(PricingOffer offer)
    {
        if (offer.IsAmazon)
        {
            return "Amazon";
        }
        var channel = offer.IsFba ? "FBA" : "FBM";
        return offer.FeedbackPercent is { } feedback
            ? string.Create(CultureInfo.InvariantCulture, $"{channel}, {feedback:0.#}%")
            : channel;
    }

    /// <summary>"the featured offer", "the lowest FBA offer", ... for the offer a kind targeted.</summary>
    public static string What(StrategyKind kind, PricingOffer target, bool isWinner) => kind switch
    {
        StrategyKind.FeaturedOffer or StrategyKind.ProfitOptimal when isWinner => "the featured offer",
        StrategyKind.LowestFba => "the lowest FBA offer",
        StrategyKind.LowestFbm => "the lowest FBM offer",
        StrategyKind.FbaThenFbm => target.IsFba ? "the lowest FBA offer" : "the lowest FBM offer",
        _ => "the lowest offer",
    };

    /// <summary>"Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48" (with the item price when we charge shipping).</summary>
    public static string Positioned(Positioning position, string what, PricingOffer target, long rawItem, long shipping)
    {
        var offer = $"{what} {new Gbp(target.LandedPence)} ({Describe(target)})";
        var clause = position.Mode switch
        {
            PositionMode.Match => $"Match {offer}",
            PositionMode.BeatByPence => $"Beat {offer} by {PriceText.Step((long)position.Amount)}",
            PositionMode.BeatByPercent => $"Beat {offer} by {PriceText.Percent(position.Amount)}",
            PositionMode.AboveByPence => $"Stay {PriceText.Step((long)position.Amount)} above {offer}",
            _ => $"Stay {PriceText.Percent(position.Amount)} above {offer}",
        };
        return $"{clause} -> {Price(rawItem, shipping)}";
    }

    /// <summary>"£12.48", or "£12.48 landed, item £9.49" when we charge shipping.</summary>
    public static string Price(long item, long shipping) => shipping == 0
        ? new Gbp(item).ToString()
        : $"{new Gbp(item + shipping)} landed, item {new Gbp(item)}";
}
