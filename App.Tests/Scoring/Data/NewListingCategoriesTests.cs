using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Catalog.Sync;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Scoring;
using SellerConsole.Scoring.Data;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Scoring.Data;

public sealed class NewListingCategoriesTests
{
    [Fact]
    public async Task After_a_catalogue_sync_new_listings_get_a_category_and_a_score_with_a_peer_benchmark_without_the_nightly_job()
    {
        using var app = new SandboxApp();
        var world = await app.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);

        await ClockPump.RunAsync(app.Clock, () => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        await ScoringApp.SettleAsync(app, app.Clock);

        var listings = await app.ListingsAsync();
        Assert.Equal(SandboxApp.Listings, listings.Count);
        var expected = world.Simulation.Catalogue.ToDictionary(c => c.Sku);
        Assert.All(listings, l => Assert.Equal(expected[l.Sku].Category, l.Category));
        var store = app.Service<ScoringStore>();
        foreach (var listing in listings)
        {
            var view = await store.FindAsync(listing.Sku, CancellationToken.None);
            Assert.NotNull(view);
            Assert.Equal(ScoringSettings.Default.PeerCount, view.Card.Benchmark.PeerCount);
            Assert.Equal(listing.Category, view.Category);
        }
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        Assert.Empty(await db.JobRuns.ToListAsync());
    }

    [Fact]
    public async Task A_burst_of_listing_events_is_one_sequential_lookup_not_one_per_event()
    {
        using var app = new SandboxApp();
        await ClockPump.RunAsync(app.Clock, () => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        var feed = app.Service<LiveFeed>();
        // More events while the first pass is still looking up: each would start its own lookup if passes overlapped.
        for (var i = 0; i < 30; i++)
        {
            feed.Publish(new ListingsUpdated("catalogue", SandboxApp.Listings, []));
        }

        await ScoringApp.SettleAsync(app, app.Clock);

        var listings = await app.ListingsAsync();
        var categories = listings.Select(l => l.Category).Distinct().Count();
        var granted = app.Service<MarketplaceConnection>().SpApi.GetQuota("searchCatalogItems")!.TotalCalls;
        // One pass: 40 ASINs at 20 a call, then at most MaxPages keyword pages per new category.
        Assert.InRange(granted, 2 + categories, 2 + categories * PeerCatalog.MaxPages);
    }

    [Fact]
    public async Task Listings_amazon_does_not_classify_are_not_looked_up_again_on_every_event()
    {
        using var app = new SandboxApp();
        await app.SeedAsync(CatalogSeed.Listing(1, l => l.Asin = "B0NOTKNOWN"));
        var feed = app.Service<LiveFeed>();
        var quota = () => app.Service<MarketplaceConnection>().SpApi.GetQuota("searchCatalogItems")?.TotalCalls ?? 0;

        feed.Publish(new ListingsUpdated("catalogue", 1, ["SKU-00001"]));
        // No clock pump: a pumped clock could run past the retry window (and other app-clock work could ring
        // the bell) while the machine is slow. A fresh quota needs no waiting on the app clock.
        await Eventually.GetAsync(() => Task.FromResult(quota()), n => n == 1, what: "one lookup");
        feed.Publish(new ListingsUpdated("offers", 1, ["SKU-00001"]));
        feed.Publish(new ListingsUpdated("offers", 1, ["SKU-00001"]));
        await Task.Delay(300);
        Assert.Equal(1, quota());

        app.Clock.Advance(NewListingCategories.RetryUnclassifiedAfter);
        feed.Publish(new ListingsUpdated("offers", 1, ["SKU-00001"]));
        await Eventually.GetAsync(() => Task.FromResult(quota()), n => n == 2, what: "a retry");
        Assert.Null((await app.ListingsAsync()).Single().Category);
    }
}
