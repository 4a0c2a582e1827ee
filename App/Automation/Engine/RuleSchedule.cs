using SellerConsole.Shared;

namespace SellerConsole.Automation.Engine;

/// <summary>Schedules are read in UK time (Europe/London, so they follow BST).</summary>
public static class RuleSchedule
{
    /// <summary>The latest scheduled instant at or before <paramref name="nowUtc"/> within the last eight days, or null.</summary>
    public static DateTime? LastDueUtc(RuleTrigger trigger, DateTime nowUtc)
    {
        var at = trigger.At ?? TimeOnly.MinValue;
        var today = DateOnly.FromDateTime(UkTime.FromUtc(nowUtc));
        for (var back = 0; back <= 8; back++)
        {
            var day = today.AddDays(-back);
            if (trigger.Days is { Count: > 0 } days && !days.Contains(day.DayOfWeek)) continue;
            var local = day.ToDateTime(at, DateTimeKind.Unspecified);
            // A time skipped by the spring-forward hour runs at the first valid minute after it.
            while (UkTime.Zone.IsInvalidTime(local)) local = local.AddMinutes(1);
            var utc = TimeZoneInfo.ConvertTimeToUtc(local, UkTime.Zone);
            if (utc <= nowUtc) return utc;
        }
        return null;
    }

    public static string Describe(RuleTrigger trigger)
    {
        var days = trigger.Days is { Count: > 0 and < 7 } d ? "on " + string.Join(", ", d.Order().Select(x => x.ToString()[..3])) : "every day";
        return $"{days} at {(trigger.At ?? TimeOnly.MinValue):HH\\:mm} UK time";
    }
}
