using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Data;

/// <summary>
/// Reads every costing table into the core's values. One query per table and grouping in memory:
/// at 50,000 SKUs this is several times faster than Include() joins.
/// </summary>
internal static class CostingLoader
{
    public static async Task<CostingMasterData> LoadAsync(SellerDb db, CancellationToken ct)
    {
        var componentCosts = (await db.ComponentCosts.AsNoTracking().ToListAsync(ct)).ToLookup(c => c.ComponentId);
        var components = (await db.CostComponents.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct))
            .Select(c => new Component(c.Code, c.Name, c.Supplier, c.SupplierCode, c.PackSize,
                componentCosts[c.Id].Select(p => new DatedPrice(p.EffectiveFromUtc, Money.FromPence(p.PackCostPence))).OrderBy(p => p.EffectiveFrom).ToArray(),
                c.VatRate))
            .ToList();

        var kitLines = (await db.KitLines.AsNoTracking().ToListAsync(ct)).ToLookup(l => l.KitId);
        var kits = (await db.CostKits.AsNoTracking().OrderBy(k => k.Code).ToListAsync(ct))
            .Select(k => new Kit(k.Code, k.Name, kitLines[k.Id].OrderBy(l => l.Position).Select(Line).ToArray()))
            .ToList();

        var packagingCosts = (await db.Set<StoredPackagingCost>().AsNoTracking().ToListAsync(ct)).ToLookup(c => c.PackagingId);
        var packaging = (await db.PackagingItems.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct))
            .Select(p => new PackagingItem(p.Code, p.Name, p.Kind,
                packagingCosts[p.Id].Select(c => new DatedPrice(c.EffectiveFromUtc, Money.FromPence(c.CostPence))).OrderBy(c => c.EffectiveFrom).ToArray(),
                p.VatRate))
            .ToList();

        var formats = (await db.PostageFormats.AsNoTracking().OrderBy(f => f.Id).ToListAsync(ct))
            .Select(f => new PostageFormatRow(f.Id, ToFormat(f)))
            .ToList();
        var formatsById = formats.ToDictionary(f => f.Id, f => f.Format);
        var rates = (await db.PostageRates.AsNoTracking().OrderBy(r => r.Service).ThenBy(r => r.FormatId).ThenBy(r => r.MaxWeightGrams).ThenBy(r => r.EffectiveFromUtc).ToListAsync(ct))
            .Select(r => new PostageRateRow(r.Id, r.FormatId,
                new PostageRate(r.Service, formatsById[r.FormatId], r.MaxWeightGrams, r.EffectiveFromUtc, Money.FromPence(r.PricePence), r.VatRate), r.IsExample))
            .ToList();

        var fees = (await db.FeeSchedules.AsNoTracking().OrderBy(f => f.Category).ThenBy(f => f.EffectiveFromUtc).ToListAsync(ct))
            .Select(f => new FeeScheduleRow(f.Id, new FeeSchedule(f.Category, f.EffectiveFromUtc, f.ReferralRate,
                Money.FromPence(f.MinimumReferralFeePence), f.DigitalServicesFeeRate, f.FeeVatRate, Money.FromPence(f.MonthlyPlanFeePence))))
            .ToList();
        var labour = (await db.LabourRates.AsNoTracking().OrderBy(r => r.EffectiveFromUtc).ToListAsync(ct))
            .Select(r => new DatedPrice(r.EffectiveFromUtc, Money.FromPence(r.PencePerHour)))
            .ToList();

        var stored = await db.CostingSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == StoredCostingSettings.SingletonId, ct);
        var settings = stored is null
            ? CostingSettings.Default
            : new CostingSettings(stored.VatScheme, stored.FlatRate, stored.TargetMargin, stored.ExpectedMonthlyUnits, stored.FeeCategory, Money.FromPence(stored.ShippingChargePence));

        return new CostingMasterData(components, kits, packaging, formats, rates, fees, labour, settings, await SkusAsync(db, ct));
    }

    private static async Task<List<SkuCostDefinition>> SkusAsync(SellerDb db, CancellationToken ct)
    {
        var lines = (await db.Set<StoredSkuLine>().AsNoTracking().ToListAsync(ct)).ToLookup(l => l.SkuCostId);
        var packaging = (await db.Set<StoredSkuPackaging>().AsNoTracking().ToListAsync(ct)).ToLookup(p => p.SkuCostId);
        return (await db.SkuCosts.AsNoTracking().OrderBy(s => s.Sku).ToListAsync(ct))
            .Select(s => new SkuCostDefinition(
                s.Sku,
                lines[s.Id].OrderBy(l => l.Position).Select(Line).ToArray(),
                packaging[s.Id].OrderBy(p => p.Id).Select(p => new PackagingLine(p.PackagingCode, p.Quantity)).ToArray(),
                s.LabourMinutes,
                new PackedParcel(s.WeightGrams, new Dimensions(s.LengthCm, s.WidthCm, s.DepthCm)),
                s.PostageService))
            .ToList();
    }

    public static PostageFormat ToFormat(StoredPostageFormat f) =>
        new(f.Name, new Dimensions(f.MaxLengthCm, f.MaxWidthCm, f.MaxDepthCm), f.MaxWeightGrams);

    private static BomLine Line(StoredKitLine l) => new(new BomRef(l.ItemKind, l.ItemCode), l.Quantity, l.WasteRate);

    private static BomLine Line(StoredSkuLine l) => new(new BomRef(l.ItemKind, l.ItemCode), l.Quantity, l.WasteRate);
}
