using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using SellerConsole.Api;

namespace SellerConsole.Bench;

/// <summary>
/// The repricer against the Sandbox at Amazon's real usage plans, through the real app over HTTP:
/// <list type="number">
/// <item>Time from a competitor's move to our verified new price: a price war starts on a SKU whose buy box we hold;
/// from the moment the rival's undercut is visible (the Sandbox moves on quarter-hour ticks, so the benchmark
/// waits for that tick, as the 15-minute offers sync does) it runs the chain as the scheduler would: offers sync
/// (its observer decides at once and queues the price), the push job (PushTrigger starts it at once), then the push
/// job each minute (its cron) until the price is read back. Each step's time comes from the stored rows.</item>
/// <item>Patches per hour against the plan (patchListingsItem 5 req/s, burst 5 = 18,000/h): every SKU repriced at
/// once, then one push run sends the queue through the real SP-API client; its send rate is extrapolated to an hour.</item>
/// </list>
/// BENCH_LISTINGS (default 150) and BENCH_COMPRESSION (plans x this; default 1, the real plans).
/// </summary>
public sealed class RepricingLiveBenchmark : IBenchmark
{
    private readonly int _listings;
    private readonly double _compression;
    private readonly bool _latency;
    private readonly string? _executable;

    public RepricingLiveBenchmark() : this(
        int.Parse(Environment.GetEnvironmentVariable("BENCH_LISTINGS") ?? "150", CultureInfo.InvariantCulture),
        double.Parse(Environment.GetEnvironmentVariable("BENCH_COMPRESSION") ?? "1", CultureInfo.InvariantCulture), latency: true, executable: null)
    {
    }

    /// <param name="latency">False skips the competitor-move chain, which waits up to 15 minutes for the Sandbox's next tick.</param>
    /// <param name="executable">The app to start as the server; null: this process's own executable.</param>
    internal RepricingLiveBenchmark(int listings, double compression, bool latency, string? executable)
    {
        (_listings, _compression, _latency, _executable) = (listings, compression, latency, executable);
    }

    public string Name => "repricing-live";

    public string Description => "against the Sandbox at the real usage plans: competitor move -> verified new price (waits for the next quarter hour), and patches per hour";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var boot = Stopwatch.StartNew();
        await using var server = await BenchServer.StartAsync(_listings, _compression, new Dictionary<string, string>(), _executable, cancellationToken);
        var catalogue = await server.RunJobAsync("catalogue-sync", cancellationToken);
        var offers = await server.RunJobAsync("offers-sync", cancellationToken);
        output.WriteLine(Invariant($"   {_listings:N0} listings, plans x{_compression}; server, catalogue and offers synced in {boot.Elapsed.TotalSeconds:F0} s (offers sync {(offers.FinishedUtc - offers.StartedUtc)!.Value.TotalSeconds:F0} s); load average {RepricingRunBenchmark.LoadAverage()}"));
        if (catalogue.Outcome != "Succeeded" || offers.Outcome != "Succeeded") throw new InvalidOperationException($"Sync failed: {catalogue.Error ?? offers.Error}");
        (await server.Http.PutAsJsonAsync("/api/v1/repricing/mode", new { mode = "Auto", dailyChangeBudget = (int?)null }, cancellationToken)).EnsureSuccessStatusCode();

