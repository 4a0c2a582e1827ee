using SellerConsole.Costing;
using SellerConsole.Reports.Profit;
using SellerConsole.Tests.Costing;

namespace SellerConsole.Tests.Reports;

/// <summary>A small costed shop for report tests: one screw SKU whose screw price rises on 1 March 2025.</summary>
internal static class ProfitShop
{
    public static readonly DateTime PriceRise = Dates.Utc(2025, 3, 1);

    public static CostingCatalogue Catalogue() => new CatalogueBuilder()
        .Component("SCREW", 4.00m, 100m)
        .ComponentCostFrom("SCREW", PriceRise, 6.00m)
        .Packaging("BAG", 0.05m)
        .LabourRate(12m)
        .StandardPostageCard()
        .Build();

    public static SkuCostDefinition Screws(string sku = "SCR-100") =>
        new SkuBuilder(sku).Part("SCREW", 100m).Packaging("BAG").Labour(1m).Parcel(400, 30m, 20m, 2m).Build();

    public static ProfitCosting CostingFor(VatStatus? vat = null, params SkuCostDefinition[] skus) => CostingFor(Catalogue(), vat, skus);

    public static ProfitCosting CostingFor(CostingCatalogue catalogue, VatStatus? vat, params SkuCostDefinition[] skus)
    {
        var status = vat ?? new VatStatus.StandardRegistered();
        var fees = FeeScheduleSeed.DiyAndTools();
        return new ProfitCosting(new CostingCalculator(catalogue), skus.ToDictionary(s => s.Sku),
            (asOf, shipping) => new SaleContext(asOf, status, fees.AsOf(asOf), shipping));
    }

    public static SaleLine Sale(DateTime utc, string sku, int quantity, long itemPence, long shippingPence = 0, string? title = null) =>
        new(utc, sku, title ?? $"Title of {sku}", quantity, itemPence, shippingPence);

    public static ReportPeriod Days(int year, int month, int day, int days = 1)
    {
        var from = new DateOnly(year, month, day);
        return new ReportPeriod(from, from.AddDays(days - 1));
    }
}
