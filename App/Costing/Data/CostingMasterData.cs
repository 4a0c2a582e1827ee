using SellerConsole.Shared;

namespace SellerConsole.Costing.Data;

/// <summary>
/// The seller's costing settings as values. <see cref="Vat"/> builds the core's VAT status (and so
/// rejects an implausible flat rate).
/// </summary>
public sealed record CostingSettings(
    VatScheme Scheme,
    decimal FlatRate,
    decimal TargetMargin,
    int? ExpectedMonthlyUnits,
    string FeeCategory,
    decimal ShippingCharge)
{
    /// <summary>Standard VAT registration, a 20% target margin, free delivery, plan fee treated as overhead.</summary>
    public static CostingSettings Default { get; } =
        new(VatScheme.StandardRegistered, 0.125m, 0.20m, null, FeeScheduleSeed.DiyAndToolsCategory, 0m);

    public VatStatus Vat => Scheme switch
    {
        VatScheme.FlatRate => new VatStatus.FlatRate(FlatRate),
        VatScheme.NotRegistered => new VatStatus.NotRegistered(),
        _ => new VatStatus.StandardRegistered(),
    };

    public void Validate()
    {
        _ = Vat;
        if (TargetMargin is < 0m or >= 1m)
        {
            throw new CostingException($"The target margin must be from 0% to below 100%, got {TargetMargin * 100m:0.##}%.");
        }
        if (ExpectedMonthlyUnits is <= 0)
        {
            throw new CostingException("Expected monthly units must be positive, or left empty to keep the plan fee out of unit costs.");
        }
        if (ShippingCharge < 0m || ShippingCharge != Money.Round(ShippingCharge))
        {
            throw new CostingException($"The shipping charge must be zero or more in whole pence, got {ShippingCharge}.");
        }
        if (string.IsNullOrWhiteSpace(FeeCategory))
        {
            throw new CostingException("Choose the fee category your SKUs sell in.");
        }
    }
}

public sealed record PostageFormatRow(int Id, PostageFormat Format);

public sealed record PostageRateRow(int Id, int FormatId, PostageRate Rate, bool IsExample);

public sealed record FeeScheduleRow(int Id, FeeSchedule Schedule);

/// <summary>
/// Everything costing keeps in the database, as the core's values. An edit produces a new instance;
/// <see cref="CostingSnapshot.Build"/> validates it with the core before anything is written.
/// </summary>
public sealed record CostingMasterData(
    IReadOnlyList<Component> Components,
    IReadOnlyList<Kit> Kits,
    IReadOnlyList<PackagingItem> Packaging,
    IReadOnlyList<PostageFormatRow> Formats,
    IReadOnlyList<PostageRateRow> PostageRates,
    IReadOnlyList<FeeScheduleRow> FeeSchedules,
    IReadOnlyList<DatedPrice> LabourRates,
    CostingSettings Settings,
    IReadOnlyList<SkuCostDefinition> Skus)
{
    public static CostingMasterData Empty { get; } = new([], [], [], [], [], [], [], CostingSettings.Default, []);

    public CostingMasterData WithComponent(Component component) =>
        this with { Components = Replace(Components, component, c => c.Code == component.Code) };

    public CostingMasterData WithKit(Kit kit) => this with { Kits = Replace(Kits, kit, k => k.Code == kit.Code) };

    public CostingMasterData WithPackaging(PackagingItem item) =>
        this with { Packaging = Replace(Packaging, item, p => p.Code == item.Code) };

    public CostingMasterData WithSku(SkuCostDefinition sku) => this with { Skus = Replace(Skus, sku, s => s.Sku == sku.Sku) };

    /// <summary>The list with the matching item replaced in place, or the item appended.</summary>
    public static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> items, T item, Func<T, bool> same)
    {
        var list = items.ToList();
        var at = list.FindIndex(x => same(x));
        if (at >= 0)
        {
            list[at] = item;
        }
        else
        {
            list.Add(item);
        }
        return list;
    }
}
