using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SellerConsole.Tests.Browser;

/// <summary>
/// The real console as a user runs it: the built executable in its own process, on a free port,
/// with a fresh data directory. Browser tests drive it over real HTTP and WebSockets.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    public const string BootstrapToken = "browser-bootstrap-token-0123456789abcdef";
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private string? _publishDirectory;

    private RunningApp(Process process, string baseUrl, string dataDirectory)
    {
        _process = process;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
    }

    public string BaseUrl { get; }
    public string DataDirectory { get; }

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    public const string OwnerEmail = "seller@example.co.uk";
    public const string OwnerPassword = "a sturdy passphrase";

    /// <summary>The console with its owner created from configuration (Owner:Email/Password), plus any settings.</summary>
    public static Task<RunningApp> StartWithOwnerAsync(IDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Owner:Email"] = OwnerEmail, ["Owner:Password"] = OwnerPassword };
        return StartAsync(all);
    }

    /// <summary>An HTTP client for the app's API, authenticated with the bootstrap token.</summary>
    public HttpClient CreateApiClient()
    {
        var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", BootstrapToken);
        return http;
    }

    public static Task<RunningApp> StartAsync(IDictionary<string, string>? settings = null)
    {
        var repo = RepositoryRoot();
        return StartAsync(AppExecutable(repo), repo, "Development", settings);
    }

    /// <summary>
    /// The app as a VPS runs it: `dotnet publish` output in Production (the Dockerfile and the systemd unit
    /// run exactly this), which must serve Blazor's and the libraries' static files without the SDK.
    /// </summary>
    public static async Task<RunningApp> StartPublishedAsync(IDictionary<string, string>? settings = null)
    {
        var repo = RepositoryRoot();
        var output = Directory.CreateTempSubdirectory("sellerconsole-publish-").FullName;
        var configuration = Path.GetRelativePath(Path.Combine(repo, "App.Tests", "bin"), AppContext.BaseDirectory)
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)[0];
        var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", Path.Combine(repo, "SellerConsole.csproj"), "-c", configuration, "--no-build", "-o", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var log = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + log);
        var app = await StartAsync(Path.Combine(output, OperatingSystem.IsWindows() ? "SellerConsole.exe" : "SellerConsole"), output, "Production", settings);
        app._publishDirectory = output;
        return app;
    }

    private static async Task<RunningApp> StartAsync(string executable, string contentRoot, string environment, IDictionary<string, string>? settings)
    {
        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("sellerconsole-browser-").FullName;
        var start = new ProcessStartInfo(executable, ["--contentRoot", contentRoot])
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Data__Directory"] = data;
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["Api__BootstrapToken"] = BootstrapToken;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}");
        var app = new RunningApp(process, $"http://127.0.0.1:{port}", data);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync();
        return app;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output) { _output.AppendLine(line); }
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(120); // a cold start on a loaded 2-core machine can take a minute
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited ({_process.ExitCode}):\n{Output}");
            }
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The app did not become healthy:\n{Output}");
    }

    /// <summary>SIGKILL, as the OOM killer or a lost machine ends a node: no shutdown, no cleanup.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_publishDirectory is not null)
        {
            try { Directory.Delete(_publishDirectory, recursive: true); }
            catch (IOException) { }
        }
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SellerConsole.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find SellerConsole.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>The app's own build output, same configuration and runtime as this test assembly.</summary>
    private static string AppExecutable(string repo)
    {
        // AppContext.BaseDirectory = <repo>/App.Tests/bin/<Configuration>/<tfm>/<rid>/
        var parts = Path.GetRelativePath(Path.Combine(repo, "App.Tests", "bin"), AppContext.BaseDirectory)
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var name = OperatingSystem.IsWindows() ? "SellerConsole.exe" : "SellerConsole";
        var path = Path.Combine([repo, "bin", .. parts, name]);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the app first: {path} is missing");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
