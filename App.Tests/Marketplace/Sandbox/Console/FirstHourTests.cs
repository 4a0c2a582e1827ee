using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SellerConsole.Catalog.Sync;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Tests.Support;
using Xunit.Abstractions;

namespace SellerConsole.Tests.Marketplace.Sandbox.Console;

/// <summary>
/// Issue 10 item 10: on the default Sandbox (150 listings, the default seed) a new seller's first hour was
/// quiet: no alert, and "No competitive change detected yet" after three offers syncs. Now the console,
/// through its real syncs, change detector and alerts, must show within the first hour what it is for.
/// </summary>
public sealed class FirstHourTests(ITestOutputHelper output)
{
    private static readonly TimeSpan SyncEvery = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task Within_the_first_hour_the_console_shows_rivals_undercutting_a_new_seller_and_a_stock_out_and_alerts()
    {
        using var app = new DefaultSandboxApp();
        var options = app.Service<Microsoft.Extensions.Options.IOptions<SandboxOptions>>().Value;
        Assert.Equal((20261122, 150), (options.Seed, options.Listings));

        // The first-start chain, as a fresh install runs it (catalogue, offers, fees, orders, Keepa, peers).
        var chain = JobSchedules.Chain(JobSchedules.All.Where(j => j.RunOnFirstStart), withFollowers: true);
        await ClockPump.RunAsync(app.Clock, () => app.Service<JobChains>().StartAsync(chain, "first start"), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(4));
        var runs = await app.Service<JobsOverview>().RecentRunsAsync(20, null, CancellationToken.None);
        Assert.Contains(runs, r => r.JobName == "offers-sync" && r.Outcome == JobOutcome.Succeeded);

        // The chain ran for a while of app time after its offers sync: the next scheduled sync is the hour's baseline,
        // then four more, a quarter hour apart, as the schedule runs them.
        await OffersSyncAtNextQuarterAsync(app);
        var start = app.Clock.GetUtcNow().UtcDateTime;
        for (var sync = 0; sync < 4; sync++) await OffersSyncAtNextQuarterAsync(app);
        Assert.True(app.Clock.GetUtcNow().UtcDateTime - start < TimeSpan.FromHours(1.1), "the syncs ran past the hour");

        var changes = await ChangesAsync(app, start.AddSeconds(1));
        foreach (var change in changes) output.WriteLine($"{change.DetectedUtc:HH:mm} {change.Kind}: {change.Title}");
        var kinds = changes.Select(c => c.Kind).ToHashSet();
        Assert.Contains(ChangeKind.CompetitorBelowUs, kinds);
        Assert.Contains(ChangeKind.NewSeller, kinds);
        Assert.Contains(ChangeKind.CompetitorOutOfStock, kinds);
        Assert.True(changes.Count(c => c.Kind == ChangeKind.CompetitorBelowUs) >= 2, "several rival price moves, not one");

        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        var alerts = await db.Alerts.AsNoTracking().Where(a => a.Kind == "competitor.detected" && a.CreatedUtc > start).ToListAsync();
        Assert.NotEmpty(alerts);
        output.WriteLine($"{changes.Count} changes and {alerts.Count} alerts in the first hour");

        // The Competition page lists them instead of saying nothing happened.
        var page = await (await app.CreateSignedInClientAsync()).GetStringAsync("/competition");
        Assert.DoesNotContain("No competitive change detected yet", page);
    }

    private static async Task OffersSyncAtNextQuarterAsync(SellerAppFactory app)
    {
        app.Clock.SetUtcNow(new DateTime((app.Clock.GetUtcNow().UtcDateTime.Ticks / SyncEvery.Ticks + 1) * SyncEvery.Ticks, DateTimeKind.Utc).AddSeconds(5));
        var result = await ClockPump.RunAsync(app.Clock, () => app.Service<OffersSync>().RunAsync(null, CancellationToken.None), TimeSpan.FromMilliseconds(200));
        Assert.Equal(150, result.ItemsProcessed);
    }

    private static async Task<List<CompetitionChange>> ChangesAsync(SellerAppFactory app, DateTime since)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.CompetitionChanges.AsNoTracking().Where(c => c.DetectedUtc >= since).OrderBy(c => c.Id).ToListAsync();
    }

    /// <summary>The app on the default Sandbox (no seed or size overrides), its Keepa client calling the in-memory Sandbox too.</summary>
    private sealed class DefaultSandboxApp() : SellerAppFactory(new Dictionary<string, string?>
    {
        ["SpApi:ReportPollInterval"] = "00:00:05",
        ["SpApi:RequestTimeout"] = Timeout.InfiniteTimeSpan.ToString(),
        ["Keepa:RequestTimeout"] = Timeout.InfiniteTimeSpan.ToString(),
    })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddHttpClient(KeepaConnection.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler()));
        }
    }
}
