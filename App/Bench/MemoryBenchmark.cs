using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;

namespace SellerConsole.Bench;

/// <summary>
/// The console's resident memory as the seller's VPS sees it: this same executable started as its own
/// process on a fresh data directory with the default Sandbox and the scheduler on, as a new seller
/// starts it, measured until every first-start job (catalogue, offers, orders, Keepa, scoring peers)
/// has finished. Prints start-up time to the first healthy /healthz, RSS at start, right after the
/// first sync, the peak, and after a minute idle (memory given back). BENCH_LISTINGS=150,5000 (default)
/// chooses the shop sizes; above 1,000 listings the usage plans run x20 and the first orders window is a
/// day, so the run measures memory rather than Amazon's pacing.
/// </summary>
public sealed class MemoryBenchmark : IBenchmark
{
    private const string Token = "bench-memory-bootstrap-token-0123456789abcdef";
    private static readonly string[] FirstStartJobs = [.. Jobs.JobSchedules.All.Where(j => j.RunOnFirstStart).Select(j => j.Name)];

    public string Name => "memory";

    public string Description => "RSS of the real app process: start, after the first-start sync of a 150 and a 5,000-listing Sandbox, peak, idle";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var sizes = (Environment.GetEnvironmentVariable("BENCH_LISTINGS") ?? "150,5000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse);
        output.WriteLine($"   {"listings",8} {"healthz",9} {"RSS start",10} {"1st sync",8} {"RSS after",10} {"peak",8} {"idle 60 s",10}");
        foreach (var listings in sizes)
        {
            var r = await MeasureAsync(listings, cancellationToken);
            output.WriteLine($"   {listings,8} {r.Healthy.TotalSeconds,8:F1}s {Mb(r.StartRss),10} {r.Sync.TotalSeconds,7:F0}s {Mb(r.AfterRss),10} {Mb(r.PeakRss),8} {Mb(r.IdleRss),10}");
        }
    }

    private sealed record Figures(TimeSpan Healthy, long StartRss, TimeSpan Sync, long AfterRss, long PeakRss, long IdleRss);

    private static async Task<Figures> MeasureAsync(int listings, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("sellerconsole-bench-memory-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Started as `dotnet SellerConsole.dll bench memory`: the process is the dotnet host, which needs the app's path.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(MemoryBenchmark).Assembly.Location);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(AppContext.BaseDirectory);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Data__Directory"] = data;
        start.Environment["Api__BootstrapToken"] = Token;
        start.Environment["Sandbox__Listings"] = listings.ToString();
        if (listings > 1000)
        {
            start.Environment["Orders__FirstSyncDays"] = "1";
            start.Environment["Sandbox__TimeCompression"] = "20";
        }
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            await WaitHealthyAsync(http, process, cancellationToken);
            var healthy = clock.Elapsed;
            var startRss = Rss(process.Id, "VmRSS");

            await WaitForFirstStartJobsAsync(http, cancellationToken);
            var sync = clock.Elapsed - healthy;
            var afterRss = Rss(process.Id, "VmRSS");
            var peak = Rss(process.Id, "VmHWM");
            await Task.Delay(TimeSpan.FromSeconds(60), cancellationToken);
            return new Figures(healthy, startRss, sync, afterRss, peak, Rss(process.Id, "VmRSS"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task WaitHealthyAsync(HttpClient http, Process process, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/healthz", cancellationToken)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException("The app never answered /healthz");
    }

    /// <summary>Until every first-start job has a finished run (chained jobs start one after another).</summary>
    private static async Task WaitForFirstStartJobsAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(30);
        while (DateTime.UtcNow < deadline)
        {
            string body;
            try
            {
                body = await http.GetStringAsync("/api/v1/jobs/runs?take=100", cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // A busy machine can miss one poll; the next one counts.
                await Task.Delay(1000, cancellationToken);
                continue;
            }
            using var runs = JsonDocument.Parse(body);
            var finished = runs.RootElement.EnumerateArray()
                .Where(r => r.GetProperty("outcome").GetString() != "Running")
                .Select(r => r.GetProperty("job").GetString())
                .ToHashSet();
            if (FirstStartJobs.All(finished.Contains)) return;
            await Task.Delay(1000, cancellationToken);
        }
        throw new TimeoutException("The first sync did not finish in 30 minutes");
    }

    private static long Rss(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024:F0} MB";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
