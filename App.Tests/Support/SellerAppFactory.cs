using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Support;

/// <summary>
/// The real app in memory, on its own SQLite file in a fresh data directory, with the scheduler off
/// and a clock the test moves. Settings can be overridden per factory.
/// </summary>
public class SellerAppFactory : WebApplicationFactory<Program>
{
    public const string OwnerEmail = "owner@example.com";
    public const string OwnerPassword = "correct horse battery staple";
    public const string BootstrapToken = "bootstrap-token-for-tests-0123456789abcdef";

    /// <summary>
    /// Where every factory's clock starts unless a test says otherwise: a fixed instant, never the real
    /// date, so no result depends on the day the suite runs. Tests move it forward from here.
    /// </summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;
    private readonly TaskCompletionSource<TestServer> _testServer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SellerAppFactory(IDictionary<string, string?>? settings = null, bool withOwner = true, DateTimeOffset? startUtc = null)
    {
        Clock = new ManualTimeProvider(startUtc ?? DefaultStart);
        DataDirectory = Directory.CreateTempSubdirectory("sellerconsole-test-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["Data:Directory"] = DataDirectory,
            ["Jobs:Enabled"] = "false",
            ["Api:BootstrapToken"] = BootstrapToken,
            ["Owner:Email"] = withOwner ? OwnerEmail : "",
            ["Owner:Password"] = withOwner ? OwnerPassword : "",
        };
        // Inside TestDatabase.OnPostgresAsync the app runs on its own PostgreSQL database (a test's own setting wins).
        PostgresConnectionString = TestDatabase.NewConnectionStringOrNull();
        if (PostgresConnectionString is not null)
        {
            _settings["ConnectionStrings:Seller"] = PostgresConnectionString;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The app's PostgreSQL database, or null when it runs on a SQLite file in <see cref="DataDirectory"/>.</summary>
    public string? PostgresConnectionString { get; }

    public string DataDirectory { get; }

    public ManualTimeProvider Clock { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            // The marketplace client calls the Sandbox inside this same in-memory app.
            services.AddHttpClient(SellerConsole.Marketplace.MarketplaceConnection.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new TestServerHandler(_testServer.Task));
        });
    }

    /// <summary>
    /// Hands out the test server once the host has started. Reading <see cref="WebApplicationFactory{T}.Server"/>
    /// while the host is still starting (a job started at start-up calling the Sandbox) would build a second host.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        _testServer.TrySetResult((TestServer)host.Services.GetRequiredService<IServer>());
        return host;
    }

    private sealed class TestServerHandler(Task<TestServer> server) : HttpMessageHandler
    {
        private HttpMessageInvoker? _inner;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _inner ??= new HttpMessageInvoker((await server.WaitAsync(cancellationToken)).CreateHandler());
            return await _inner.SendAsync(request, cancellationToken);
        }
    }

    public HttpClient CreateAnonymousClient(bool https = false) => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
    });

    /// <summary>
    /// Calls the built-in Sandbox's SP-API, LWA, Keepa and document endpoints as the app's own clients do:
    /// with this process's Sandbox caller key (anyone else is refused).
    /// </summary>
    public HttpClient CreateSandboxCallerClient()
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(SellerConsole.Marketplace.Sandbox.Http.SandboxCaller.Header,
            Service<SellerConsole.Marketplace.Sandbox.Http.SandboxCaller>().Key);
        return client;
    }

    public async Task<HttpClient> CreateSignedInClientAsync()
    {
        var client = CreateAnonymousClient();
        var response = await client.SignInAsync(OwnerEmail, OwnerPassword);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        // As a browser does on every fetch that changes data: the cookie alone is not enough for those.
        client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return client;
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (PostgresConnectionString is not null)
            {
                TestDatabase.Release(PostgresConnectionString);
            }
            try { Directory.Delete(DataDirectory, recursive: true); }
            catch (IOException) { }
        }
    }
}

/// <summary>One app shared by a test class (xunit fixtures need a single parameterless constructor).</summary>
public sealed class SharedAppFactory : SellerAppFactory
{
}