        if (_latency) await LatencyAsync(output, server, cancellationToken);
        await PatchRateAsync(output, server, cancellationToken);
    }

    private static async Task LatencyAsync(TextWriter output, BenchServer server, CancellationToken ct)
    {
        var won = await JsonAsync(server, "/api/v1/listings?buyBox=Won&pageSize=200", ct);
        var sku = won.GetProperty("items").EnumerateArray().First(l => l.GetProperty("offerCount").GetInt32() > 1).GetProperty("sku").GetString()!;
        var price = (await JsonAsync(server, $"/api/v1/listings/{sku}", ct)).GetProperty("price").GetDecimal();
        await PutSkusAsync(server, [sku], Math.Round(price * 0.7m, 2), ct);
        var started = await server.Http.PostAsJsonAsync("/api/v1/sandbox/scenarios", new { scenario = "price-war", sku, delayMinutes = 60, quiet = true }, ct);
        started.EnsureSuccessStatusCode();
        var visible = JsonDocument.Parse(await started.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("visibleFromUtc").GetDateTime().ToUniversalTime();
        var wait = visible - DateTime.UtcNow;
        output.WriteLine(Invariant($"   price war on {sku} (ours £{price}): the rival's cut is visible from {visible:HH:mm:ss} UTC, {Math.Max(0, wait.TotalSeconds):F0} s from now"));
        if (wait > TimeSpan.Zero) await Task.Delay(wait + TimeSpan.FromMilliseconds(200), ct);

        var sync = await server.RunJobAsync("offers-sync", ct);
        var push = await LatestPushAsync(server, sku, ct) ?? throw new InvalidOperationException($"The offers sync did not queue a price for {sku}: {sync.Summary}");
        await server.RunJobAsync("price-push", ct);
        while ((push = (await LatestPushAsync(server, sku, ct))!.Value).GetProperty("state").ToString() is "Queued" or "Sending" or "Accepted")
        {
            // The push job's cron: every minute, on the minute.
            var now = DateTime.UtcNow;
            await Task.Delay(now.AddTicks(TimeSpan.TicksPerMinute - now.Ticks % TimeSpan.TicksPerMinute) - now, ct);
            await server.RunJobAsync("price-push", ct);
        }
        var p = push;
        var queued = p.GetProperty("queuedUtc").GetDateTime();
        var sent = p.GetProperty("sentUtc").GetDateTime();
        var state = p.GetProperty("state").ToString();
        var verified = p.TryGetProperty("verifiedUtc", out var v) && v.ValueKind == JsonValueKind.String ? v.GetDateTime() : (DateTime?)null;
        output.WriteLine(Invariant($"   move visible -> offers read and price decided+queued {(queued - visible).TotalSeconds,6:F1} s (offers sync {(sync.FinishedUtc - sync.StartedUtc)!.Value.TotalSeconds:F1} s)"));
        output.WriteLine(Invariant($"   queued -> sent (patchListingsItem)                {(sent - queued).TotalSeconds,6:F1} s"));
        output.WriteLine(Invariant($"   sent -> read back as applied ({state})            {((verified ?? DateTime.UtcNow) - sent).TotalSeconds,6:F1} s (Amazon's apply delay: Sandbox 2 min; read-backs from 1 min, then each minute)"));
        output.WriteLine(Invariant($"   competitor's move -> our verified new price: {((verified ?? DateTime.UtcNow) - visible).TotalSeconds:F1} s; £{p.GetProperty("targetPence").GetInt64() / 100m} now live"));
    }

    private static async Task PatchRateAsync(TextWriter output, BenchServer server, CancellationToken ct)
    {
        var page = await JsonAsync(server, "/api/v1/listings?pageSize=500", ct);
        var skus = page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("sku").GetString()!).ToArray();
        await PutSkusAsync(server, skus, 1.00m, ct);
        var run = await server.Http.PostAsJsonAsync("/api/v1/repricing/run", new { skus = (string[]?)null }, ct);
        run.EnsureSuccessStatusCode();
        var pushed = JsonDocument.Parse(await run.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("pushed").GetInt32();
        var clock = Stopwatch.StartNew();
        var result = await server.RunJobAsync("price-push", ct);
        var seconds = (result.FinishedUtc - result.StartedUtc)!.Value.TotalSeconds;
        var pushes = (await JsonAsync(server, "/api/v1/repricing/pushes?take=500", ct)).EnumerateArray()
            .Where(p => p.TryGetProperty("sentUtc", out var s) && s.ValueKind == JsonValueKind.String).Select(p => p.GetProperty("sentUtc").GetDateTime())
            .Where(sent => sent >= result.StartedUtc).Order().ToList(); // this run's sends only
        var window = pushes.Count > 1 ? (pushes[^1] - pushes[0]).TotalSeconds : seconds;
        var rate = pushes.Count > 1 ? (pushes.Count - 1) / window : 0;
        output.WriteLine(Invariant($"   {pushed:N0} prices queued; one push run sent {pushes.Count:N0} in {seconds:F1} s ({result.Summary})"));
        output.WriteLine(Invariant($"   send rate over {window:F1} s: {rate:F2} patches/s = {rate * 3600:N0} patches/hour extrapolated; plan 5/s = 18,000/hour ({rate / 5:P0} of the plan; the product type's one VALIDATION_PREVIEW is a patch call too)"));
        output.WriteLine(Invariant($"   elapsed {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private static async Task PutSkusAsync(BenchServer server, string[] skus, decimal floor, CancellationToken ct) =>
        (await server.Http.PutAsJsonAsync("/api/v1/repricing/skus", new { skus, manualFloor = floor }, ct)).EnsureSuccessStatusCode();

    private static async Task<JsonElement?> LatestPushAsync(BenchServer server, string sku, CancellationToken ct) =>
        (await JsonAsync(server, $"/api/v1/repricing/pushes?sku={sku}&take=1", ct)).EnumerateArray().Select(p => (JsonElement?)p).FirstOrDefault();

    private static async Task<JsonElement> JsonAsync(BenchServer server, string path, CancellationToken ct) =>
        JsonDocument.Parse(await server.Http.GetStringAsync(path, ct)).RootElement;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
