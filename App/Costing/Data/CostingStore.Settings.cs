using Microsoft.EntityFrameworkCore;

namespace SellerConsole.Costing.Data;

/// <summary>Fee schedules, labour rates and the seller's VAT and margin settings.</summary>
public sealed partial class CostingStore
{
    public Task<CostingEditResult> SaveFeeScheduleAsync(int id, FeeSchedule fee, string actor, CancellationToken ct) =>
        EditAsync(actor, "fee schedule", $"{fee.Category} from {EffectiveDating.Format(fee.EffectiveFrom)}",
            $"referral {fee.ReferralRate * 100m:0.####}% (min {fee.MinimumReferralFee:0.00}), DSF {fee.DigitalServicesFeeRate * 100m:0.##}%, " +
            $"VAT on fees {fee.FeeVatRate * 100m:0.##}%, plan {fee.MonthlyPlanFeeExVat:0.00}/month",
            data =>
            {
                var row = new FeeScheduleRow(id, fee);
                return data with
                {
                    FeeSchedules = id == 0 ? [.. data.FeeSchedules, row] : CostingMasterData.Replace(data.FeeSchedules, row, f => f.Id == id),
                };
            },
            async (db, token) =>
            {
                var row = id == 0 ? null : await db.FeeSchedules.FirstOrDefaultAsync(f => f.Id == id, token);
                if (row is null)
                {
                    row = new StoredFeeSchedule { Category = fee.Category };
                    db.FeeSchedules.Add(row);
                }
                row.Category = fee.Category.Trim();
                row.EffectiveFromUtc = fee.EffectiveFrom;
                row.ReferralRate = fee.ReferralRate;
                row.MinimumReferralFeePence = Pence(fee.MinimumReferralFee, "The minimum referral fee");
                row.DigitalServicesFeeRate = fee.DigitalServicesFeeRate;
                row.FeeVatRate = fee.FeeVatRate;
                row.MonthlyPlanFeePence = Pence(fee.MonthlyPlanFeeExVat, "The plan fee");
            }, ct);

    public Task<CostingEditResult> DeleteFeeScheduleAsync(int id, string actor, CancellationToken ct) =>
        EditAsync(actor, "fee schedule", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Deleted",
            data => data with { FeeSchedules = data.FeeSchedules.Where(f => f.Id != id).ToList() },
            (db, token) => db.FeeSchedules.Where(f => f.Id == id).ExecuteDeleteAsync(token), ct);

    /// <summary>Replaces the labour rate history (GBP per hour, dated).</summary>
    public Task<CostingEditResult> SaveLabourRatesAsync(IReadOnlyList<DatedPrice> rates, string actor, CancellationToken ct) =>
        EditAsync(actor, "labour rate", "labour",
            string.Join(", ", rates.OrderBy(r => r.EffectiveFrom).Select(r => $"{EffectiveDating.Format(r.EffectiveFrom)}: {r.Amount:0.00}/h")),
            data => data with { LabourRates = rates },
            async (db, token) =>
            {
                var stored = await db.LabourRates.ToListAsync(token);
                var kept = stored.ToList();
                SyncDated(kept, rates, r => r.EffectiveFromUtc, (r, p) => r.PencePerHour = p,
                    (d, p) => new StoredLabourRate { EffectiveFromUtc = d, PencePerHour = p }, "The labour rate");
                db.LabourRates.RemoveRange(stored.Except(kept));
                db.LabourRates.AddRange(kept.Where(r => r.Id == 0));
            }, ct);

    public Task<CostingEditResult> SaveSettingsAsync(CostingSettings settings, string actor, CancellationToken ct) =>
        EditAsync(actor, "settings", "costing",
            $"{settings.Scheme}{(settings.Scheme == VatScheme.FlatRate ? $" {settings.FlatRate * 100m:0.##}%" : "")}; target margin {settings.TargetMargin * 100m:0.##}%; plan fee over {settings.ExpectedMonthlyUnits?.ToString() ?? "none (overhead)"} units; " +
            $"fees '{settings.FeeCategory}'; shipping charged {settings.ShippingCharge:0.00}",
            data => data with { Settings = settings },
            async (db, token) =>
            {
                var row = await db.CostingSettings.SingleAsync(s => s.Id == StoredCostingSettings.SingletonId, token);
                row.VatScheme = settings.Scheme;
                row.FlatRate = settings.FlatRate;
                row.TargetMargin = settings.TargetMargin;
                row.ExpectedMonthlyUnits = settings.ExpectedMonthlyUnits;
                row.FeeCategory = settings.FeeCategory.Trim();
                row.ShippingChargePence = Pence(settings.ShippingCharge, "The shipping charge");
                row.UpdatedUtc = Now;
            }, ct);
}
