namespace SellerConsole.Costing.Data;

/// <summary>
/// A validated, immutable view of the stored costing data: the core's catalogue, fee history and the
/// per-SKU definitions. Building one runs every check the calculator relies on, so an edit that would
/// leave costing broken (a BOM loop, a dangling code, two prices on one date) is refused before saving.
/// </summary>
public sealed class CostingSnapshot
{
    private CostingSnapshot(long version, CostingMasterData data, CostingCatalogue catalogue,
        IReadOnlyDictionary<string, FeeScheduleHistory> fees, IReadOnlyDictionary<string, SkuCostDefinition> skus)
    {
        Version = version;
        Data = data;
        Catalogue = catalogue;
        Calculator = new CostingCalculator(catalogue);
        FeeHistories = fees;
        Skus = skus;
    }

    /// <summary>Changes whenever the stored data changes; caches key on it.</summary>
    public long Version { get; }

    public CostingMasterData Data { get; }

    public CostingCatalogue Catalogue { get; }

    public CostingCalculator Calculator { get; }

    public IReadOnlyDictionary<string, FeeScheduleHistory> FeeHistories { get; }

    public IReadOnlyDictionary<string, SkuCostDefinition> Skus { get; }

    public CostingSettings Settings => Data.Settings;

    public IEnumerable<string> PostageServices =>
        Data.PostageRates.Select(r => r.Rate.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    public int ExamplePostageRates => Data.PostageRates.Count(r => r.IsExample);

    /// <summary>The sale context for the seller's settings on a date; shipping defaults to the setting.</summary>
    public SaleContext Sale(DateTime asOf, decimal? shippingCharge = null) =>
        new(asOf, Settings.Vat, Fees.AsOf(asOf), shippingCharge ?? Settings.ShippingCharge, Settings.ExpectedMonthlyUnits);

    public FeeScheduleHistory Fees => FeeHistories.TryGetValue(Settings.FeeCategory, out var history)
        ? history
        : throw new CostingException($"There is no fee schedule for the category '{Settings.FeeCategory}'.");

    /// <exception cref="CostingException">The data could not be costed; the message says why.</exception>
    public static CostingSnapshot Build(CostingMasterData data, long version)
    {
        data.Settings.Validate();
        RequireUniqueNames(data.Formats.Select(f => f.Format.Name), "postage format");
        var catalogue = new CostingCatalogue(
            data.Components, data.Kits, data.Packaging, data.PostageRates.Select(r => r.Rate), data.LabourRates);
        var fees = data.FeeSchedules
            .GroupBy(f => f.Schedule.Category, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new FeeScheduleHistory(g.Select(f => f.Schedule)), StringComparer.Ordinal);
        if (!fees.ContainsKey(data.Settings.FeeCategory))
        {
            throw new CostingException($"The fee category in use, '{data.Settings.FeeCategory}', needs at least one fee schedule.");
        }

        var services = data.PostageRates.Select(r => r.Rate.Service).ToHashSet(StringComparer.Ordinal);
        var skus = new Dictionary<string, SkuCostDefinition>(StringComparer.Ordinal);
        foreach (var sku in data.Skus)
        {
            SkuValidator.Validate(catalogue, services, sku);
            if (!skus.TryAdd(sku.Sku, sku))
            {
                throw new CostingException($"SKU '{sku.Sku}' has two cost definitions.");
            }
        }
        return new CostingSnapshot(version, data, catalogue, fees, skus);
    }

    private static void RequireUniqueNames(IEnumerable<string> names, string what)
    {
        var clash = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new CostingException($"Two {what}s are called '{clash.Key}'.");
        }
    }
}

/// <summary>The checks a SKU definition must pass to be costable, with messages for the seller.</summary>
public static class SkuValidator
{
    public static void Validate(CostingCatalogue catalogue, IReadOnlySet<string> postageServices, SkuCostDefinition sku)
    {
        var owner = $"SKU '{sku.Sku}'";
        if (string.IsNullOrWhiteSpace(sku.Sku))
        {
            throw new CostingException("A SKU cost definition needs a SKU.");
        }
        CatalogueValidator.ValidateLines(catalogue, sku.Contents, owner);
        foreach (var line in sku.Packaging)
        {
            catalogue.Packaging(line.Code);
            if (line.Quantity <= 0)
            {
                throw new CostingException($"{owner} uses packaging '{line.Code}' with quantity {line.Quantity}; it must be positive.");
            }
        }
        if (sku.LabourMinutes < 0)
        {
            throw new CostingException($"{owner} has negative labour minutes.");
        }
        var size = sku.Parcel.Size;
        if (sku.Parcel.WeightGrams <= 0 || size.A <= 0 || size.B <= 0 || size.C <= 0)
        {
            throw new CostingException($"{owner} needs a positive packed weight and dimensions, got {sku.Parcel}.");
        }
        if (sku.PostageService is { } service && !postageServices.Contains(service))
        {
            throw new CostingException($"{owner} ships by '{service}', which is not on the postage rate card.");
        }
    }
}
