using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog.Sync;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Orders;

namespace SellerConsole.Tests.Competition;

public sealed class KeepaRefreshTests
{
    private static async Task SyncAllAsync(CompetitionApp app)
    {
        _ = await app.PumpAsync(() => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        _ = await app.PumpAsync(() => app.Service<OrdersSync>().RunAsync(null, CancellationToken.None));
        _ = await app.PumpAsync(() => app.Service<OffersSync>().RunAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task A_refresh_stores_sandbox_history_and_social_proof_and_never_overspends_the_bucket()
    {
        // 2 tokens a minute: a 120-token bucket cannot pay for 40 ASINs with offers, so the planner must choose.
        using var app = new CompetitionApp(new Dictionary<string, string?> { ["Sandbox:KeepaRefillPerMinute"] = "2" });
        await SyncAllAsync(app);
        var bucket = app.Service<KeepaTokenBucket>();

        var result = await app.PumpAsync(() => app.Service<KeepaRefresh>().RunAsync(null, CancellationToken.None));

        var run = app.Service<KeepaStatus>().Snapshot.LastRun!;
        Assert.True(run.Refreshed > 0 && run.Refreshed < ListingCount, result.Summary);
        Assert.True(run.LowestBalanceSeen >= 0, $"the bucket went to {run.LowestBalanceSeen}");
        Assert.True(bucket.Peek().TokensLeft >= 0);
        Assert.Equal(run.Refreshed, result.ItemsProcessed);

        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        var refreshed = await db.KeepaAsinStates.Where(s => s.RefreshedUtc != null).Select(s => s.Asin).ToListAsync();
        Assert.Equal(run.Refreshed, refreshed.Count);
        var listing = await db.Listings.FirstAsync(l => refreshed.Contains(l.Asin));
        Assert.NotNull(listing.RatingTenths);
        Assert.NotNull(listing.ReviewCount);
        Assert.NotNull(listing.SocialProofUpdatedUtc);
        var world = await app.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);
        var truth = world.Simulation.GetHistory(listing.Asin)!;
        Assert.Equal((int)Math.Round(Convert.ToDecimal(truth.Rating[^1].Value) * 10), listing.RatingTenths);

        var history = await app.Service<HistoryStore>().ReadAsync(listing.Asin, HistorySeriesInfo.All, CancellationToken.None);
        Assert.True(history[HistorySeries.SalesRank].Count > 10, "two years of rank changes");
        Assert.True(history[HistorySeries.OurPrice].Count > 1, "our offer's history from Keepa plus the offers sync");
        Assert.Equal(truth.SalesRank[^1].Value, history[HistorySeries.SalesRank][^1].Value);
        Assert.Contains(history[HistorySeries.BuyBoxOurs], p => p.Value is not null);
    }

    private const int ListingCount = 40;

    [Fact]
    public async Task A_keepa_outage_fails_the_run_and_keeps_the_last_good_history()
    {
        using var app = new CompetitionApp(new Dictionary<string, string?> { ["Sandbox:KeepaRefillPerMinute"] = "200" });
        await SyncAllAsync(app);
        var runner = app.Service<JobRunner>();
        var job = JobSchedules.Find("keepa-refresh")!;
        Assert.Equal(JobOutcome.Succeeded, await app.PumpAsync(() => runner.RunAsync(job, "manual", CancellationToken.None)));
        var good = await DigestAsync(app);
        Assert.NotEmpty(good);

        var now = app.Clock.GetUtcNow().UtcDateTime;
        app.Service<SandboxFaults>().SetOutage(now, now.AddDays(1));
        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(JobOutcome.Failed, await app.PumpAsync(() => runner.RunAsync(job, "manual", CancellationToken.None)));

        Assert.Equal(good, await DigestAsync(app));
    }

    private static async Task<string> DigestAsync(CompetitionApp app)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        var blocks = await db.HistoryBlocks.AsNoTracking().OrderBy(b => b.Asin).ThenBy(b => b.Series).ToListAsync();
        var listings = await db.Listings.AsNoTracking().OrderBy(l => l.Sku).Select(l => new { l.Sku, l.RatingTenths, l.ReviewCount }).ToListAsync();
        return string.Join('\n', blocks.Select(b => $"{b.Asin}:{b.Series}:{Convert.ToBase64String(b.Data)}").Concat(listings.Select(l => $"{l.Sku}:{l.RatingTenths}:{l.ReviewCount}")));
    }
}
