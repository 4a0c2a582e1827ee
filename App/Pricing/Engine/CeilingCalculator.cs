using System.Globalization;

namespace SellerConsole.Pricing.Engine;

/// <summary>Where the ceiling comes from. <see cref="CeilingRule.Factor"/> multiplies the floor or the 90-day buy-box high.</summary>
public enum CeilingBasis
{
    None,
    Manual,
    FloorFactor,
    BuyBoxHighFactor,
}

/// <summary>How the ceiling (highest item price) is derived; <see cref="Pence"/> is the Manual ceiling.</summary>
public sealed record CeilingRule(CeilingBasis Basis, decimal Factor = 1m, long? Pence = null)
{
    public static CeilingRule None { get; } = new(CeilingBasis.None);
}

/// <summary>
/// The pure ceiling calculator: a SKU's manual ceiling wins; then the strategy's rule. The 90-day
/// buy-box high is a landed price, so our shipping comes off it to give an item price.
/// </summary>
public static class CeilingCalculator
{
    public static PriceLimit Ceiling(CeilingRule rule, long? floorPence, long? buyBoxHighLanded, long shippingPence, long? manualPence)
    {
        if (manualPence is { } manual)
        {
            return new PriceLimit(manual, "manual");
        }
        return rule.Basis switch
        {
            CeilingBasis.Manual when rule.Pence is { } pence => new PriceLimit(pence, "manual"),
            CeilingBasis.FloorFactor when floorPence is { } floor => new PriceLimit(Scale(floor, rule.Factor), $"floor {Factor(rule)}"),
            CeilingBasis.FloorFactor => new PriceLimit(null, "no floor to multiply"),
            CeilingBasis.BuyBoxHighFactor when buyBoxHighLanded is { } high =>
                new PriceLimit(Scale(high, rule.Factor) - shippingPence, $"90-day buy-box high {new Gbp(high)} {Factor(rule)}"),
            CeilingBasis.BuyBoxHighFactor => new PriceLimit(null, "no 90-day buy-box high known"),
            _ => new PriceLimit(null, "none set"),
        };
    }

    private static string Factor(CeilingRule rule) => string.Create(CultureInfo.InvariantCulture, $"x{rule.Factor:0.##}");

    private static long Scale(long pence, decimal factor) => (long)Math.Round(pence * factor, MidpointRounding.AwayFromZero);
}
