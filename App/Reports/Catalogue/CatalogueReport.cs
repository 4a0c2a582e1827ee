using SellerConsole.Reports.Profit;

namespace SellerConsole.Reports.Catalogue;

/// <summary>One listing as the catalogue and stock snapshot shows it (money in pounds).</summary>
/// <param name="UnitCost">Landed cost per unit at today's costs (null when the SKU is not costed).</param>
/// <param name="Margin">Profit / net revenue at the current price, as the Margins page computes it.</param>
/// <param name="UnitsSold">Units ordered in the report's period (cancelled orders excluded).</param>
public sealed record CatalogueRow(string Sku, string Asin, string Title, string Category, string Status, bool Buyable, int Quantity,
    decimal? Price, decimal? UnitCost, decimal? Profit, decimal? Margin, bool? BuyBoxOurs, int? Offers, int UnitsSold, string? Problem)
{
    /// <summary>Stock on hand valued at landed cost; null when the SKU is not costed.</summary>
    public decimal? StockValue => UnitCost is { } c ? Math.Round(c * Quantity, 2, MidpointRounding.AwayFromZero) : null;
}

/// <summary>The listings of one category added up.</summary>
public sealed record CategoryTotals(string Category, int Listings, int Buyable, int Quantity, decimal StockValue, int UncostedListings, int UnitsSold);

/// <summary>The catalogue and stock snapshot: every listing now, with the units sold over the period.</summary>
public sealed record CatalogueReport(ReportPeriod Period, DateTime TakenUtc, IReadOnlyList<CatalogueRow> Rows, IReadOnlyList<CategoryTotals> Categories)
{
    public const string Title = "Catalogue and stock";

    public int Buyable => Rows.Count(r => r.Buyable);

    public int Quantity => Rows.Sum(r => r.Quantity);

    public decimal StockValue => Rows.Sum(r => r.StockValue ?? 0m);

    public int LossMaking => Rows.Count(r => r.Profit < 0m);

    public int Uncosted => Rows.Count(r => r.UnitCost is null);

    /// <summary>Listings that are buyable but have nothing left to sell.</summary>
    public int OutOfStock => Rows.Count(r => r.Buyable && r.Quantity <= 0);

    /// <summary>Pure: listings and margins joined, categories added up (uncategorised listings under "Uncategorised").</summary>
    public static CatalogueReport Build(ReportPeriod period, DateTime takenUtc, IEnumerable<CatalogueRow> rows)
    {
        var list = rows.OrderBy(r => r.Sku, StringComparer.Ordinal).ToList();
        var categories = list.GroupBy(r => r.Category, StringComparer.Ordinal)
            .Select(g => new CategoryTotals(g.Key, g.Count(), g.Count(r => r.Buyable), g.Sum(r => r.Quantity), g.Sum(r => r.StockValue ?? 0m),
                g.Count(r => r.UnitCost is null), g.Sum(r => r.UnitsSold)))
            .OrderByDescending(c => c.StockValue).ThenBy(c => c.Category, StringComparer.Ordinal).ToList();
        return new CatalogueReport(period, takenUtc, list, categories);
    }
}
