using System.Globalization;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// One row of an Amazon tab-separated report, read by header name: empty cells are null, and a value that is not
/// what its column needs fails with the line and column. Shared by the listings and the orders report parsers.
/// </summary>
/// <param name="unquote">Take off double quotes around a whole value (a report re-saved by a spreadsheet).</param>
internal readonly struct ReportFields(Dictionary<string, int> header, string[] values, int line, bool unquote = false)
{
    public int Line => line;

    public string? this[string column] =>
        header.TryGetValue(column, out var index) && index < values.Length && Clean(values[index]) is { Length: > 0 } value
            ? value
            : null;

    public decimal? Decimal(string column) => this[column] is not { } text ? null
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
        : throw Bad(column, text, "is not a number");

    public int? Int(string column) => this[column] is not { } text ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw Bad(column, text, "is not a whole number");

    public DateTime? Date(string column) => this[column] is not { } text ? null
        : ReportDates.Parse(text) ?? throw Bad(column, text, "is not a date we know");

    public FormatException Bad(string column, string text, string problem) => new($"line {line}: {column} '{text}' {problem}");

    private string Clean(string value) => unquote ? Unquote(value.Trim()) : value.Trim();

    /// <summary>Amazon's flat files are not CSV-quoted, but a value wholly in double quotes (a re-saved file) loses them and its doubled quotes.</summary>
    public static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"'
            ? value[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal).Trim()
            : value;
}
