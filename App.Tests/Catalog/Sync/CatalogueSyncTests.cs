using SellerConsole.Catalog;
using SellerConsole.Catalog.Sync;
using SellerConsole.Live;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Catalog.Sync;

public sealed class CatalogueSyncTests
{
    [Fact]
    public async Task The_catalogue_sync_brings_in_every_sandbox_listing_with_content_and_issues()
    {
        using var app = new SandboxApp();
        var world = await app.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);

        var result = await ClockPump.RunAsync(app.Clock, () => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));

        var listings = await app.ListingsAsync();
        Assert.Equal(SandboxApp.Listings, listings.Count);
        Assert.Equal(SandboxApp.Listings, result.ItemsProcessed);
        var expected = world.Simulation.Catalogue.ToDictionary(c => c.Sku);
        Assert.All(listings, l =>
        {
            Assert.True(expected.ContainsKey(l.Sku), $"{l.Sku} is not a sandbox SKU");
            Assert.Equal(expected[l.Sku].Asin, l.Asin);
            Assert.False(string.IsNullOrWhiteSpace(l.Title));
            Assert.NotNull(l.DetailsSyncedUtc);
        });
        Assert.Contains(listings, l => l.Bullets is not null && l.MainImageWidth is not null);
        Assert.Contains(listings, l => l.Issues.Count > 0);
        Assert.Equal(expected.Values.Count(c => c.Issues.Count > 0), listings.Count(l => l.Issues.Count > 0));
    }

    [Fact]
    public async Task Running_the_sync_again_over_an_unchanged_market_changes_nothing()
    {
        using var app = new SandboxApp();
        var sync = app.Service<CatalogueSync>();
        await ClockPump.RunAsync(app.Clock, () => sync.RunAsync(null, CancellationToken.None));
        var before = await app.CatalogueDigestAsync();
        var updates = new List<ListingsUpdated>();
        using var subscription = app.Service<LiveFeed>().Subscribe<ListingsUpdated>(u => { lock (updates) { updates.Add(u); } return Task.CompletedTask; });

        var second = await ClockPump.RunAsync(app.Clock, () => sync.RunAsync(null, CancellationToken.None));

        Assert.Equal(before, await app.CatalogueDigestAsync());
        Assert.Contains("0 new, 0 changed", second.Summary);
        await Task.Delay(100);
        lock (updates) { Assert.Empty(updates); }
    }
}
