namespace SellerConsole.Reports.Export;

/// <summary>How a column is written: as text, a count, pounds (£ format), a fraction shown as a percentage, a UK date, or a number to one decimal (a score).</summary>
public enum ReportColumnKind
{
    Text,
    Count,
    Money,
    Percent,
    Date,
    Number,
}

/// <summary>
/// How the totals row fills a column: blank, the sum of the column (a SUM formula in Excel), a label,
/// or a ratio of two other columns' totals (margin = profit total / net revenue total).
/// </summary>
public abstract record ColumnTotal
{
    public sealed record None : ColumnTotal;

    public sealed record Sum : ColumnTotal;

    public sealed record Label(string Text) : ColumnTotal;

    /// <summary>The mean of the column's non-blank values (an AVERAGE formula in Excel); blank when there are none.</summary>
    public sealed record Average : ColumnTotal;

    /// <summary>Numerator total / (sum of the Add totals - sum of the Subtract totals); blank when that is zero.</summary>
    public sealed record Ratio(string Numerator, IReadOnlyList<string> Add, IReadOnlyList<string> Subtract) : ColumnTotal;
}

/// <summary>One column of a report section: a header, a kind and how a row's value is read (null = blank).</summary>
public sealed record ReportColumn<TRow>(string Key, string Header, ReportColumnKind Kind, Func<TRow, object?> Value, ColumnTotal Total);

/// <summary>A section of a report: a sheet in Excel, a block of rows in CSV, a table on the page.</summary>
public sealed record ReportSection(string Name, IReadOnlyList<string> Headers, IReadOnlyList<ReportColumnKind> Kinds,
    IReadOnlyList<ColumnTotal> Totals, IReadOnlyList<string> Keys, IReadOnlyList<object?[]> Rows)
{
    public static ReportSection Of<TRow>(string name, IReadOnlyList<ReportColumn<TRow>> columns, IEnumerable<TRow> rows) => new(
        name,
        columns.Select(c => c.Header).ToArray(),
        columns.Select(c => c.Kind).ToArray(),
        columns.Select(c => c.Total).ToArray(),
        columns.Select(c => c.Key).ToArray(),
        rows.Select(r => columns.Select(c => c.Value(r)).ToArray()).ToArray());

    /// <summary>The totals row's values, computed the way the spreadsheet formulas compute them.</summary>
    public object?[] TotalValues()
    {
        var sums = new decimal?[Headers.Count];
        for (var i = 0; i < Headers.Count; i++)
        {
            if (Totals[i] is ColumnTotal.Sum || Kinds[i] is ReportColumnKind.Money or ReportColumnKind.Count)
            {
                sums[i] = Rows.Sum(r => r[i] is { } v ? Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture) : 0m);
            }
        }
        return Totals.Select<ColumnTotal, object?>((total, i) => total switch
        {
            ColumnTotal.Sum => sums[i],
            ColumnTotal.Average => Mean(i),
            ColumnTotal.Label label => label.Text,
            ColumnTotal.Ratio ratio => Ratio(ratio, sums),
            _ => null,
        }).ToArray();
    }

    private decimal? Mean(int column)
    {
        var values = Rows.Where(r => r[column] is not null).Select(r => Convert.ToDecimal(r[column], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return values.Count == 0 ? null : values.Average();
    }

    private decimal? Ratio(ColumnTotal.Ratio ratio, decimal?[] sums)
    {
        var denominator = ratio.Add.Sum(k => sums[IndexOf(k)] ?? 0m) - ratio.Subtract.Sum(k => sums[IndexOf(k)] ?? 0m);
        return denominator == 0m ? null : (sums[IndexOf(ratio.Numerator)] ?? 0m) / denominator;
    }

    public int IndexOf(string key)
    {
        var index = Keys.ToList().IndexOf(key);
        return index >= 0 ? index : throw new ArgumentException($"Section '{Name}' has no column '{key}'.", nameof(key));
    }
}

/// <summary>A report as files see it: a title, its period, and its sections.</summary>
public sealed record ReportDocument(string Title, string Subtitle, string FileStem, IReadOnlyList<ReportSection> Sections);
