namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// Simulation time: whole seconds since the history start (a UTC midnight), advanced in fixed
/// ticks. Keyed draws use absolute day numbers so they do not depend on where history starts.
/// </summary>
internal sealed class SimTimeline
{
    public const long SecondsPerDay = 86_400;

    public SimTimeline(DateTime epochUtc, int tickMinutes)
    {
        if (epochUtc.Kind != DateTimeKind.Utc) throw new ArgumentException("History start must be UTC.", nameof(epochUtc));
        if (epochUtc.TimeOfDay != TimeSpan.Zero) throw new ArgumentException("History start must be a UTC midnight.", nameof(epochUtc));
        if (tickMinutes <= 0 || 1440 % tickMinutes != 0) throw new ArgumentOutOfRangeException(nameof(tickMinutes), "Ticks must divide a day.");
        EpochUtc = epochUtc;
        TickSeconds = tickMinutes * 60;
        EpochDay = (long)(epochUtc - DateTime.UnixEpoch).TotalDays;
    }

    public DateTime EpochUtc { get; }

    public int TickSeconds { get; }

    public int TicksPerDay => (int)(SecondsPerDay / TickSeconds);

    /// <summary>Days since 1970-01-01 of the history start.</summary>
    public long EpochDay { get; }

    public long ToSeconds(DateTime utc) => (long)Math.Floor((utc - EpochUtc).Ticks / (double)TimeSpan.TicksPerSecond);

    public DateTime ToUtc(long seconds) => EpochUtc.AddSeconds(seconds);

    public long FloorToTick(long seconds) => Math.Max(0, seconds / TickSeconds * TickSeconds);

    public long CeilToTick(long seconds) => (seconds + TickSeconds - 1) / TickSeconds * TickSeconds;

    public long AbsoluteDay(long seconds) => EpochDay + seconds / SecondsPerDay;

    public DateTime DateOf(long seconds) => ToUtc(seconds / SecondsPerDay * SecondsPerDay);
}

/// <summary>UK civil time without time-zone databases: BST runs from 01:00 UTC on the last Sunday
/// of March to 01:00 UTC on the last Sunday of October.</summary>
internal static class UkClock
{
    public static int OffsetHours(DateTime utc)
    {
        var start = LastSunday(utc.Year, 3).AddHours(1);
        var end = LastSunday(utc.Year, 10).AddHours(1);
        return utc >= start && utc < end ? 1 : 0;
    }

    public static DateTime ToLocal(DateTime utc) => utc.AddHours(OffsetHours(utc));

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
