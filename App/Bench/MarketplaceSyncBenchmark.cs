using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using SellerConsole.Api;

namespace SellerConsole.Bench;

/// <summary>
/// A full marketplace sync of a 5,000-listing Sandbox through the real SP-API client, over real HTTP:
/// wall time, requests per operation, 429s (target 0), and efficiency = the theoretical minimum time
/// under the usage plans / the actual time (target >= 0.9). Both sides scale every plan by the same
/// compression factor so the run takes minutes, not hours. It starts this same executable as the server.
/// </summary>
public sealed class MarketplaceSyncBenchmark : IBenchmark
{
    private const string Token = "bench-bootstrap-token-0123456789abcdefghij";

    public string Name => "marketplace-sync";

    public string Description => "Full catalogue + offers + orders sync of a Sandbox (BENCH_LISTINGS, default 5,000; usage plans and Sandbox time compressed by BENCH_COMPRESSION, default x50; "
        + "BENCH_SYNCS picks syncs, e.g. orders; BENCH_ORDER_DAYS the first orders window, default 1; BENCH_ORDER_BACKFILL_HOURS=0 reads it with searchOrders instead of the report)";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var listings = int.Parse(Environment.GetEnvironmentVariable("BENCH_LISTINGS") ?? "5000", CultureInfo.InvariantCulture);
        var compression = double.Parse(Environment.GetEnvironmentVariable("BENCH_COMPRESSION") ?? "50", CultureInfo.InvariantCulture);
        var data = Directory.CreateTempSubdirectory("sellerconsole-bench-sync-").FullName;
        var port = FreePort();
        var server = StartServer(data, port, listings, compression);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            var boot = Stopwatch.StartNew();
            await WaitForSandboxAsync(http, server, cancellationToken);
            output.WriteLine($"   server up, Sandbox of {listings:N0} listings ready in {boot.Elapsed.TotalSeconds:F1} s (plans x{compression})");

            double actual = 0, minimum = 0, reportWait = 0;
            var syncs = (Environment.GetEnvironmentVariable("BENCH_SYNCS") ?? "catalogue,offers,orders").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var sync in syncs)
            {
                var before = await QuotasAsync(http, cancellationToken);
                var startedUtc = DateTime.UtcNow;
                var clock = Stopwatch.StartNew();
                var run = await RunSyncAsync(http, sync, cancellationToken);
                var seconds = clock.Elapsed.TotalSeconds;
                var after = await QuotasAsync(http, cancellationToken);
                var (calls, throttled, floor) = Compare(before, after);
                actual += seconds;
                minimum += floor;
                output.WriteLine($"   {sync,-10} {run.Outcome,-9} {seconds,7:F1} s  plan minimum {floor,6:F1} s  429s {throttled}  ({run.Summary})");
                // Until the report document is fetched, the client waits on Amazon (here the Sandbox) building the
                // report: server time, not usage-plan time, so it is reported apart from the plan-limited work.
                if (after.FirstOrDefault(q => q.Operation == "getReportDocument")?.LastCallUtc is { } documentUtc && documentUtc > startedUtc)
                {
                    reportWait += (documentUtc - startedUtc).TotalSeconds;
                    output.WriteLine($"      report ready and fetched after {(documentUtc - startedUtc).TotalSeconds:F1} s (server-side generation and polling)");
                }
                foreach (var (operation, count) in calls.Where(c => c.Value > 0).OrderByDescending(c => c.Value))
                {
                    output.WriteLine($"      {operation,-40} {count,6:N0} request(s)");
                }
            }
            output.WriteLine($"   total {actual:F1} s; efficiency (plan minimum / actual) = {minimum / actual:F2}");
            output.WriteLine($"   plan-limited work {actual - reportWait:F1} s (without {reportWait:F1} s waiting for the report); efficiency = {minimum / (actual - reportWait):F2}");
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync(CancellationToken.None);
            }
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Requests, 429s and the time the plans force, between two snapshots of the client's buckets.</summary>
    private static (Dictionary<string, long> Calls, long Throttled, double MinimumSeconds) Compare(IReadOnlyList<QuotaDto> before, IReadOnlyList<QuotaDto> after)
    {
        var calls = new Dictionary<string, long>();
        long throttled = 0;
        double floor = 0;
        foreach (var now in after)
        {
            var then = before.FirstOrDefault(b => b.Operation == now.Operation);
            var made = now.TotalCalls - (then?.TotalCalls ?? 0);
            calls[now.Operation] = made;
            throttled += now.Throttled - (then?.Throttled ?? 0);
            // Calls beyond a full bucket must wait for refills: (calls - burst) / rate seconds at best.
            var tokensAtStart = then?.TokensAvailable ?? now.Burst;
            floor += Math.Max(0, made - tokensAtStart) / now.Rate;
        }
        return (calls, throttled, floor);
    }

    private static async Task<JobRunDto> RunSyncAsync(HttpClient http, string sync, CancellationToken cancellationToken)
    {
        var job = $"{sync}-sync";
        var previous = (await http.GetFromJsonAsync<List<JobRunDto>>($"/api/v1/jobs/runs?job={job}&take=1", cancellationToken))!.FirstOrDefault()?.Id ?? 0;
        (await http.PostAsync($"/api/v1/marketplace/sync?syncs={sync}", null, cancellationToken)).EnsureSuccessStatusCode();
        while (true)
        {
            await Task.Delay(250, cancellationToken);
            var latest = (await http.GetFromJsonAsync<List<JobRunDto>>($"/api/v1/jobs/runs?job={job}&take=1", cancellationToken))!.FirstOrDefault();
            if (latest is not null && latest.Id > previous && latest.Outcome != "Running")
            {
                return latest;
            }
        }
    }

    private static async Task<IReadOnlyList<QuotaDto>> QuotasAsync(HttpClient http, CancellationToken cancellationToken) =>
        (await http.GetFromJsonAsync<MarketplaceStatusDto>("/api/v1/marketplace/status", cancellationToken))!.Quotas;

    private static async Task WaitForSandboxAsync(HttpClient http, Process server, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {server.ExitCode}");
            }
            try
            {
                var health = await http.GetFromJsonAsync<HealthDto>("/healthz", cancellationToken);
                if (health?.Sandbox == "ready")
                {
                    return;
                }
            }
            catch (HttpRequestException) { }
            await Task.Delay(200, cancellationToken);
        }
    }

    private static Process StartServer(string data, int port, int listings, double compression)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // Started as `dotnet SellerConsole.dll bench ...`: the process is the dotnet host, which needs the app's path.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(MarketplaceSyncBenchmark).Assembly.Location);
        }
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Data__Directory"] = data;
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["Api__BootstrapToken"] = Token;
        start.Environment["Sandbox__Listings"] = listings.ToString(CultureInfo.InvariantCulture);
        start.Environment["Sandbox__TimeCompression"] = compression.ToString(CultureInfo.InvariantCulture);
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // A first orders sync reads its window from the orders report; BENCH_ORDER_BACKFILL_HOURS=0 makes it use
        // searchOrders (one call of 100 orders per 3 minutes after a burst of 20) for a before/after comparison.
        start.Environment["Orders__FirstSyncDays"] = Environment.GetEnvironmentVariable("BENCH_ORDER_DAYS") ?? "1";
        if (Environment.GetEnvironmentVariable("BENCH_ORDER_BACKFILL_HOURS") is { Length: > 0 } backfillHours)
        {
            start.Environment["Orders__BackfillAfterHours"] = backfillHours;
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
