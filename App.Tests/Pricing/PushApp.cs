using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog.Sync;
using SellerConsole.Data;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Pricing.Push;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Pricing;

/// <summary>A small Sandbox shop, synced, whose prices the tests push through the real SP-API client.</summary>
public sealed class PushApp(IDictionary<string, string?>? extra = null) : IDisposable
{
    public SandboxApp App { get; } = new(extra);

    public async Task SyncCatalogueAsync()
    {
        await App.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);
        await ClockPump.RunAsync(App.Clock, () => App.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
    }

    public Task<PushRunResult> RunPusherAsync() =>
        ClockPump.RunAsync(App.Clock, () => App.Service<PricePusher>().RunAsync(CancellationToken.None), TimeSpan.FromMilliseconds(50));

    public Task<PricePush> QueueAsync(string sku, long pence, long? previous = null) =>
        App.Service<PricePushQueue>().EnqueueAsync(new PriceOrder(sku, pence, previous, "owner"), CancellationToken.None);

    public async Task<PricePush> PushAsync(long id)
    {
        await using var db = await App.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.PricePushes.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    public async Task<T> DbAsync<T>(Func<SellerDb, Task<T>> query)
    {
        await using var db = await App.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>The patches the Sandbox received for a SKU (validation previews are not logged).</summary>
    public int PatchesFor(string sku) =>
        App.Service<SandboxMarket>().Log.Read().Count(e => e.Kind == ReplayEntry.Patch && e.Sku == sku);

    public async Task<decimal?> AmazonPriceAsync(string sku) =>
        (await ClockPump.RunAsync(App.Clock, () => App.Service<SellerConsole.Marketplace.MarketplaceConnection>().SpApi.GetListingAsync(sku)))?.OurPrice;

    public void Dispose() => App.Dispose();
}
