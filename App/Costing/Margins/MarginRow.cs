namespace SellerConsole.Costing.Margins;

public enum MarginFlag
{
    UnderTarget,
    LossMaking,
    MissingCosts,
    CannotCost,
    NoPrice,
}

/// <summary>
/// One listing's economics at its current price. Costs and ratios are null when the SKU is not costed
/// yet (<see cref="HasCosts"/> false: no cost definition, or nothing in its box; see
/// <see cref="Quoting.CostedState"/>), cannot be costed (<see cref="Problem"/>) or has no price.
/// </summary>
public sealed record MarginRow(
    string Sku,
    string Title,
    long? PricePence,
    bool HasCosts,
    decimal? LandedCost,
    decimal? Profit,
    decimal? Margin,
    decimal? BreakEven,
    decimal? TargetPrice,
    string? Problem,
    bool UnderTarget)
{
    public bool Has(MarginFlag flag) => flag switch
    {
        MarginFlag.UnderTarget => UnderTarget,
        MarginFlag.LossMaking => Profit < 0m,
        MarginFlag.MissingCosts => !HasCosts,
        MarginFlag.CannotCost => Problem is not null,
        _ => PricePence is null,
    };
}
