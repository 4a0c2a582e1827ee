namespace SellerConsole.Costing;

/// <summary>
/// Amazon's selling fees for one category from a date (FBM: no FBA or closing fee in DIY &amp; Tools).
/// Referral = max(<see cref="ReferralRate"/> x (item price + shipping charged, VAT-inclusive),
/// <see cref="MinimumReferralFee"/>) per item. Digital Services Fee = <see cref="DigitalServicesFeeRate"/>
/// x the referral fee. All fees are ex VAT; Amazon adds <see cref="FeeVatRate"/> on top of them.
/// The Professional plan fee is shared over the seller's expected monthly units.
/// </summary>
public sealed record FeeSchedule(
    string Category,
    DateTime EffectiveFrom,
    decimal ReferralRate,
    decimal MinimumReferralFee,
    decimal DigitalServicesFeeRate,
    decimal FeeVatRate,
    decimal MonthlyPlanFeeExVat)
{
    public decimal ReferralRate { get; } = Fraction(ReferralRate, nameof(ReferralRate));

    public decimal DigitalServicesFeeRate { get; } = Fraction(DigitalServicesFeeRate, nameof(DigitalServicesFeeRate));

    public decimal FeeVatRate { get; } = Fraction(FeeVatRate, nameof(FeeVatRate));

    public decimal MinimumReferralFee { get; } = NonNegative(MinimumReferralFee, nameof(MinimumReferralFee));

    public decimal MonthlyPlanFeeExVat { get; } = NonNegative(MonthlyPlanFeeExVat, nameof(MonthlyPlanFeeExVat));

    public DateTime EffectiveFrom { get; } = EffectiveFrom.Kind == DateTimeKind.Utc
        ? EffectiveFrom
        : throw new CostingException($"Fee schedule '{Category}' EffectiveFrom must be UTC (Kind=Utc).");

    /// <summary>Unrounded referral fee on a VAT-inclusive sale total (item + shipping).</summary>
    public decimal ReferralFee(decimal grossSale) => Math.Max(ReferralRate * grossSale, MinimumReferralFee);

    private static decimal Fraction(decimal value, string name) => value is >= 0m and < 1m
        ? value
        : throw new CostingException($"Fee schedule {name} must be a fraction from 0 to below 1 (e.g. 0.13), got {value}.");

    private static decimal NonNegative(decimal value, string name) => value >= 0m
        ? value
        : throw new CostingException($"Fee schedule {name} cannot be negative, got {value}.");
}

/// <summary>The dated fee schedules of one category; <see cref="AsOf"/> picks the one in force.</summary>
public sealed class FeeScheduleHistory
{
    private readonly FeeSchedule[] _schedules;

    public FeeScheduleHistory(IEnumerable<FeeSchedule> schedules)
    {
        _schedules = schedules.OrderBy(s => s.EffectiveFrom).ToArray();
        var categories = _schedules.Select(s => s.Category).Distinct().ToList();
        if (categories.Count > 1)
        {
            throw new CostingException($"A fee history holds one category, got {string.Join(", ", categories)}.");
        }
        for (var i = 1; i < _schedules.Length; i++)
        {
            if (_schedules[i].EffectiveFrom == _schedules[i - 1].EffectiveFrom)
            {
                throw new CostingException(
                    $"Fee schedule '{_schedules[i].Category}' has two entries from {EffectiveDating.Format(_schedules[i].EffectiveFrom)}.");
            }
        }
    }

    public IReadOnlyList<FeeSchedule> Schedules => _schedules;

    public FeeSchedule AsOf(DateTime date)
    {
        EffectiveDating.RequireUtc(date, "as-of date");
        var found = _schedules.LastOrDefault(s => s.EffectiveFrom <= date);
        return found ?? throw new CostingException(
            $"No fee schedule{(_schedules.Length > 0 ? $" for '{_schedules[0].Category}'" : "")} is effective on or before {EffectiveDating.Format(date)}.");
    }
}
