using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog.Sync;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Scoring.Data;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Scoring.Data;

public sealed class SandboxPeersTests
{
    [Fact]
    public async Task Categories_and_top_peers_come_from_the_sandbox_catalogue_and_feed_the_benchmark()
    {
        using var app = new SandboxApp();
        var world = await app.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);
        await ClockPump.RunAsync(app.Clock, () => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        await ScoringApp.SettleAsync(app, app.Clock);

        var result = await ClockPump.RunAsync(app.Clock, () => app.Service<PeerRefresh>().RefreshAsync(null, CancellationToken.None));
        await app.Service<ScoringService>().RescoreAsync(null, CancellationToken.None);

        // Every listing has the simulation's category.
        var listings = await app.ListingsAsync();
        var expected = world.Simulation.Catalogue.ToDictionary(c => c.Sku);
        Assert.All(listings, l => Assert.Equal(expected[l.Sku].Category, l.Category));
        // The new-listings worker categorised them after the sync, so the nightly refresh changes none.
        Assert.Equal(0, result.CategoriesChanged);

        // Each category's stored peers are the simulation's top-ranked competitors, best first, none of ours.
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        var stored = await db.ScoringPeers.AsNoTracking().ToListAsync();
        var categories = listings.Select(l => l.Category!).Distinct().ToList();
        Assert.Equal(categories.Count, result.Categories);
        var ours = listings.Select(l => l.Asin).ToHashSet();
        foreach (var category in categories)
        {
            var peers = stored.Where(p => p.Category == category).OrderBy(p => p.Position).ToList();
            var simulated = world.Simulation.GetPeerListings(category).OrderBy(p => p.SalesRank).Take(PeerRefresh.PeersKept).ToList();
            Assert.Equal(simulated.Select(p => (p.Asin, p.SalesRank)), peers.Select(p => (p.Asin, p.SalesRank)));
            Assert.DoesNotContain(peers, p => ours.Contains(p.Asin));
            var top = ScoringJson.Read<SellerConsole.Scoring.ListingContent>(peers[0].ContentJson);
            Assert.Equal(simulated[0].Content.Title, top.Title);
            Assert.Equal(simulated[0].Content.Bullets, top.Bullets!);
            Assert.Equal(simulated[0].Content.Images.Count, top.Images!.Count);
        }

        // The listing card benchmarks against them.
        var view = await app.Service<ScoringStore>().FindAsync(listings[0].Sku, CancellationToken.None);
        Assert.NotNull(view);
        Assert.Equal(SellerConsole.Scoring.ScoringSettings.Default.PeerCount, view.Card.Benchmark.PeerCount);
        Assert.Equal(view.Peers.Take(view.Card.Benchmark.PeerCount).Select(p => p.Asin), view.Card.Benchmark.PeerAsins);
        Assert.NotNull(view.Card.Benchmark.Metric(SellerConsole.Scoring.Benchmark.TitleLength)!.PeerMedian);
    }

    [Fact]
    public async Task The_scoring_peers_job_refreshes_peers_and_scores_every_listing()
    {
        using var app = new SandboxApp();
        await ClockPump.RunAsync(app.Clock, () => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        var job = JobSchedules.Find("scoring-peers")!;

        var outcome = await ClockPump.RunAsync(app.Clock, () => app.Service<JobRunner>().RunAsync(job, "test", CancellationToken.None));

        Assert.Equal(JobOutcome.Succeeded, outcome);
        Assert.True(job.RunOnFirstStart);
        var rows = await app.Service<ScoringStore>().ListAsync(new ScoreFilter(), CancellationToken.None);
        Assert.Equal(SandboxApp.Listings, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.Category));
        Assert.True(await app.CountAsync(db => db.ScoringPeers) > 0);
    }

    [Fact]
    public async Task Refreshing_again_replaces_the_peers_without_duplicates()
    {
        using var app = new SandboxApp();
        await ClockPump.RunAsync(app.Clock, () => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        var refresh = app.Service<PeerRefresh>();

        var first = await ClockPump.RunAsync(app.Clock, () => refresh.RefreshAsync(null, CancellationToken.None));
        var second = await ClockPump.RunAsync(app.Clock, () => refresh.RefreshAsync(null, CancellationToken.None));

        Assert.Equal(0, second.CategoriesChanged);
        Assert.Equal(first.Peers, second.Peers);
        Assert.Equal(first.Peers, await app.CountAsync(db => db.ScoringPeers));
    }
}
