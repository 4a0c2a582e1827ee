using SellerConsole.Reports.Profit;

namespace SellerConsole.Reports;

/// <summary>
/// Reads a report request as the API receives it: the kind, from and to (yyyy-MM-dd UK days, the last
/// 30 days by default) and the kind's options. Every wrong field is named: an unknown kind, a bad
/// date, an option value the kind does not offer, or an option another report takes but this one
/// does not (so a parameter is never ignored silently).
/// </summary>
public static class ReportRequestParser
{
    public static bool TryParse(string kind, IReadOnlyList<IReportKind> kinds, string? from, string? to, Func<string, string?> query, DateOnly today,
        out IReportKind? report, out ReportRequest? request, out Dictionary<string, string[]> errors)
    {
        request = null;
        report = kinds.FirstOrDefault(k => string.Equals(k.Kind, kind, StringComparison.OrdinalIgnoreCase));
        ProfitReportRequest.TryParse(from, to, null, today, out var period, out _, out errors);
        if (report is null)
        {
            errors["kind"] = [$"'{kind}' is not a report; use one of: {string.Join(", ", kinds.Select(k => k.Kind))}."];
            return false;
        }
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in report.Options)
        {
            var given = query(option.Name);
            if (string.IsNullOrWhiteSpace(given))
            {
                values[option.Name] = option.Default;
            }
            else if (option.Values.FirstOrDefault(v => string.Equals(v, given.Trim(), StringComparison.OrdinalIgnoreCase)) is { } value)
            {
                values[option.Name] = value;
            }
            else
            {
                errors[option.Name] = [$"'{given}' is not a {option.Noun}; use one of: {string.Join(", ", option.Values)}."];
            }
        }
        var own = report.Options.Select(o => o.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var other in kinds.SelectMany(k => k.Options).Where(o => !own.Contains(o.Name)).DistinctBy(o => o.Name))
        {
            if (!string.IsNullOrWhiteSpace(query(other.Name)))
            {
                errors[other.Name] = [$"The {report.Kind} report has no {other.Noun}; leave '{other.Name}' out."];
            }
        }
        if (errors.Count > 0 || period is null)
        {
            return false;
        }
        request = new ReportRequest(period, values);
        return true;
    }
}
