namespace SellerConsole.Reports.Pages;

/// <summary>The period choices every report page offers, resolved against today's UK day.</summary>
public static class ReportPresets
{
    public static IReadOnlyList<(string Key, string Label)> All { get; } =
    [
        ("7", "Last 7 days"), ("30", "Last 30 days"), ("this-month", "This month"), ("last-month", "Last month"),
        ("365", "Last 12 months"), ("custom", "Custom"),
    ];

    /// <summary>The days a preset covers, both ends included; null for "custom".</summary>
    public static (DateOnly From, DateOnly To)? Range(string preset, DateOnly today) => preset switch
    {
        "this-month" => (new DateOnly(today.Year, today.Month, 1), today),
        "last-month" => (new DateOnly(today.Year, today.Month, 1).AddMonths(-1), new DateOnly(today.Year, today.Month, 1).AddDays(-1)),
        "custom" => null,
        _ when int.TryParse(preset, out var days) => (today.AddDays(1 - days), today),
        _ => null,
    };
}
