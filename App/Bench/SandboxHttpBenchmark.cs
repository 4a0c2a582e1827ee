using System.Diagnostics;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Marketplace.Sandbox.Keepa;

namespace SellerConsole.Bench;

/// <summary>
/// The Sandbox's HTTP face at 150, 5,000 and 50,000 listings: world start-up (what requests wait for),
/// replaying a log of price changes, and the work behind the heavier answers (a getListingsItem body,
/// a 100-ASIN Keepa product call, the All Listings report, an orders search).
/// </summary>
public sealed class SandboxHttpBenchmark : IBenchmark
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    public string Name => "sandbox-http";

    public string Description => "Sandbox HTTP face: world start-up, log replay, listing/Keepa/report/order answers at 150, 5k, 50k listings";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("sandbox-http-bench-").FullName;
        try
        {
            foreach (var listings in new[] { 150, 5_000, 50_000 })
            {
                cancellationToken.ThrowIfCancellationRequested();
                var log = new ReplayLog(Path.Combine(directory, $"world-{listings}.jsonl"));
                var world = Measure(output, $"{listings,6:N0} listings: start-up (fresh log)", () => SandboxWorld.Open(20261122, listings, log, Now, fresh: true));
                var sim = world.Simulation;
                var skus = sim.Catalogue.Take(200).Select(l => l.Sku).ToList();
                for (var i = 0; i < skus.Count; i++)
                {
                    world.Submit(skus[i], new OfferChange(9.99m + i / 100m, false, null, null), Now.AddMinutes(i), TimeSpan.FromMinutes(2), 0.02);
                }
                world.SyncTo(Now.AddHours(4));
                Measure(output, $"{listings,6:N0} listings: restart replaying 200 price changes", () => SandboxWorld.Open(20261122, listings, log, Now.AddHours(4), fresh: false));

                var asins = sim.Catalogue.Take(100).Select(l => l.Asin).ToList();
                Measure(output, $"{listings,6:N0} listings: getListingsItem body x100", () =>
                    asins.Select(a => sim.GetListingByAsin(a)!).Select(s => ListingsJson.Item(s, world.OurOffer(s), ListingsJson.IncludedData.ToHashSet()).ToJsonString().Length).Sum());
                var request = KeepaRequest.Parse(new Microsoft.AspNetCore.Http.QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
                {
                    ["domain"] = "2", ["asin"] = string.Join(',', asins), ["stats"] = "90", ["offers"] = "20",
                })).Request!;
                Measure(output, $"{listings,6:N0} listings: Keepa product, 100 ASINs with stats and offers", () => KeepaWireEncoder.Gzip(KeepaWireEncoder.Encode(
                    new KeepaWireTokens(Now, 1000, 60_000, 20, 600),
                    [.. asins.Select(a => KeepaHistoryMapper.Ours(sim.GetListingByAsin(a)!.Listing, sim.GetHistory(a)!, request))],
                    new KeepaStatsWindow(sim.NowUtc, 90))).Length);
                if (listings <= 5_000)
                {
                    Measure(output, $"{listings,6:N0} listings: All Listings report (gzip, Cp1252)", () => AllListingsReport.Build(world).Length);
                    Measure(output, $"{listings,6:N0} listings: orders created in the last 7 days", () => sim.GetOrdersCreated(sim.NowUtc.AddDays(-7), sim.NowUtc, 0, 100).Total);
                }
                else
                {
                    output.WriteLine($"   {listings,6:N0} listings: report and order search skipped (each simulates every ASIN's two years on first use)");
                }
                world = null;
                await Task.Yield();
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static T Measure<T>(TextWriter output, string label, Func<T> work)
    {
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        var result = work();
        watch.Stop();
        output.WriteLine($"   {label}: {watch.Elapsed.TotalMilliseconds:N0} ms, +{(GC.GetTotalMemory(false) - before) / 1048576.0:N0} MB");
        return result;
    }
}
