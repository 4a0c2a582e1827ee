using System.Globalization;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Import;

/// <summary>
/// Reads typed fields from one row, adding an error (row, column, reason) for each bad one and
/// returning null so the caller can keep checking the rest of the row. Numbers are invariant
/// (a dot for decimals); money may carry a leading £; dates are yyyy-MM-dd (or an Excel date cell).
/// </summary>
internal sealed class RowReader(TableRow row, IReadOnlyDictionary<string, int> columns, List<ImportError> errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "dd/MM/yyyy", "d/M/yyyy"];

    public int Row => row.Number;

    /// <summary>A row with more filled cells than the header has columns (often a decimal comma: 1,50) cannot be trusted.</summary>
    public RowReader RequireWidth(int headerWidth)
    {
        var extra = row.Cells.Skip(headerWidth).Count(c => !string.IsNullOrWhiteSpace(c));
        if (extra > 0)
        {
            Error("", $"The row has {headerWidth + extra} cells but the header has {headerWidth} columns; quote text containing commas, and use a dot for decimals.");
        }
        return this;
    }

    public bool HasErrors { get; private set; }

    /// <summary>The trimmed cell, without the apostrophe a CSV export puts before formula-like text.</summary>
    public string Raw(string column) =>
        columns.TryGetValue(column, out var i) && i < row.Cells.Length ? FormulaText.Unescape(row.Cells[i].Trim()) : "";

    public string? Text(string column, int maxLength, bool required = true)
    {
        var value = Raw(column);
        if (value.Length == 0 && required)
        {
            return Fail(column, $"{column} is empty.");
        }
        return value.Length > maxLength ? Fail(column, $"{column} is longer than {maxLength} characters.") : value;
    }

    public decimal? Decimal(string column, decimal min, decimal max, bool minExclusive, string? emptyMeans = null)
    {
        var text = Raw(column);
        if (text.Length == 0 && emptyMeans is not null)
        {
            text = emptyMeans;
        }
        if (!decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            return FailNumber(column, text.Length == 0 ? $"{column} is empty." : Comma(column, text, "decimals") ?? $"{column} '{text}' is not a number.");
        }
        if (minExclusive ? value <= min : value < min)
        {
            return FailNumber(column, $"{column} {value} must be {(minExclusive ? "more than" : "at least")} {min}.");
        }
        return value > max ? FailNumber(column, $"{column} {value} must be at most {max}.") : value;
    }

    /// <summary>GBP in whole pence, zero or more.</summary>
    public decimal? Money(string column)
    {
        var text = Raw(column).TrimStart('£').Trim();
        if (!decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            return FailNumber(column, text.Length == 0 ? $"{column} is empty."
                : Comma(column, text, "pence") ?? $"{column} '{Raw(column)}' is not an amount in pounds (e.g. 4.50).");
        }
        if (value < 0)
        {
            return FailNumber(column, $"{column} {value} cannot be negative.");
        }
        return value != Shared.Money.Round(value) ? FailNumber(column, $"{column} {value} is not in whole pence.") : value;
    }

    /// <summary>A percentage 0 to below 100, returned as a fraction (20 -> 0.20).</summary>
    public decimal? Percent(string column, decimal below = 100m, string? emptyMeans = null) =>
        Decimal(column, 0m, below - 0.0001m, false, emptyMeans) is { } percent ? percent / 100m : null;

    public int? Int(string column, int min, int max)
    {
        var text = Raw(column);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return FailInt(column, text.Length == 0 ? $"{column} is empty." : $"{column} '{text}' is not a whole number.");
        }
        return value < min || value > max ? FailInt(column, $"{column} {value} must be from {min} to {max}.") : value;
    }

    /// <summary>A date (midnight UTC).</summary>
    public DateTime? Date(string column)
    {
        var text = Raw(column);
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
        }
        // Excel stores a typed-in date as a serial number of days.
        else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2_958_466)
        {
            day = DateTime.FromOADate(Math.Floor(serial));
        }
        else
        {
            Error(column, text.Length == 0 ? $"{column} is empty." : $"{column} '{text}' is not a date (use yyyy-MM-dd).");
            return null;
        }
        if (day.Year is < 2000 or > 2099)
        {
            Error(column, $"{column} {day:yyyy-MM-dd} is not a plausible date (2000 to 2099).");
            return null;
        }
        return DateTime.SpecifyKind(day.Date, DateTimeKind.Utc);
    }

    /// <summary>
    /// "4,29" is a decimal comma (a European spreadsheet's money), never 429; "1,500" is a thousands
    /// separator, which is just as ambiguous. Both are refused with the fix spelled out.
    /// </summary>
    private static string? Comma(string column, string text, string what)
    {
        var comma = text.IndexOf(',');
        if (comma < 0 || !decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _))
        {
            return text.Contains(',') ? $"{column} '{text}' has commas in it; write plain numbers with a point for {what} (e.g. 1500.25)." : null;
        }
        return text.Length - comma - 1 is 1 or 2
            ? $"{column} '{text}' uses a comma. Use a point for {what}: {text.Replace(',', '.')}."
            : $"{column} '{text}' has a comma. Write numbers without thousands separators and with a point for {what} (e.g. {text.Replace(",", "")}).";
    }

    public void Error(string column, string message)
    {
        HasErrors = true;
        errors.Add(new ImportError(Row, column, message));
    }

    private string? Fail(string column, string message)
    {
        Error(column, message);
        return null;
    }

    private decimal? FailNumber(string column, string message)
    {
        Error(column, message);
        return null;
    }

    private int? FailInt(string column, string message)
    {
        Error(column, message);
        return null;
    }
}
