using System.Diagnostics;
using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Marketplace.Sandbox.Simulation.Products;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Bench;

/// <summary>
/// Sandbox world generation: catalogue + two years of market history for 150 and 5,000 listings,
/// catalogue-only generation for 50,000, memory held, and how fast the clock can be advanced.
/// </summary>
public sealed class SandboxSimulationBenchmark : IBenchmark
{
    private static readonly DateTime Now = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public string Name => "sandbox";

    public string Description => "Sandbox world + 2-year history generation, memory, AdvanceTo throughput";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"   cores: {Environment.ProcessorCount}, load average at start: {LoadAverage()}");
        var small = Measure(output, "150 listings, world + 2y history", () => MarketSimulation.Create(Settings(150), Now));
        var orders = small.GetOrdersCreated(small.HistoryStartUtc, small.NowUtc, 0, 1).Total;
        var owned = small.GetListings(0, 150).Items.Count(l => l.OwnsBuyBox);
        output.WriteLine($"   150 listings: {orders:N0} orders in 2 years, buy box held now on {owned}/150");
        cancellationToken.ThrowIfCancellationRequested();

        var big = Measure(output, "5,000 listings, create (lazy history)", () => MarketSimulation.Create(Settings(5_000), Now));
        Measure(output, "5,000 listings, materialise all 2y histories", () => big.ComputeDigest());
        output.WriteLine($"   5,000 listings: {big.GetOrdersCreated(big.HistoryStartUtc, big.NowUtc, 0, 1).Total:N0} orders in 2 years");
        big = null;
        cancellationToken.ThrowIfCancellationRequested();

        Measure(output, "50,000 listings, catalogue only", () => CatalogueGenerator.Generate(7, 50_000, Now.AddDays(-730), new Identifiers(7)));
        cancellationToken.ThrowIfCancellationRequested();

        const int days = 60;
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= days * 4; i++) small.AdvanceTo(Now.AddHours(6 * i));
        clock.Stop();
        output.WriteLine($"   AdvanceTo at 150 listings: {days / clock.Elapsed.TotalSeconds:N0} simulated days/s ({days} days in 6-hour steps, {clock.ElapsedMilliseconds} ms)");
        GC.KeepAlive(small);
        return Task.CompletedTask;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static SimulationSettings Settings(int listings) =>
        new(Seed: 7, Listings: listings, HistoryStartUtc: Now.AddDays(-730));

    private static T Measure<T>(TextWriter output, string label, Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var after = GC.GetTotalMemory(true);
        // CPU time next to wall time shows how much other load on the machine distorted the wall time.
        output.WriteLine($"   {label}: {clock.Elapsed.TotalSeconds:F2} s wall ({cpu.TotalSeconds:F2} s CPU), +{(after - before) / 1048576.0:F0} MB held");
        GC.KeepAlive(result);
        return result;
    }
}
