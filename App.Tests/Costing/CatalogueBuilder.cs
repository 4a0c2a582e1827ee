using SellerConsole.Costing;

namespace SellerConsole.Tests.Costing;

/// <summary>Builds catalogues for tests; every dated entry defaults to <see cref="Dates.Start"/>.</summary>
internal sealed class CatalogueBuilder
{
    private readonly List<(string Code, decimal PackSize, decimal Vat, List<DatedPrice> Costs)> _components = [];
    private readonly List<Kit> _kits = [];
    private readonly List<PackagingItem> _packaging = [];
    private readonly List<PostageRate> _postage = [];
    private readonly List<DatedPrice> _labour = [];

    public CatalogueBuilder Component(string code, decimal packCost, decimal packSize = 1m, decimal vatRate = 0.20m, DateTime? from = null)
    {
        _components.Add((code, packSize, vatRate, [new DatedPrice(from ?? Dates.Start, packCost)]));
        return this;
    }

    public CatalogueBuilder ComponentCostFrom(string code, DateTime from, decimal packCost)
    {
        _components.Single(c => c.Code == code).Costs.Add(new DatedPrice(from, packCost));
        return this;
    }

    public CatalogueBuilder Kit(string code, params BomLine[] lines)
    {
        _kits.Add(new Kit(code, $"Kit {code}", lines));
        return this;
    }

    public CatalogueBuilder Packaging(string code, decimal cost, decimal vatRate = 0.20m, PackagingKind kind = PackagingKind.Bag, DateTime? from = null)
    {
        _packaging.Add(new PackagingItem(code, $"Packaging {code}", kind, [new DatedPrice(from ?? Dates.Start, cost)], vatRate));
        return this;
    }

    public CatalogueBuilder LabourRate(decimal perHour, DateTime? from = null)
    {
        _labour.Add(new DatedPrice(from ?? Dates.Start, perHour));
        return this;
    }

    public CatalogueBuilder Postage(string service, PostageFormat format, int bandGrams, decimal price, decimal vatRate = 0m, DateTime? from = null)
    {
        _postage.Add(new PostageRate(service, format, bandGrams, from ?? Dates.Start, price, vatRate));
        return this;
    }

    /// <summary>A small Tracked 48 / Tracked 24 card. Prices are test values, not Royal Mail's.</summary>
    public CatalogueBuilder StandardPostageCard() => this
        .Postage(Services.Tracked48, PostageFormat.LargeLetter, 100, 2.10m)
        .Postage(Services.Tracked48, PostageFormat.LargeLetter, 750, 2.70m)
        .Postage(Services.Tracked48, PostageFormat.SmallParcel, 1_000, 3.35m)
        .Postage(Services.Tracked48, PostageFormat.SmallParcel, 2_000, 3.85m)
        .Postage(Services.Tracked48, PostageFormat.MediumParcel, 20_000, 6.50m)
        .Postage(Services.Tracked24, PostageFormat.LargeLetter, 750, 3.20m)
        .Postage(Services.Tracked24, PostageFormat.SmallParcel, 2_000, 4.10m);

    public CostingCatalogue Build() => new(
        _components.Select(c => new Component(c.Code, $"Part {c.Code}", "Acme Fixings", $"AF-{c.Code}", c.PackSize, c.Costs.ToArray(), c.Vat)),
        _kits,
        _packaging,
        _postage,
        _labour);

    public CostingCalculator Calculator() => new(Build());
}

internal static class Services
{
    public const string Tracked48 = "Royal Mail Tracked 48";
    public const string Tracked24 = "Royal Mail Tracked 24";
    public const string SecondClass = "Royal Mail 2nd Class";
}

internal static class Dates
{
    public static readonly DateTime Start = Utc(2024, 1, 1);

    public static readonly DateTime Sale = Utc(2025, 6, 1);

    public static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);
}

internal static class Line
{
    public static BomLine Part(string code, decimal quantity, decimal waste = 0m) => new(BomRef.Component(code), quantity, waste);

    public static BomLine Kit(string code, decimal quantity, decimal waste = 0m) => new(BomRef.Kit(code), quantity, waste);
}
