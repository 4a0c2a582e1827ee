namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// Keepa stores times as whole minutes since 2011-01-01T00:00Z ("Keepa minutes").
/// Unix ms = (k + 21564000) * 60000; the inverse floors, so any instant inside a minute maps to it.
/// </summary>
public static class KeepaTime
{
    /// <summary>Minutes between the Unix epoch and the Keepa epoch (2011-01-01T00:00Z).</summary>
    public const long EpochOffsetMinutes = 21_564_000;

    public static readonly DateTime Epoch = new(2011, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly long EpochTicks = Epoch.Ticks;

    public static DateTime ToUtc(int keepaMinutes) =>
        new(EpochTicks + keepaMinutes * TimeSpan.TicksPerMinute, DateTimeKind.Utc);

    public static DateTime FromUnixMilliseconds(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime;

    /// <summary>Floors to the minute: Keepa cannot express seconds.</summary>
    public static int FromUtc(DateTime utc)
    {
        if (utc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException($"Keepa times must be UTC, got Kind={utc.Kind}.", nameof(utc));
        }
        // Same as floor(unixMs / 60000) - 21564000, but on ticks so sub-millisecond instants
        // before an epoch floor the right way too.
        var minutes = Math.DivRem(utc.Ticks - EpochTicks, TimeSpan.TicksPerMinute, out var rest);
        return checked((int)(rest < 0 ? minutes - 1 : minutes));
    }

    public static long ToUnixMilliseconds(int keepaMinutes) => (keepaMinutes + EpochOffsetMinutes) * 60000;
}
