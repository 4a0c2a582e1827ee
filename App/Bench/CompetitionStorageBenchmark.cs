using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Competition;
using SellerConsole.Data;

namespace SellerConsole.Bench;

/// <summary>
/// History storage at 500 and 5,000 ASINs x 2 years of every console series, at busy-listing change
/// rates (rank hourly, buy box and lowest prices ~6 a day): database size and chart query time.
/// </summary>
public sealed class CompetitionStorageBenchmark : IBenchmark
{
    private static readonly DateTime End = new(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc);

    // Changes a day per series.
    private static readonly (HistorySeries Series, double PerDay, long Start, int Step)[] Rates =
    [
        (HistorySeries.OurPrice, 2, 1999, 50), (HistorySeries.BuyBox, 6, 1999, 40), (HistorySeries.BuyBoxOurs, 4, 1, 0),
        (HistorySeries.LowestFbm, 6, 1899, 40), (HistorySeries.LowestFba, 3, 2099, 40), (HistorySeries.Amazon, 1, 2199, 60),
        (HistorySeries.SalesRank, 24, 15_000, 900), (HistorySeries.OfferCount, 2, 8, 1), (HistorySeries.Rating, 0.05, 44, 1),
        (HistorySeries.ReviewCount, 0.5, 100, 1),
    ];

    public string Name => "competition-storage";

    public string Description => "Competition history blobs: SQLite size and chart query time at 500 and 5,000 ASINs x 2 years";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var asins in new[] { 500, 5_000 })
        {
            await RunOnceAsync(output, asins, cancellationToken);
        }
    }

    private static async Task RunOnceAsync(TextWriter output, int asinCount, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(ct);
        var path = database.FilePath;
        var dbs = database.Factory;
        var random = new Random(asinCount);
        var seeding = Stopwatch.StartNew();
        long points = 0, blobBytes = 0;
        for (var start = 0; start < asinCount; start += 100)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            for (var i = start; i < Math.Min(asinCount, start + 100); i++)
            {
                foreach (var rate in Rates)
                {
                    var series = Generate(random, rate.PerDay, rate.Start, rate.Step, rate.Series == HistorySeries.BuyBoxOurs);
                    var data = HistoryCodec.Encode(series);
                    points += series.Count;
                    blobBytes += data.Length;
                    db.HistoryBlocks.Add(new HistoryBlock { Asin = $"B0{i:D8}", Series = rate.Series, Data = data, FirstUtc = series[0].Utc, LastUtc = series[^1].Utc, PointCount = series.Count, LatestValue = series[^1].Value });
                }
            }
            await db.SaveChangesAsync(ct);
        }
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
        var size = new FileInfo(path).Length;
        output.WriteLine($"   {asinCount:N0} ASINs: {points:N0} change-points ({points / (double)asinCount:N0} per ASIN), blobs {blobBytes / 1048576.0:N1} MB ({blobBytes / (double)points:N2} bytes/point), SQLite file {size / 1048576.0:N1} MB; written in {seeding.Elapsed.TotalSeconds:N1} s");

        var queries = new HistoryQueries(dbs, new HistoryStore(dbs), new FixedClock(End));
        // The first query after start pays for JIT and EF's query compilation once; reported apart.
        var cold = Stopwatch.StartNew();
        await queries.ForAsinAsync("B000000000", null, null, End.AddDays(-90), End, ct);
        output.WriteLine($"   first chart query after start (JIT + EF compile): {cold.Elapsed.TotalMilliseconds:N0} ms");
        foreach (var (label, days) in new[] { ("90 days", 90), ("all (2 years)", 0) })
        {
            var times = new List<double>();
            for (var q = 0; q < 200; q++)
            {
                var asin = $"B0{random.Next(asinCount):D8}";
                var watch = Stopwatch.StartNew();
                var history = await queries.ForAsinAsync(asin, null, null, days == 0 ? null : End.AddDays(-days), End, ct);
                watch.Stop();
                if (history.Series.All(s => s.Points.Count == 0)) throw new InvalidOperationException($"{asin} has no history");
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            output.WriteLine($"   chart query ({label}, 8 series): median {times[100]:N2} ms, p95 {times[190]:N2} ms, max {times[^1]:N2} ms");
        }
    }

    private static List<HistoryPoint> Generate(Random random, double perDay, long start, int step, bool flag)
    {
        var points = new List<HistoryPoint>();
        var time = End.AddDays(-730);
        var value = start;
        var meanMinutes = 1440 / perDay;
        while (time < End)
        {
            long? v = flag ? random.Next(0, 3) == 0 ? 0 : 1 : random.Next(0, 40) == 0 ? null : Math.Max(1, value += random.Next(-step, step + 1));
            points.Add(new HistoryPoint(time, v));
            time = time.AddMinutes(Math.Max(1, (int)(-Math.Log(1 - random.NextDouble()) * meanMinutes)));
        }
        return HistoryMerge.Normalize(points);
    }

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }
}
