using SellerConsole.Shared;

namespace SellerConsole.Costing;

/// <summary>
/// Everything about a sale except its item price: the date, the seller's VAT status, the fee
/// schedule in force, what the buyer pays for shipping, and the units the plan fee is spread over.
/// </summary>
/// <param name="ShippingCharge">VAT-inclusive shipping the buyer pays (0 for free delivery).</param>
/// <param name="ExpectedMonthlyUnits">Units sold a month across the account; the monthly plan fee is
/// divided by it. Null leaves the plan fee out (treated as an overhead, not a unit cost).</param>
public sealed record SaleContext(
    DateTime AsOf,
    VatStatus Vat,
    FeeSchedule Fees,
    decimal ShippingCharge = 0m,
    int? ExpectedMonthlyUnits = null)
{
    public DateTime AsOf { get; } = AsOf.Kind == DateTimeKind.Utc
        ? AsOf
        : throw new CostingException($"The sale date must be a UTC DateTime (Kind=Utc), got Kind={AsOf.Kind}.");

    public FeeSchedule Fees { get; } = Fees.EffectiveFrom <= AsOf
        ? Fees
        : throw new CostingException(
            $"The '{Fees.Category}' fee schedule starts {EffectiveDating.Format(Fees.EffectiveFrom)}, after the sale date {EffectiveDating.Format(AsOf)}.");

    public decimal ShippingCharge { get; } = ShippingCharge >= 0m && ShippingCharge == Money.Round(ShippingCharge)
        ? ShippingCharge
        : throw new CostingException($"The shipping charge must be zero or more in whole pence, got {ShippingCharge}.");

    public int? ExpectedMonthlyUnits { get; } = ExpectedMonthlyUnits is null or > 0
        ? ExpectedMonthlyUnits
        : throw new CostingException($"Expected monthly units must be positive (or left out), got {ExpectedMonthlyUnits}.");

    /// <summary>Unrounded ex-VAT plan fee carried by each unit.</summary>
    public decimal PlanFeeShare => ExpectedMonthlyUnits is { } units ? Fees.MonthlyPlanFeeExVat / units : 0m;
}
