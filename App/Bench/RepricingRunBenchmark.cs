using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SellerConsole.Competition;
using SellerConsole.Costing.Data;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Pricing;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Bench;

/// <summary>
/// A full repricing pass through the real shell (<see cref="Repricer.RunAsync"/>: load inputs, decide,
/// store decisions, per-SKU price state and the push queue) on a migrated SQLite database seeded with a
/// realistic shop (<see cref="RepricingShop"/>): costs for 40% of SKUs, six strategies, 10-20 offers each,
/// 30 days of orders, global mode Auto. Then a second pass an hour later after Amazon applied the first
/// pass's prices (steady state). Target (issue 12): a full pass over 5,000 SKUs under 2 s.
/// BENCH_SKUS chooses the size (default 5,000).
/// </summary>
public sealed class RepricingRunBenchmark : IBenchmark
{
    private readonly int _skus;

    public RepricingRunBenchmark() : this(int.Parse(Environment.GetEnvironmentVariable("BENCH_SKUS") ?? "5000", CultureInfo.InvariantCulture))
    {
    }

    internal RepricingRunBenchmark(int skus) => _skus = skus;

    public string Name => "repricing-run";

    public string Description => "a full repricing pass over 5,000 SKUs, decided and persisted through the real shell on SQLite; then a steady-state pass";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var sql = new SqlCounter();
        await using var database = await BenchDatabase.CreateAsync(cancellationToken, sql);
        var dbs = database.Factory;
        var clock = new ManualTimeProvider(RepricingShop.Now);
        var live = new LiveFeed(NullLogger<LiveFeed>.Instance);
        var costing = new CostingStore(dbs, live, new AuditLog(dbs, clock), clock, NullLogger<CostingStore>.Instance);
        var strategies = new StrategyStore(dbs, clock);
        var seed = Stopwatch.StartNew();
        var shop = await RepricingShop.SeedAsync(dbs, costing, strategies, _skus, cancellationToken);
        output.WriteLine(Invariant($"   seeded {_skus:N0} SKUs ({shop.Offers:N0} offers, {shop.Costed:N0} with costs, {shop.Strategies} strategies, {shop.Orders:N0} orders) in {seed.Elapsed.TotalSeconds:F1} s; load average {LoadAverage()}"));

        var inputs = new RepricingInputs(dbs, costing, new HistoryStore(dbs), strategies, clock);
        var repricer = new Repricer(dbs, inputs, new PricePushQueue(dbs, clock), live, clock, NullLogger<Repricer>.Instance);

        await BreakdownAsync(output, inputs, cancellationToken);
        var first = await PassAsync(output, "first pass", dbs, clock, sql, () => repricer.RunAsync(null, "bench", dryRun: false, cancellationToken), cancellationToken);
        var applied = await RepricingShop.ApplyQueuedPricesAsync(dbs, cancellationToken);
        clock.Advance(TimeSpan.FromHours(1));
        output.WriteLine(Invariant($"   (Amazon applied the {applied:N0} queued prices; an hour later:)"));
        var second = await PassAsync(output, "second pass (steady state)", dbs, clock, sql, () => repricer.RunAsync(null, "bench", dryRun: false, cancellationToken), cancellationToken);
        var verdict = first < TimeSpan.FromSeconds(2) ? "met" : "NOT met";
        output.WriteLine(Invariant($"   target: a full pass over {_skus:N0} SKUs under 2 s: {verdict} (first {first.TotalSeconds:F2} s, steady {second.TotalSeconds:F2} s)"));
    }

    private static async Task<TimeSpan> PassAsync(TextWriter output, string label, IDbContextFactory<SellerDb> dbs, TimeProvider now, SqlCounter sql, Func<Task<RepricingRun>> pass, CancellationToken ct)
    {
        var before = await RowCounts.ReadAsync(dbs, now.GetUtcNow().UtcDateTime, ct);
        var (commands, commits) = (sql.Commands, sql.Commits);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var run = await pass();
        var elapsed = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        (commands, commits) = (sql.Commands - commands, sql.Commits - commits);
        var after = await RowCounts.ReadAsync(dbs, now.GetUtcNow().UtcDateTime, ct);
        output.WriteLine(Invariant($"   {label,-28} {elapsed.TotalMilliseconds,7:N0} ms  {run.Decided / elapsed.TotalSeconds,7:N0} SKUs/s  ({run.Summary})"));
        output.WriteLine(Invariant($"   {"",-28} process CPU {cpu.TotalMilliseconds:N0} ms (all threads; less sensitive than wall time to a busy machine)"));
        output.WriteLine(Invariant($"   {"",-28} rows written: {after.Decisions - before.Decisions:N0} decisions, {after.Pushes - before.Pushes:N0} pushes queued, ") +
            Invariant($"{after.PricingWritten:N0} SKU price states ({after.PricingRows - before.PricingRows:N0} new), {after.Superseded - before.Superseded:N0} queued prices superseded"));
        output.WriteLine(Invariant($"   {"",-28} of which {run.Timings}; {commands:N0} SQL commands, {commits:N0} transactions committed"));
        return elapsed;
    }

    /// <summary>The pass's two parts that write nothing, timed alone: what is left of a pass is storing and queueing.</summary>
    private static async Task BreakdownAsync(TextWriter output, RepricingInputs inputs, CancellationToken ct)
    {
        await inputs.LoadAsync(null, ct); // warm-up: compiled queries, costing snapshot
        var clock = Stopwatch.StartNew();
        var loaded = await inputs.LoadAsync(null, ct);
        var load = clock.Elapsed;
        clock.Restart();
        foreach (var item in loaded) RepricingEngine.Decide(item.Input, item.Strategy);
        var decide = clock.Elapsed;
        output.WriteLine(Invariant($"   of a pass: loading the inputs {load.TotalMilliseconds:N0} ms, deciding (pure, one thread) {decide.TotalMilliseconds:N0} ms; the rest of a pass is storing and queueing"));
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record RowCounts(int Decisions, int Pushes, int PricingRows, int PricingWritten, int Superseded)
    {
        /// <summary>Row counts, and the SKU price states written at <paramref name="passTime"/> (the pass's clock does not move).</summary>
        public static async Task<RowCounts> ReadAsync(IDbContextFactory<SellerDb> dbs, DateTime passTime, CancellationToken ct)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            return new RowCounts(
                await db.PriceDecisions.CountAsync(ct),
                await db.PricePushes.CountAsync(ct),
                await db.SkuPricing.CountAsync(ct),
                await db.SkuPricing.CountAsync(s => s.UpdatedUtc >= passTime, ct),
                await db.PricePushes.CountAsync(p => p.State == PushState.Superseded, ct));
        }
    }
}
