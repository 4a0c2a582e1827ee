using System.Globalization;

namespace SellerConsole.Shared;

/// <summary>The seller works in UK time; everything stored is UTC and converted only for display.</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant a UK calendar day starts (midnight in London, BST or GMT).</summary>
    public static DateTime StartOfDayUtc(DateOnly ukDay) =>
        TimeZoneInfo.ConvertTimeToUtc(ukDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    public static string Format(DateTime? utc) =>
        utc is null ? "—" : FromUtc(utc.Value).ToString("d MMM yyyy HH:mm", Culture);

    public static string FormatSeconds(DateTime? utc) =>
        utc is null ? "—" : FromUtc(utc.Value).ToString("d MMM yyyy HH:mm:ss", Culture);

    /// <summary>"just now", "5 min ago", "3 h ago", "2 days ago", or "in 4 h" for the future.</summary>
    public static string Relative(DateTime? utc, DateTime nowUtc)
    {
        if (utc is null)
        {
            return "never";
        }
        var delta = nowUtc - utc.Value;
        var future = delta < TimeSpan.Zero;
        var span = future ? -delta : delta;
        var text = span.TotalSeconds < 60 ? (future ? "under a minute" : "just now")
            : span.TotalMinutes < 60 ? $"{(int)span.TotalMinutes} min"
            : span.TotalHours < 48 ? $"{(int)span.TotalHours} h"
            : $"{(int)span.TotalDays} days";
        return text == "just now" ? text : future ? $"in {text}" : $"{text} ago";
    }

    public static string Duration(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalSeconds: < 1 } s => $"{s.TotalMilliseconds:N0} ms",
        { TotalMinutes: < 1 } s => $"{s.TotalSeconds:N1} s",
        { TotalHours: < 1 } s => $"{(int)s.TotalMinutes} min {s.Seconds} s",
        { } s => $"{(int)s.TotalHours} h {s.Minutes} min",
    };

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:N1} KB",
        < 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024):N1} MB",
        _ => $"{bytes / (1024.0 * 1024 * 1024):N2} GB",
    };
}
