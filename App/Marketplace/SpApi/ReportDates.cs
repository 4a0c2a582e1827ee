using System.Globalization;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// The report's open-date, e.g. "2024-03-14 11:05:21 GMT" or "14/03/2024 11:05:21 BST" (the zone is an
/// abbreviation .NET cannot parse), or ISO 8601 with an offset. Without a zone it is UK local time.
/// </summary>
internal static class ReportDates
{
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7), ["MST"] = TimeSpan.FromHours(-7),
        ["MDT"] = TimeSpan.FromHours(-6), ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["JST"] = TimeSpan.FromHours(9),
    };

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
        "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy", "yyyy/MM/dd HH:mm:ss", "dd.MM.yyyy HH:mm:ss",
    ];

    public static DateTime? Parse(string text)
    {
        var value = text.Trim();
        if (value.Contains('T') && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
            && (value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > value.IndexOf('T')))
        {
            return iso.UtcDateTime;
        }
        TimeSpan? offset = null;
        var lastSpace = value.LastIndexOf(' ');
        if (lastSpace > 0 && Zones.TryGetValue(value[(lastSpace + 1)..], out var zone))
        {
            offset = zone;
            value = value[..lastSpace];
        }
        if (!DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }
        return offset is { } known
            ? DateTime.SpecifyKind(local - known, DateTimeKind.Utc)
            : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), UkTime.Zone);
    }
}
