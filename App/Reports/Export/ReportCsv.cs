using System.Globalization;
using System.Text;
using SellerConsole.Shared;

namespace SellerConsole.Reports.Export;

/// <summary>
/// Writes a report as CSV: UTF-8 with a byte order mark (so Excel reads £ correctly), en-GB dates
/// (dd/MM/yyyy), plain numbers (2 dp for money, fractions to 4 dp for percentages, no £ or thousands
/// separators, so they stay numbers), RFC 4180 quoting, and every text cell through
/// <see cref="FormulaText.Neutralise"/>. Sections follow each other, each with its name, header,
/// rows and totals, separated by a blank line.
/// </summary>
public static class ReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static byte[] Write(ReportDocument document)
    {
        var text = new StringBuilder();
        Line(text, [FormulaText.Neutralise(document.Title), FormulaText.Neutralise(document.Subtitle)]);
        foreach (var section in document.Sections)
        {
            text.Append("\r\n");
            Line(text, [FormulaText.Neutralise(section.Name)]);
            Line(text, section.Headers.Select(FormulaText.Neutralise).ToArray());
            foreach (var row in section.Rows)
            {
                Line(text, row.Select((v, i) => Cell(v, section.Kinds[i])).ToArray());
            }
            if (section.Totals.Any(t => t is not ColumnTotal.None))
            {
                Line(text, section.TotalValues().Select((v, i) => Cell(v, section.Kinds[i])).ToArray());
            }
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return [.. Encoding.UTF8.Preamble, .. bytes];
    }

    /// <summary>A value as CSV text (not yet quoted): numbers plain, dates en-GB, text neutralised.</summary>
    public static string Cell(object? value, ReportColumnKind kind) => value switch
    {
        null => "",
        DateOnly day => day.ToString("dd/MM/yyyy", Invariant),
        DateTime time => time.ToString("dd/MM/yyyy", Invariant),
        string s => FormulaText.Neutralise(s),
        int i => i.ToString(Invariant),
        decimal d when kind == ReportColumnKind.Percent => Math.Round(d, 4, MidpointRounding.AwayFromZero).ToString("0.####", Invariant),
        decimal d when kind == ReportColumnKind.Money => Money.Round(d).ToString("0.00", Invariant),
        decimal d when kind == ReportColumnKind.Number => Math.Round(d, 1, MidpointRounding.AwayFromZero).ToString("0.0", Invariant),
        IFormattable f => f.ToString(null, Invariant),
        _ => FormulaText.Neutralise(value.ToString()),
    };

    private static void Line(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }
            var cell = cells[i];
            var quote = cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || cell.StartsWith(' ') || cell.EndsWith(' ');
            text.Append(quote ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell);
        }
        text.Append("\r\n");
    }
}
