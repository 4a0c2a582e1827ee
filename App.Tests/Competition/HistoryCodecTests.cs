using SellerConsole.Competition;

namespace SellerConsole.Tests.Competition;

public sealed class HistoryCodecTests
{
    private static readonly DateTime Start = new(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static List<HistoryPoint> RandomSeries(Random random)
    {
        var count = random.Next(0, 400);
        var time = Start.AddMinutes(random.Next(0, 100_000));
        long value = random.Next(0, 3) == 0 ? random.NextInt64(1, 5_000_000) : random.Next(100, 20_000);
        var points = new List<HistoryPoint>(count);
        for (var i = 0; i < count; i++)
        {
            time = time.AddMinutes(random.Next(0, 8) == 0 ? random.Next(0, 3) : random.Next(1, 5_000));
            value += random.Next(-500, 501) * (random.Next(0, 20) == 0 ? 10_000L : 1L);
            var gap = random.Next(0, 10) == 0;
            points.Add(new HistoryPoint(time, gap ? null : random.Next(0, 50) == 0 ? -value : value));
        }
        return points;
    }

    [Fact]
    public void Any_minute_aligned_series_round_trips_exactly_through_the_blob()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var run = 0; run < 3_000; run++)
        {
            var points = RandomSeries(random);
            var decoded = HistoryCodec.Decode(HistoryCodec.Encode(points));
            Assert.True(points.SequenceEqual(decoded), $"seed {seed}, run {run}: {points.Count} points did not round-trip");
            Assert.All(decoded, p => Assert.Equal(DateTimeKind.Utc, p.Utc.Kind));
        }
    }

    [Fact]
    public void Normalised_merges_keep_every_value_that_held_and_only_change_points()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var run = 0; run < 2_000; run++)
        {
            var stored = HistoryMerge.Normalize(RandomSeries(random));
            var incoming = RandomSeries(random);
            var merged = HistoryMerge.Merge(stored, incoming);
            var message = $"seed {seed}, run {run}";
            Assert.True(merged.Zip(merged.Skip(1)).All(p => p.First.Utc < p.Second.Utc && p.First.Value != p.Second.Value), message);
            // At every incoming point's minute, the incoming (last in that minute) value holds.
            foreach (var group in incoming.GroupBy(p => HistoryCodec.FloorToMinute(p.Utc)))
            {
                Assert.True(HistoryMerge.ValueAt(merged, group.Key) == group.Last().Value, message);
            }
            Assert.True(merged.SequenceEqual(HistoryCodec.Decode(HistoryCodec.Encode(merged))), message);
        }
    }

    [Fact]
    public void Change_points_cost_a_few_bytes_each()
    {
        var points = Enumerable.Range(0, 1_000).Select(i => new HistoryPoint(Start.AddMinutes(i * 97), 1_999L + (i % 7) - 3)).ToList();
        var size = HistoryCodec.Encode(points).Length;
        Assert.True(size < 4 * points.Count, $"{size} bytes for {points.Count} points");
    }

    [Fact]
    public void A_truncated_or_foreign_blob_is_an_error_not_a_shorter_history()
    {
        var blob = HistoryCodec.Encode([new(Start, 1234), new(Start.AddHours(1), null), new(Start.AddHours(2), 99_999)]);
        Assert.Throws<FormatException>(() => HistoryCodec.Decode(blob.AsSpan(0, blob.Length - 1)));
        Assert.Throws<FormatException>(() => HistoryCodec.Decode([9, 0]));
        Assert.Throws<FormatException>(() => HistoryCodec.Decode([.. blob, 0]));
    }

    [Fact]
    public void A_window_starts_with_the_value_that_already_held_and_shares_count_time_held()
    {
        List<HistoryPoint> points = [new(Start, 1), new(Start.AddDays(10), 0), new(Start.AddDays(20), null), new(Start.AddDays(25), 1)];
        var window = HistoryMerge.Window(points, Start.AddDays(5), Start.AddDays(22));
        Assert.Equal([new(Start.AddDays(5), 1), new(Start.AddDays(10), 0), new(Start.AddDays(20), null)], window);
        var (ones, zeros) = HistoryMerge.Shares(points, Start, Start.AddDays(30));
        Assert.Equal(15 / 30d, ones, 6);
        Assert.Equal(10 / 30d, zeros, 6);
    }
}
