using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Data;

/// <summary>
/// First-use defaults, from code so there is one source for each: the DIY &amp; Tools fee history
/// (<see cref="FeeScheduleSeed"/>), Royal Mail's confirmed size formats, an example postage card and an
/// example labour rate. Runs once: the settings row marks it done, so deleting a default is final.
/// </summary>
internal static class CostingSeeder
{
    public const string Tracked48 = "Royal Mail Tracked 48";
    public const string Tracked24 = "Royal Mail Tracked 24";

    public static readonly DateTime ExamplesFrom = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // EXAMPLE prices only: Royal Mail's 2025/26 Tracked 24/48 business rates are UNCONFIRMED
    // (domain-facts C). The seller replaces them with their Click & Drop card; the UI says so.
    private static readonly (string Service, PostageFormat Format, int Band, long Pence)[] ExampleCard =
    [
        (Tracked48, PostageFormat.LargeLetter, 100, 210),
        (Tracked48, PostageFormat.LargeLetter, 750, 270),
        (Tracked48, PostageFormat.SmallParcel, 1_000, 335),
        (Tracked48, PostageFormat.SmallParcel, 2_000, 385),
        (Tracked48, PostageFormat.MediumParcel, 20_000, 650),
        (Tracked24, PostageFormat.LargeLetter, 750, 320),
        (Tracked24, PostageFormat.SmallParcel, 2_000, 410),
        (Tracked24, PostageFormat.MediumParcel, 20_000, 750),
    ];

    public static async Task EnsureSeededAsync(SellerDb db, DateTime now, CancellationToken ct)
    {
        if (await db.CostingSettings.AnyAsync(ct))
        {
            return;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var defaults = CostingSettings.Default;
        db.CostingSettings.Add(new StoredCostingSettings
        {
            VatScheme = defaults.Scheme,
            FlatRate = defaults.FlatRate,
            TargetMargin = defaults.TargetMargin,
            ExpectedMonthlyUnits = defaults.ExpectedMonthlyUnits,
            FeeCategory = defaults.FeeCategory,
            ShippingChargePence = Money.ToPence(defaults.ShippingCharge),
            UpdatedUtc = now,
        });
        foreach (var fee in FeeScheduleSeed.DiyAndTools().Schedules)
        {
            db.FeeSchedules.Add(new StoredFeeSchedule
            {
                Category = fee.Category,
                EffectiveFromUtc = fee.EffectiveFrom,
                ReferralRate = fee.ReferralRate,
                MinimumReferralFeePence = Money.ToPence(fee.MinimumReferralFee),
                DigitalServicesFeeRate = fee.DigitalServicesFeeRate,
                FeeVatRate = fee.FeeVatRate,
                MonthlyPlanFeePence = Money.ToPence(fee.MonthlyPlanFeeExVat),
            });
        }
        var formats = new[] { PostageFormat.LargeLetter, PostageFormat.SmallParcel, PostageFormat.MediumParcel }
            .Select(f => new StoredPostageFormat
            {
                Name = f.Name,
                MaxLengthCm = f.MaxSize.A,
                MaxWidthCm = f.MaxSize.B,
                MaxDepthCm = f.MaxSize.C,
                MaxWeightGrams = f.MaxWeightGrams,
            })
            .ToDictionary(f => f.Name);
        db.PostageFormats.AddRange(formats.Values);
        await db.SaveChangesAsync(ct);

        foreach (var (service, format, band, pence) in ExampleCard)
        {
            db.PostageRates.Add(new StoredPostageRate
            {
                Service = service,
                FormatId = formats[format.Name].Id,
                MaxWeightGrams = band,
                EffectiveFromUtc = ExamplesFrom,
                PricePence = pence,
                IsExample = true,
            });
        }
        // An example packing rate (£12.00/h); the Fees & VAT page shows and edits it.
        db.LabourRates.Add(new StoredLabourRate { EffectiveFromUtc = ExamplesFrom, PencePerHour = 1_200 });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
