using SellerConsole.Competition;

namespace SellerConsole.Tests.Competition;

public sealed class ChartSegmentsTests
{
    private static readonly DateTime T0 = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_no_offer_gap_ends_the_line_where_the_gap_begins_and_a_new_line_starts_when_an_offer_returns()
    {
        List<HistoryPoint> points = [new(T0, 1299), new(T0.AddDays(2), 1249), new(T0.AddDays(3), null), new(T0.AddDays(5), 1199), new(T0.AddDays(6), 1189)];

        var segments = ChartSegments.Split(points, 100, T0.AddDays(10));

        Assert.Equal(2, segments.Count);
        Assert.Equal([new(T0, 12.99), new(T0.AddDays(2), 12.49), new(T0.AddDays(3), 12.49)], segments[0]);
        Assert.Equal([new(T0.AddDays(5), 11.99), new(T0.AddDays(6), 11.89), new(T0.AddDays(10), 11.89)], segments[1]);
    }

    [Fact]
    public void A_series_ending_in_a_gap_is_not_carried_to_the_window_end_and_an_all_gap_series_draws_nothing()
    {
        Assert.Equal([[new(T0, 5.0), new(T0.AddHours(1), 5.0)]],
            ChartSegments.Split([new(T0, 5), new(T0.AddHours(1), null)], 1, T0.AddDays(1)));
        Assert.Empty(ChartSegments.Split([new(T0, null), new(T0.AddHours(1), null)], 1, T0.AddDays(1)));
        Assert.Empty(ChartSegments.Split([], 1, T0));
    }

    [Fact]
    public void Every_segment_stays_inside_one_run_of_values_and_together_they_draw_every_value()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var run = 0; run < 3_000; run++)
        {
            var time = T0;
            var points = new List<HistoryPoint>();
            for (var i = random.Next(0, 60); i > 0; i--)
            {
                time = time.AddMinutes(random.Next(1, 5_000));
                points.Add(new HistoryPoint(time, random.Next(0, 4) == 0 ? null : random.Next(1, 100_000)));
            }
            var end = time.AddMinutes(random.Next(0, 3));
            var segments = ChartSegments.Split(points, 100, end);
            var message = $"seed {seed}, run {run}";

            var runs = points.Select((p, i) => p.Value is not null && (i == 0 || points[i - 1].Value is null)).Count(starts => starts);
            Assert.True(runs == segments.Count, message);
            var gaps = points.Select((p, i) => (Start: p.Utc, End: i + 1 < points.Count ? points[i + 1].Utc : DateTime.MaxValue, IsGap: p.Value is null))
                .Where(g => g.IsGap).ToList();
            foreach (var segment in segments)
            {
                Assert.True(segment.Zip(segment.Skip(1)).All(p => p.First.Time <= p.Second.Time), message);
                // No line crosses a gap: a segment never spans the inside of one.
                Assert.True(gaps.All(g => segment[^1].Time <= g.Start || segment[0].Time >= g.End), message);
            }
            var drawn = segments.SelectMany(s => s).Select(p => (p.Time, p.Value)).ToHashSet();
            Assert.True(points.Where(p => p.Value is not null).All(p => drawn.Contains((p.Utc, p.Value!.Value / 100d))), message);
        }
    }

    [Fact]
    public void The_chart_line_has_one_null_inside_each_gap_and_no_null_anywhere_else()
    {
        List<HistoryPoint> points = [new(T0, 1299), new(T0.AddDays(2), null), new(T0.AddDays(4), 1199), new(T0.AddDays(5), null), new(T0.AddDays(6), null), new(T0.AddDays(8), 1099)];

        var line = ChartSegments.Line(points, 100, T0.AddDays(10));

        Assert.Equal(
            [(T0, 12.99m), (T0.AddDays(2), 12.99m), (T0.AddDays(3), null), (T0.AddDays(4), 11.99m), (T0.AddDays(5), 11.99m), (T0.AddDays(6).AddHours(12), null), (T0.AddDays(8), 10.99m), (T0.AddDays(10), 10.99m)],
            line.Select(d => (d.Time!.Value, d.Value)));
    }

    [Fact]
    public void A_line_without_gaps_has_no_null_and_an_all_gap_series_draws_nothing()
    {
        Assert.DoesNotContain(ChartSegments.Line([new(T0, 5), new(T0.AddHours(1), 6)], 1, T0.AddDays(1)), d => d.Value is null);
        Assert.Empty(ChartSegments.Line([new(T0, null), new(T0.AddHours(1), null)], 1, T0.AddDays(1)));
    }

    [Fact]
    public void Every_gap_of_the_line_holds_exactly_one_null_strictly_between_the_runs_around_it()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var run = 0; run < 2_000; run++)
        {
            var time = T0;
            var points = new List<HistoryPoint>();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                time = time.AddMinutes(random.Next(1, 5_000));
                points.Add(new HistoryPoint(time, random.Next(0, 3) == 0 ? null : random.Next(1, 100_000)));
            }
            var segments = ChartSegments.Split(points, 100, time);
            var line = ChartSegments.Line(points, 100, time);
            var message = $"seed {seed}, run {run}";

            Assert.True(line.Count(d => d.Value is null) == Math.Max(0, segments.Count - 1), message);
            Assert.True(line.Zip(line.Skip(1)).All(p => p.First.Time <= p.Second.Time), message);
            for (var i = 0; i < line.Count; i++)
            {
                if (line[i].Value is null)
                {
                    Assert.True(i > 0 && i < line.Count - 1 && line[i - 1].Time < line[i].Time && line[i].Time < line[i + 1].Time, message);
                }
            }
        }
    }
}
