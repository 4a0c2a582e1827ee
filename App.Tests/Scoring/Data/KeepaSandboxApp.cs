using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SellerConsole.Catalog.Sync;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Scoring.Data;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Scoring.Data;

/// <summary>
/// The Sandbox app (same world as <see cref="SandboxApp"/>) whose Keepa client reaches the in-memory Sandbox,
/// or, with <c>keepaDown</c>, gets HTTP 503 from every Keepa call.
/// </summary>
public sealed class KeepaSandboxApp : SellerAppFactory
{
    private readonly bool _keepaDown;

    public KeepaSandboxApp(int keepaRefillPerMinute = 200, bool keepaDown = false) : base(new Dictionary<string, string?>
    {
        ["Sandbox:Seed"] = "4242",
        ["Sandbox:Listings"] = SandboxApp.Listings.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Sandbox:SilentDropRate"] = "0",
        ["Sandbox:KeepaRefillPerMinute"] = keepaRefillPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SpApi:ReportPollInterval"] = "00:00:05",
        ["SpApi:RequestTimeout"] = Timeout.InfiniteTimeSpan.ToString(),
        ["Keepa:RequestTimeout"] = Timeout.InfiniteTimeSpan.ToString(),
        ["Keepa:MaxAttempts"] = "2",
    }, startUtc: SandboxApp.Start)
    {
        _keepaDown = keepaDown;
        _ = CreateAnonymousClient();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddHttpClient(KeepaConnection.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => _keepaDown ? new Unavailable() : Server.CreateHandler()));
    }

    public Task<T> PumpAsync<T>(Func<Task<T>> work) => ClockPump.RunAsync(Clock, work, TimeSpan.FromSeconds(2));

    /// <summary>Catalogue sync, then waits (pumping the clock) until the new-listings worker has categorised every listing.</summary>
    public async Task SyncCatalogueAsync()
    {
        await PumpAsync(() => Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        await ScoringApp.SettleAsync(this, Clock);
    }

    public async Task<List<StoredPeer>> PeersAsync()
    {
        await using var db = await Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.ScoringPeers.AsNoTracking().OrderBy(p => p.Category).ThenBy(p => p.Position).ToListAsync();
    }

    private sealed class Unavailable : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("down") });
    }
}
