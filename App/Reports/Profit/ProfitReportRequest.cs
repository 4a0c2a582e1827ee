using System.Globalization;

namespace SellerConsole.Reports.Profit;

/// <summary>
/// Reads a report request as the API and the page receive it (from, to as yyyy-MM-dd UK days; by as
/// sku, day, week or month), and names the field that is wrong. With no dates it is the last 30 UK
/// days up to today.
/// </summary>
public static class ProfitReportRequest
{
    public const int DefaultDays = 30;

    public static IReadOnlyList<string> Groupings { get; } = ["sku", "day", "week", "month"];

    public static bool TryParse(string? from, string? to, string? by, DateOnly today,
        out ReportPeriod? period, out ProfitGrouping grouping, out Dictionary<string, string[]> errors)
    {
        errors = [];
        period = null;
        grouping = ProfitGrouping.Sku;
        var end = Day(to, "to", today, errors);
        var start = Day(from, "from", (end ?? today).AddDays(-(DefaultDays - 1)), errors);
        if (!string.IsNullOrWhiteSpace(by) && !Enum.TryParse(by.Trim(), ignoreCase: true, out grouping) || !Enum.IsDefined(grouping))
        {
            errors["by"] = [$"'{by}' is not a grouping; use one of: {string.Join(", ", Groupings)}."];
        }
        if (start is { } s && end is { } e && errors.Count == 0)
        {
            if (e < s)
            {
                errors["to"] = [$"The period ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd})."];
            }
            else if (e.DayNumber - s.DayNumber + 1 > ReportPeriod.MaxDays)
            {
                errors["to"] = [$"A report covers at most {ReportPeriod.MaxDays} days; this asks for {e.DayNumber - s.DayNumber + 1}."];
            }
            else
            {
                period = new ReportPeriod(s, e);
            }
        }
        return errors.Count == 0;
    }

    private static DateOnly? Day(string? text, string field, DateOnly fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        errors[field] = [$"'{text}' is not a date; write it as yyyy-MM-dd (a UK calendar day)."];
        return null;
    }
}
