using System.Diagnostics;

namespace SellerConsole.Bench;

public static class BenchTiming
{
    /// <summary>
    /// Runs <paramref name="query"/> once to warm up (connection, compiled query, caches), then
    /// <paramref name="runs"/> times, and prints the median and 95th percentile with what the last run returned.
    /// </summary>
    public static async Task MeasureAsync<T>(TextWriter output, string label, int runs, Func<Task<T>> query, Func<T, string> describe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 2);
        await query();
        var times = new List<double>(runs);
        T last = default!;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            last = await query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var p95 = times[Math.Min(runs - 1, (int)Math.Ceiling(runs * 0.95) - 1)];
        output.WriteLine($"   {label,-30} median {times[runs / 2],6:F1} ms   p95 {p95,6:F1} ms   ({describe(last)})");
    }
}
