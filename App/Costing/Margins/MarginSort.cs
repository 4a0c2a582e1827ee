namespace SellerConsole.Costing.Margins;

/// <summary>Sorting of margin rows by a column name as the grid and API use it; empty values sort last.</summary>
internal static class MarginSort
{
    private static readonly Dictionary<string, Func<MarginRow, IComparable?>> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sku"] = r => r.Sku,
        ["title"] = r => r.Title,
        ["price"] = r => r.PricePence,
        ["landed"] = r => r.LandedCost,
        ["profit"] = r => r.Profit,
        ["margin"] = r => r.Margin,
        ["breakEven"] = r => r.BreakEven,
        ["targetPrice"] = r => r.TargetPrice,
    };

    public static IReadOnlyCollection<string> Columns => Keys.Keys;

    public static bool NeedsSolvedPrices(string? sortBy) =>
        string.Equals(sortBy, "breakEven", StringComparison.OrdinalIgnoreCase) || string.Equals(sortBy, "targetPrice", StringComparison.OrdinalIgnoreCase);

    /// <summary>Orders row indexes (into <paramref name="rows"/>) by the column, SKU breaking ties.</summary>
    public static IEnumerable<int> Apply(List<int> indexes, IReadOnlyList<MarginRow> rows, string? sortBy, bool descending)
    {
        var key = sortBy is not null && Keys.TryGetValue(sortBy, out var k) ? k : Keys["sku"];
        var withValue = indexes.Where(i => key(rows[i]) is not null);
        var ordered = descending
            ? withValue.OrderByDescending(i => key(rows[i]), Comparer<IComparable?>.Default)
            : withValue.OrderBy(i => key(rows[i]), Comparer<IComparable?>.Default);
        return ordered.ThenBy(i => rows[i].Sku, StringComparer.Ordinal)
            .Concat(indexes.Where(i => key(rows[i]) is null).OrderBy(i => rows[i].Sku, StringComparer.Ordinal));
    }
}
