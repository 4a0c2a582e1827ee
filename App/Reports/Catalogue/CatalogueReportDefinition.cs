using System.Globalization;
using SellerConsole.Reports.Export;
using SellerConsole.Reports.Rendering;
using SellerConsole.Shared;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Reports.Catalogue;

/// <summary>The catalogue and stock report's one definition: columns, summary and chart for the page, PDF, Excel and CSV.</summary>
public static class CatalogueReportDefinition
{
    private static readonly ColumnTotal Sum = new ColumnTotal.Sum();
    private static readonly ColumnTotal None = new ColumnTotal.None();

    private static readonly IReadOnlyList<ReportColumn<CatalogueRow>> Columns =
    [
        new("sku", "SKU", ReportColumnKind.Text, r => r.Sku, new ColumnTotal.Label("Total")),
        new("asin", "ASIN", ReportColumnKind.Text, r => r.Asin, None),
        new("title", "Title", ReportColumnKind.Text, r => r.Title, None),
        new("category", "Category", ReportColumnKind.Text, r => r.Category, None),
        new("status", "Status", ReportColumnKind.Text, r => r.Buyable ? r.Status : $"{r.Status} (not buyable)", None),
        new("quantity", "In stock", ReportColumnKind.Count, r => r.Quantity, Sum),
        new("price", "Price", ReportColumnKind.Money, r => r.Price, None),
        new("unitCost", "Landed cost", ReportColumnKind.Money, r => r.UnitCost, None),
        new("stockValue", "Stock value at cost", ReportColumnKind.Money, r => r.StockValue, Sum),
        new("profit", "Profit per unit", ReportColumnKind.Money, r => r.Profit, None),
        new("margin", "Margin", ReportColumnKind.Percent, r => r.Margin, None),
        new("buyBox", "Buy box", ReportColumnKind.Text, r => r.BuyBoxOurs switch { true => "Ours", false => "Not ours", _ => "Unknown" }, None),
        new("offers", "Offers", ReportColumnKind.Count, r => r.Offers, None),
        new("sold", "Units sold", ReportColumnKind.Count, r => r.UnitsSold, Sum),
        new("note", "Note", ReportColumnKind.Text, r => r.Problem, None),
    ];

    private static readonly IReadOnlyList<ReportColumn<CategoryTotals>> CategoryColumns =
    [
        new("category", "Category", ReportColumnKind.Text, c => c.Category, new ColumnTotal.Label("Total")),
        new("listings", "Listings", ReportColumnKind.Count, c => c.Listings, Sum),
        new("buyable", "Buyable", ReportColumnKind.Count, c => c.Buyable, Sum),
        new("quantity", "In stock", ReportColumnKind.Count, c => c.Quantity, Sum),
        new("stockValue", "Stock value at cost", ReportColumnKind.Money, c => c.StockValue, Sum),
        new("uncosted", "Not costed", ReportColumnKind.Count, c => c.UncostedListings, Sum),
        new("sold", "Units sold", ReportColumnKind.Count, c => c.UnitsSold, Sum),
    ];

    public static ReportDocument Document(CatalogueReport report) => new(CatalogueReport.Title, Subtitle(report),
        $"catalogue-{report.Period.From:yyyy-MM-dd}-to-{report.Period.To:yyyy-MM-dd}",
        [ReportSection.Of("Listings", Columns, report.Rows), ReportSection.Of("By category", CategoryColumns, report.Categories)]);

    /// <summary>The stock is as of now; the period only counts the units sold.</summary>
    public static string Subtitle(CatalogueReport report) =>
        $"Stock as of {UkTime.FromUtc(report.TakenUtc).ToString("d MMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB"))} · units sold {report.Period.Label}";

    public static IReadOnlyList<SummaryFigure> Summary(CatalogueReport report) =>
    [
        new("Listings", report.Rows.Count.ToString("N0", CultureInfo.GetCultureInfo("en-GB")), $"{report.Buyable:N0} buyable · {report.OutOfStock:N0} out of stock"),
        new("Units in stock", report.Quantity.ToString("N0", CultureInfo.GetCultureInfo("en-GB")), $"{report.Rows.Sum(r => r.UnitsSold):N0} sold in the period"),
        new("Stock value at cost", Money.Format(report.StockValue), report.Uncosted > 0 ? $"{report.Uncosted:N0} listing(s) not costed, not counted" : "every listing costed"),
        new("Loss-making", report.LossMaking.ToString("N0", CultureInfo.GetCultureInfo("en-GB")), "listings losing money at today's price"),
    ];

    public static ChartSpec Chart(CatalogueReport report) => new()
    {
        Kind = ChartKind.Bar,
        Values = ValueFormat.Money,
        Height = 220,
        Series = [new("Stock value at cost", [.. report.Categories.Take(12).Select(c => ChartDatum.For(c.Category, c.StockValue))], "var(--mud-palette-primary)")],
    };

    public static PrintableReport View(CatalogueReport report)
    {
        var notes = report.Rows.Count == 0 ? new[] { "There are no listings yet: run the catalogue sync (Marketplace page) first." } : [];
        return PrintableReport.Of(Document(report), Summary(report), [new PrintChart("Stock value at cost by category", Chart(report))], notes) with
        {
            EmptyText = new Dictionary<string, string> { ["Listings"] = "No listings yet.", ["By category"] = "No listings yet." },
        };
    }
}
