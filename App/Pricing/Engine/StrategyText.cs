using System.Globalization;

namespace SellerConsole.Pricing.Engine;

/// <summary>The words of strategy clauses ("Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48").</summary>
internal static class StrategyText
{
    /// <summary>"the featured offer", "the lowest FBA offer", ... for the offer a kind targeted.</summary>
    public static string What(StrategyKind kind, PricingOffer target, bool isWinner) => kind switch
    {
        StrategyKind.FeaturedOffer or StrategyKind.ProfitOptimal when isWinner => "the featured offer",
        StrategyKind.LowestFba => "the lowest FBA offer",
        StrategyKind.LowestFbm => "the lowest FBM offer",
        StrategyKind.FbaThenFbm => target.IsFba ? "the lowest FBA offer" : "the lowest FBM offer",
        _ => "the lowest offer",
    };

    /// <summary>"Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48" (with the item price when we charge shipping). One string, formatted in place.</summary>
    public static string Positioned(Positioning position, string what, PricingOffer target, long rawItem, long shipping)
    {
        var landed = new Gbp(target.LandedPence);
        var offer = new OfferText(target);
        var price = new PriceAt(rawItem, shipping);
        var c = CultureInfo.InvariantCulture;
        return position.Mode switch
        {
            PositionMode.Match => string.Create(c, $"Match {what} {landed} ({offer}) -> {price}"),
            PositionMode.BeatByPence => string.Create(c, $"Beat {what} {landed} ({offer}) by {new StepText(position.Pence)} -> {price}"),
            PositionMode.BeatByPercent => string.Create(c, $"Beat {what} {landed} ({offer}) by {new PercentText(position.Amount)} -> {price}"),
            PositionMode.AboveByPence => string.Create(c, $"Stay {new StepText(position.Pence)} above {what} {landed} ({offer}) -> {price}"),
            _ => string.Create(c, $"Stay {new PercentText(position.Amount)} above {what} {landed} ({offer}) -> {price}"),
        };
    }

    /// <summary>"£12.48", or "£12.48 landed, item £9.49" when we charge shipping.</summary>
    public static string Price(long item, long shipping) => new PriceAt(item, shipping).ToString();

    /// <summary>An offer in brief, "FBM, 98%", "FBA", "Amazon", formatted in place.</summary>
    private readonly record struct OfferText(PricingOffer Offer) : ISpanFormattable
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => Offer.IsAmazon
            ? destination.TryWrite(CultureInfo.InvariantCulture, $"Amazon", out charsWritten)
            : Offer.FeedbackPercent is { } feedback
                ? destination.TryWrite(CultureInfo.InvariantCulture, $"{(Offer.IsFba ? "FBA" : "FBM")}, {feedback:0.#}%", out charsWritten)
                : destination.TryWrite(CultureInfo.InvariantCulture, $"{(Offer.IsFba ? "FBA" : "FBM")}", out charsWritten);
    }

    /// <summary>Our price as the buyer compares it: landed, plus the item price when we charge shipping.</summary>
    private readonly record struct PriceAt(long Item, long Shipping) : ISpanFormattable
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => Shipping == 0
            ? new Gbp(Item).TryFormat(destination, out charsWritten, format, provider)
            : destination.TryWrite(CultureInfo.InvariantCulture, $"{new Gbp(Item + Shipping)} landed, item {new Gbp(Item)}", out charsWritten);
    }
}
