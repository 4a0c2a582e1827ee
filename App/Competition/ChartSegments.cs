using SellerConsole.Shell.Charts;

namespace SellerConsole.Competition;

/// <summary>One point of a history chart: the value (pounds, rank or count) that holds from <see cref="Time"/>.</summary>
public sealed record ChartPoint(DateTime Time, double Value);

/// <summary>
/// Cuts a change-point series into the contiguous runs a step chart draws. A chart line joins every
/// point it is given, so a "no offer" gap (a null change-point) must end one line and start another;
/// otherwise the chart would show the last price as still holding while nobody offered. <see cref="Line"/>
/// joins the runs back into one series with a null between runs, which the chart draws as a break.
/// </summary>
public static class ChartSegments
{
    /// <param name="points">Change-points in time order; a null value starts a gap that lasts until the next value.</param>
    /// <param name="scale">Divisor from stored units to chart units (100 for pence to pounds).</param>
    /// <param name="windowEnd">The chart's right edge: a value still holding at the end is carried to it.</param>
    public static IReadOnlyList<IReadOnlyList<ChartPoint>> Split(IReadOnlyList<HistoryPoint> points, double scale, DateTime windowEnd)
    {
        var segments = new List<IReadOnlyList<ChartPoint>>();
        List<ChartPoint>? current = null;
        foreach (var point in points)
        {
            if (point.Value is { } value)
            {
                current ??= [];
                current.Add(new ChartPoint(point.Utc, value / scale));
            }
            else if (current is not null)
            {
                // The last value held until the gap began: the step runs to there, then the line stops.
                if (current[^1].Time < point.Utc)
                {
                    current.Add(current[^1] with { Time = point.Utc });
                }
                segments.Add(current);
                current = null;
            }
        }
        if (current is not null)
        {
            if (current[^1].Time < windowEnd)
            {
                current.Add(current[^1] with { Time = windowEnd });
            }
            segments.Add(current);
        }
        return segments;
    }

    /// <summary>
    /// One chart series for a change-point history: every run's points, and between two runs one null
    /// inside the gap (halfway), so the chart draws a break there and nothing across it.
    /// </summary>
    public static IReadOnlyList<ChartDatum> Line(IReadOnlyList<HistoryPoint> points, double scale, DateTime windowEnd)
    {
        var line = new List<ChartDatum>();
        DateTime? previousEnd = null;
        foreach (var segment in Split(points, scale, windowEnd))
        {
            if (previousEnd is { } end)
            {
                line.Add(ChartDatum.At(end + (segment[0].Time - end) / 2, null));
            }
            line.AddRange(segment.Select(p => ChartDatum.At(p.Time, (decimal)p.Value)));
            previousEnd = segment[^1].Time;
        }
        return line;
    }
}
