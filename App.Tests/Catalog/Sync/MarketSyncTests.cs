using SellerConsole.Alerts;
using SellerConsole.Catalog.Sync;
using SellerConsole.Jobs;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Orders;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Catalog.Sync;

public sealed class MarketSyncTests
{
    private static Task SyncAsync(SandboxApp app, Func<Task> sync) => ClockPump.RunAsync(app.Clock, sync);

    [Fact]
    public async Task The_offers_sync_records_every_offer_and_who_holds_the_buy_box()
    {
        using var app = new SandboxApp();
        var world = await app.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);
        await SyncAsync(app, () => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));

        await SyncAsync(app, () => app.Service<OffersSync>().RunAsync(null, CancellationToken.None));

        var listings = await app.ListingsAsync();
        Assert.All(listings, l => Assert.NotNull(l.OffersSyncedUtc));
        foreach (var listing in listings)
        {
            var book = world.Simulation.GetOffers(listing.Asin)!;
            Assert.Equal(book.NewOfferCount, listing.OfferCount);
            Assert.Equal(book.BuyBoxWinner?.IsOurs, listing.BuyBoxIsOurs);
            var winner = listing.Offers.SingleOrDefault(o => o.IsBuyBoxWinner);
            Assert.Equal(winner?.IsOurs, listing.BuyBoxIsOurs);
            Assert.True(listing.Offers.Count(o => o.IsOurs) <= 1);
        }
        Assert.Contains(listings, l => l.BuyBoxIsOurs == true);
        Assert.Contains(listings, l => l.BuyBoxIsOurs == false);
    }

    [Fact]
    public async Task The_orders_sync_is_incremental_and_never_duplicates_an_order()
    {
        using var app = new SandboxApp();
        var orders = app.Service<OrdersSync>();
        await SyncAsync(app, () => orders.RunAsync(null, CancellationToken.None));
        var first = await app.CountAsync(db => db.Orders);
        Assert.True(first > 0, "a 30-day window of a 40-listing shop has orders");

        await SyncAsync(app, () => orders.RunAsync(null, CancellationToken.None));
        Assert.Equal(first, await app.CountAsync(db => db.Orders));

        app.Clock.Advance(TimeSpan.FromDays(2));
        await SyncAsync(app, () => orders.RunAsync(null, CancellationToken.None));

        var after = await app.CountAsync(db => db.Orders);
        Assert.True(after > first, $"two more days should bring orders ({first} -> {after})");
        Assert.Equal(after, await app.CountAsync(db => db.Orders.Select(o => o.AmazonOrderId).Distinct()));
        Assert.Equal(0, await app.CountAsync(db => db.Orders.Where(o => o.Status == "Pending" && o.PurchasedUtc < app.Clock.GetUtcNow().UtcDateTime.AddDays(-1.5))));
    }

    [Fact]
    public async Task A_failing_sync_keeps_the_last_good_data_and_three_failures_raise_one_alert()
    {
        using var app = new SandboxApp(new Dictionary<string, string?> { ["SpApi:MaxRetries"] = "2" });
        var runner = app.Service<JobRunner>();
        var job = JobSchedules.Find("catalogue-sync")!;
        Assert.Equal(JobOutcome.Succeeded, await ClockPump.RunAsync(app.Clock, () => runner.RunAsync(job, "manual", CancellationToken.None)));
        var good = await app.CatalogueDigestAsync();

        var now = app.Clock.GetUtcNow().UtcDateTime;
        app.Service<SandboxFaults>().SetOutage(now, now.AddDays(1));
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(JobOutcome.Failed, await ClockPump.RunAsync(app.Clock, () => runner.RunAsync(job, "manual", CancellationToken.None), TimeSpan.FromSeconds(2)));
        }

        Assert.Equal(good, await app.CatalogueDigestAsync());
        var state = await app.Service<SyncTracker>().GetAsync(CatalogueSync.Name, CancellationToken.None);
        Assert.Equal(3, state.ConsecutiveFailures);
        Assert.NotNull(state.LastError);
        Assert.Equal(1, await app.Service<AlertService>().UnreadCountAsync(CancellationToken.None));

        // The circuit breaker fails fast for its break time after an outage; the next scheduled run comes later anyway.
        app.Service<SandboxFaults>().ClearOutage();
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(JobOutcome.Succeeded, await ClockPump.RunAsync(app.Clock, () => runner.RunAsync(job, "manual", CancellationToken.None)));
        Assert.Equal(0, (await app.Service<SyncTracker>().GetAsync(CatalogueSync.Name, CancellationToken.None)).ConsecutiveFailures);
    }

    [Fact]
    public async Task Errors_429_storms_and_an_expired_token_mid_sync_lose_and_duplicate_nothing()
    {
        using var clean = new SandboxApp();
        await SyncAsync(clean, () => clean.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        var expected = (await clean.ListingsAsync()).Select(l => (l.Sku, l.Title, l.Bullets, l.Issues.Count)).ToList();

        using var app = new SandboxApp();
        var faults = app.Service<SandboxFaults>();
        var status = app.Service<SellerConsole.Catalog.Sync.MarketplaceStatus>();
        // 503s for the first seconds of app time, while the report is asked for (a window on the app clock, not a
        // rate a watcher must switch off in time: the clock runs far faster than real time here); then, once the
        // listing details start, a 10-second 429 storm and expired tokens. (Stacked on one call, storm and errors
        // could outlast any retry budget: the client retries 5 times over about 31 s.)
        var start = app.Clock.GetUtcNow().UtcDateTime;
        faults.SetOutage(start, start.AddSeconds(3));
        faults.StartStorm("createReport", start.AddSeconds(10));
        var midSync = Task.Run(async () =>
        {
            // The quota appears with the first call of its operation.
            while (status.Quotas.SingleOrDefault(q => q.Operation == "getListingsItem")?.LastCallUtc is null)
            {
                await Task.Delay(1);
            }
            var now = app.Clock.GetUtcNow().UtcDateTime;
            faults.StartStorm("getListingsItem", now.AddSeconds(10));
            faults.ExpireAllTokens(now);
        });

        await SyncAsync(app, () => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        await midSync;

        var synced = (await app.ListingsAsync()).Select(l => (l.Sku, l.Title, l.Bullets, l.Issues.Count)).ToList();
        Assert.Equal(expected, synced);
        var quotas = status.Quotas;
        Assert.True(quotas.Single(q => q.Operation == "getListingsItem").ThrottledCount > 0, "the 429 storm was not exercised");
    }
}
