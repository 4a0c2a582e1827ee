namespace SellerConsole.Competition;

/// <summary>Change-point arithmetic on histories: normalise, merge two sources, cut a window.</summary>
public static class HistoryMerge
{
    /// <summary>
    /// Time order, minute resolution (the later of two points in one minute wins) and change-points
    /// only: a point repeating the value before it says nothing and is dropped.
    /// </summary>
    public static List<HistoryPoint> Normalize(IEnumerable<HistoryPoint> points)
    {
        var ordered = points.Select((p, i) => (Point: p with { Utc = HistoryCodec.FloorToMinute(p.Utc) }, Index: i))
            .OrderBy(p => p.Point.Utc).ThenBy(p => p.Index).Select(p => p.Point).ToList();
        var result = new List<HistoryPoint>(ordered.Count);
        foreach (var point in ordered)
        {
            if (result.Count > 0 && result[^1].Utc == point.Utc)
            {
                result.RemoveAt(result.Count - 1);
            }
            if (result.Count > 0 && result[^1].Value == point.Value)
            {
                continue;
            }
            result.Add(point);
        }
        return result;
    }

    /// <summary>Both sources' change-points; where they meet in one minute, <paramref name="incoming"/> wins.</summary>
    public static List<HistoryPoint> Merge(IReadOnlyList<HistoryPoint> stored, IEnumerable<HistoryPoint> incoming) =>
        Normalize(stored.Concat(incoming));

    /// <summary>The value holding at <paramref name="at"/> (null when a gap holds or nothing is known yet).</summary>
    public static long? ValueAt(IReadOnlyList<HistoryPoint> points, DateTime at)
    {
        var index = LastAtOrBefore(points, at);
        return index < 0 ? null : points[index].Value;
    }

    /// <summary>
    /// The points inside [from, to], starting with the value that already held at <paramref name="from"/>
    /// (moved to <paramref name="from"/>) so a chart's first step is right.
    /// </summary>
    public static List<HistoryPoint> Window(IReadOnlyList<HistoryPoint> points, DateTime from, DateTime to)
    {
        var start = LastAtOrBefore(points, from);
        var result = new List<HistoryPoint>();
        if (start >= 0 && points[start].Utc < from)
        {
            result.Add(points[start] with { Utc = from });
            start++;
        }
        for (var i = Math.Max(start, 0); i < points.Count && points[i].Utc <= to; i++)
        {
            result.Add(points[i]);
        }
        return result;
    }

    /// <summary>Share of [from, to] during which the value was 1 and during which it was 0 (gaps count as neither).</summary>
    public static (double Ones, double Zeros) Shares(IReadOnlyList<HistoryPoint> points, DateTime from, DateTime to)
    {
        if (to <= from)
        {
            return (0, 0);
        }
        var window = Window(points, from, to);
        double ones = 0, zeros = 0;
        for (var i = 0; i < window.Count; i++)
        {
            var end = i + 1 < window.Count ? window[i + 1].Utc : to;
            var span = (end - window[i].Utc).TotalMinutes;
            if (window[i].Value == 1) ones += span;
            else if (window[i].Value == 0) zeros += span;
        }
        var total = (to - from).TotalMinutes;
        return (ones / total, zeros / total);
    }

    private static int LastAtOrBefore(IReadOnlyList<HistoryPoint> points, DateTime at)
    {
        int lo = 0, hi = points.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (points[mid].Utc <= at) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }
}
