using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using SellerConsole.Api;

namespace SellerConsole.Bench;

/// <summary>
/// This same executable started as the server on a fresh data directory with the Sandbox, the scheduler off
/// (the benchmark runs each job itself, so nothing else competes), driven over its own API with a bootstrap token.
/// </summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private const string Token = "bench-live-bootstrap-token-0123456789abcdefghij";
    private readonly Process _process;
    private readonly string _data;

    private BenchServer(Process process, string data, HttpClient http)
    {
        _process = process;
        _data = data;
        Http = http;
    }

    public HttpClient Http { get; }

    /// <param name="compression">Usage plans x this (1 = Amazon's real plans).</param>
    /// <param name="executable">The app to start; null: this process's own executable (the bench command).</param>
    public static async Task<BenchServer> StartAsync(int listings, double compression, IReadOnlyDictionary<string, string> extra, string? executable, CancellationToken ct)
    {
        var data = Directory.CreateTempSubdirectory("sellerconsole-bench-live-").FullName;
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var start = new ProcessStartInfo(executable ?? Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // Started as `dotnet SellerConsole.dll bench ...`: the process is the dotnet host, which needs the app's path.
        if (executable is null && Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(BenchServer).Assembly.Location);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Data__Directory"] = data;
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["Api__BootstrapToken"] = Token;
        start.Environment["Sandbox__Listings"] = listings.ToString(CultureInfo.InvariantCulture);
        start.Environment["Sandbox__TimeCompression"] = compression.ToString(CultureInfo.InvariantCulture);
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (key, value) in extra) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var server = new BenchServer(process, data, http);
        await server.WaitForSandboxAsync(ct);
        return server;
    }

    /// <summary>Starts a job through the API and waits for its run to finish; returns the run.</summary>
    public async Task<JobRunDto> RunJobAsync(string job, CancellationToken ct)
    {
        var started = await Http.PostAsync($"/api/v1/jobs/{job}/run", null, ct);
        started.EnsureSuccessStatusCode();
        var id = (await started.Content.ReadFromJsonAsync<JobStartedDto>(ct))!.RunId;
        while (true)
        {
            var run = await Http.GetFromJsonAsync<JobRunDto>($"/api/v1/jobs/runs/{id}", ct);
            if (run is not null && run.Outcome != "Running") return run;
            await Task.Delay(100, ct);
        }
    }

    private async Task WaitForSandboxAsync(CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited with code {_process.ExitCode}");
            try
            {
                if ((await Http.GetFromJsonAsync<HealthDto>("/healthz", ct))?.Sandbox == "ready") return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200, ct);
        }
        throw new TimeoutException("The server's Sandbox was not ready within 5 minutes");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
        _process.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
