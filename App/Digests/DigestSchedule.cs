using System.Globalization;
using SellerConsole.Shared;

namespace SellerConsole.Digests;

/// <summary>What the owner chose in Settings > Email digests.</summary>
public sealed record DigestPlan(bool Daily, TimeOnly At, bool Weekly)
{
    public static readonly TimeOnly DefaultTime = new(7, 30);

    public static DigestPlan Parse(string? daily, string? at, string? weekly) => new(
        !bool.TryParse(daily, out var d) || d,
        TimeOnly.TryParseExact(at, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : DefaultTime,
        !bool.TryParse(weekly, out var w) || w);
}

/// <summary>
/// Which digests are due at an instant, worked out in UK local time so 07:30 stays 07:30 across the clock
/// changes. A digest is due from its time until the end of that UK day (a console that was down at 07:30
/// sends it when it is back the same day); the dedup key stops a second one.
/// </summary>
public static class DigestSchedule
{
    public static IReadOnlyList<DigestKind> Due(DigestPlan plan, DateTime nowUtc)
    {
        var local = UkTime.FromUtc(nowUtc);
        if (TimeOnly.FromDateTime(local) < plan.At)
        {
            return [];
        }
        var due = new List<DigestKind>();
        if (plan.Daily)
        {
            due.Add(DigestKind.Daily);
        }
        if (plan.Weekly && local.DayOfWeek == DayOfWeek.Monday)
        {
            due.Add(DigestKind.Weekly);
        }
        return due;
    }

    public static DateOnly UkToday(DateTime nowUtc) => DateOnly.FromDateTime(UkTime.FromUtc(nowUtc));

    /// <summary>The next instant (UTC) the morning digest is due after <paramref name="nowUtc"/>, for the page.</summary>
    public static DateTime NextDailyUtc(DigestPlan plan, DateTime nowUtc)
    {
        var today = UkToday(nowUtc);
        var at = ToUtc(today, plan.At);
        return at > nowUtc ? at : ToUtc(today.AddDays(1), plan.At);
    }

    private static DateTime ToUtc(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        // 01:30 on the spring-forward day does not exist in London; the digest then goes at 02:30 BST.
        if (UkTime.Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, UkTime.Zone);
    }
}
