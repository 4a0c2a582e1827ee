namespace SellerConsole.Costing;

/// <summary>
/// Seed fee history for DIY &amp; Tools on amazon.co.uk (FBM). Sources: domain-facts.md section C.
/// Fees are ex VAT throughout. Items marked UNCONFIRMED are modelling assumptions, not sourced facts.
/// </summary>
public static class FeeScheduleSeed
{
    public const string DiyAndToolsCategory = "DIY & Tools";

    /// <summary>Professional plan, £25 ex VAT a month (sourced). The date it took this value is not
    /// recorded; applying it to every seeded schedule is an assumption.</summary>
    public const decimal ProfessionalPlanMonthlyExVat = 25m;

    public static FeeScheduleHistory DiyAndTools() => new(
    [
        // From 1 Sep 2020: 12.24% including the 2% Digital Services Tax uplift (15% -> 15.3% style,
        // i.e. 12% x 1.02), minimum £0.25 per item (Seller Central fee schedule GH78LW99F4XF3Z38).
        // Fee VAT 20%: UNCONFIRMED as a mechanism for this period. Before Aug 2024 VAT-registered
        // sellers were not charged VAT on fees (reverse charge) and others were; under the rules in
        // VatStatus the margin effect is the same (registered: nothing; others: +20%), so one rate
        // is used for all statuses.
        new(DiyAndToolsCategory, Utc(2020, 9, 1), 0.1224m, 0.25m, 0m, 0.20m, ProfessionalPlanMonthlyExVat),

        // From 8 Jun 2021: 13.26% including DST "across all sales prices" (HPVPH58T965XNF9).
        // Minimum £0.25 carried over: UNCONFIRMED (no source restates it).
        new(DiyAndToolsCategory, Utc(2021, 6, 8), 0.1326m, 0.25m, 0m, 0.20m, ProfessionalPlanMonthlyExVat),

        // From 1 Oct 2024: separate Digital Services Fee of 2% of the referral fee (sourced), so the
        // base referral rate is 13% (UNCONFIRMED: inferred as 13.26 / 1.02; no current UK page found).
        // Minimum £0.25 on the base fee, DSF then applying to it: UNCONFIRMED.
        // Whether DIY & Tools was among the 14 categories changed on 1 Aug 2024: UNCONFIRMED.
        // UK VAT 20% charged on fees from 1 Aug 2024 (sourced: ecommerceaccountants.co.uk).
        new(DiyAndToolsCategory, Utc(2024, 10, 1), 0.13m, 0.25m, 0.02m, 0.20m, ProfessionalPlanMonthlyExVat),
    ]);

    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);
}
