namespace SellerConsole.Marketplace.Sandbox.Keepa;

/// <summary>
/// What the Sandbox reports in <c>stats</c> for one series, computed the way Keepa describes it:
/// each step holds until the next one (the last until "now"); gaps (value &lt; 0) count as out of
/// stock and are left out of averages and extremes. Times are Keepa minutes, values wire integers.
/// </summary>
internal sealed class KeepaSeriesStatistics((int Time, int Value)[] steps, int now)
{
    public const int MinutesPerDay = 1440;

    public int Current => steps.Length == 0 ? -1 : steps[^1].Value;

    public int ValueAt(int time)
    {
        var value = -1;
        foreach (var (t, v) in steps)
        {
            if (t > time)
            {
                break;
            }
            value = v;
        }
        return value;
    }

    /// <summary>Time-weighted mean of the in-stock time in [from, now], rounded half away from zero; -1 if none.</summary>
    public int Average(int from)
    {
        long weighted = 0, inStock = 0;
        for (var i = 0; i < steps.Length; i++)
        {
            var overlap = Overlap(i, from);
            if (steps[i].Value >= 0 && overlap > 0)
            {
                weighted += overlap * steps[i].Value;
                inStock += overlap;
            }
        }
        return inStock == 0 ? -1 : (int)((2 * weighted + inStock) / (2 * inStock));
    }

    /// <summary>Share (0-100) of the covered part of [from, now] spent in a gap; -1 if nothing is covered.</summary>
    public int OutOfStockPercentage(int from)
    {
        long gap = 0, covered = 0;
        for (var i = 0; i < steps.Length; i++)
        {
            var overlap = Overlap(i, from);
            covered += overlap;
            gap += steps[i].Value < 0 ? overlap : 0;
        }
        return covered == 0 ? -1 : (int)((200 * gap + covered) / (2 * covered));
    }

    /// <summary>All-time lowest or highest value, at its earliest occurrence.</summary>
    public (int Time, int Value)? Extreme(bool highest) => ExtremeSince(int.MinValue, highest);

    /// <summary>Extreme among the values in effect at some point of [from, now]; a value carried into
    /// the interval is reported at <paramref name="from"/>.</summary>
    public (int Time, int Value)? ExtremeSince(int from, bool highest)
    {
        (int Time, int Value)? best = null;
        for (var i = 0; i < steps.Length; i++)
        {
            var (time, value) = steps[i];
            var inside = time >= from ? time <= now : End(i) > from;
            if (value < 0 || !inside)
            {
                continue;
            }
            if (best is null || (highest ? value > best.Value.Value : value < best.Value.Value))
            {
                best = (Math.Max(time, from), value);
            }
        }
        return best;
    }

    /// <summary>Steps in (from, now] where the value fell (for a sales rank: a probable sale).</summary>
    public int Drops(int from)
    {
        var drops = 0;
        for (var i = 1; i < steps.Length; i++)
        {
            var (previous, current) = (steps[i - 1].Value, steps[i].Value);
            if (steps[i].Time > from && steps[i].Time <= now && previous >= 0 && current >= 0 && current < previous)
            {
                drops++;
            }
        }
        return drops;
    }

    private int End(int i) => i + 1 < steps.Length ? steps[i + 1].Time : Math.Max(now, steps[i].Time);

    private long Overlap(int i, int from) => Math.Max(0L, (long)Math.Min(End(i), now) - Math.Max(steps[i].Time, from));
}
