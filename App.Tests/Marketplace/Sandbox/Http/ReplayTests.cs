using SellerConsole.Marketplace.Sandbox.Http;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

/// <summary>Our price changes survive a restart: the replay log rebuilds the same world.</summary>
public sealed class ReplayTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("sellerconsole-sandbox-replay-").FullName;
    private static readonly Dictionary<string, string?> NoDrops = new() { ["Sandbox:SilentDropRate"] = "0" };

    [Fact]
    public async Task A_price_set_before_a_restart_is_still_in_effect_after_it_and_the_world_is_the_same()
    {
        string sku, pendingSku;
        decimal price, pendingPrice;
        string digest;
        var later = SandboxApp.Start.AddMinutes(75);
        using (var app = new SandboxApp(NoDrops, _data))
        {
            var client = await app.ClientAsync();
            var sim = (await app.WorldAsync()).Simulation;
            (sku, pendingSku) = (sim.Catalogue[0].Sku, sim.Catalogue[1].Sku);
            price = sim.GetListingBySku(sku)!.Price + 0.50m;
            await PatchAsync(client, sim, sku, price);
            app.Advance(TimeSpan.FromMinutes(30));
            pendingPrice = sim.GetListingBySku(pendingSku)!.Price - 0.25m;
            await PatchAsync(client, sim, pendingSku, pendingPrice);
            Assert.Equal(2, (await app.WorldAsync()).PendingChanges); // the price, and the minimum a replace without one clears

            // The same app, left running to the later time, is what the restarted one must match.
            app.Clock.SetUtcNow(later);
            digest = (await app.WorldAsync()).Simulation.ComputeDigest();
        }

        using var restarted = new SandboxApp(NoDrops, _data);
        restarted.Clock.SetUtcNow(later);
        var replayed = (await restarted.WorldAsync()).Simulation;

        Assert.Equal(price, replayed.GetListingBySku(sku)!.Price);
        Assert.Equal(pendingPrice, replayed.GetListingBySku(pendingSku)!.Price);
        Assert.Equal(digest, replayed.ComputeDigest());
        var item = await (await restarted.ClientAsync()).GetAsync(
            $"/listings/2021-08-01/items/{replayed.OurSellerId}/{sku}?marketplaceIds={SandboxClient.Uk}&includedData=attributes");
        Assert.Equal(price, ListingsTests.OurPrice(item));
    }

    [Fact]
    public async Task A_different_seed_starts_a_fresh_world_and_log()
    {
        string sku;
        decimal original, patched;
        using (var app = new SandboxApp(NoDrops, _data))
        {
            var sim = (await app.WorldAsync()).Simulation;
            sku = sim.Catalogue[0].Sku;
            original = sim.GetListingBySku(sku)!.Price;
            patched = original + 3m;
            await PatchAsync(await app.ClientAsync(), sim, sku, patched);
            app.Advance(TimeSpan.FromMinutes(30));
            Assert.Equal(patched, (await app.WorldAsync()).Simulation.GetListingBySku(sku)!.Price);
        }

        using var other = new SandboxApp(new Dictionary<string, string?> { ["Sandbox:SilentDropRate"] = "0", ["Sandbox:Seed"] = "7" }, _data);
        other.Clock.SetUtcNow(SandboxApp.Start.AddMinutes(30));
        await other.WorldAsync();

        var log = other.Service<SandboxMarket>().Log;
        var entries = log.Read();
        Assert.Equal(ReplayEntry.World, Assert.Single(entries).Kind);
        Assert.Equal(7, entries[0].Seed);
        Assert.True(File.Exists(log.Path + ".previous"));
    }

    [Fact]
    public async Task Resetting_the_world_forgets_our_changes_and_starts_a_fresh_log()
    {
        using var app = new SandboxApp(NoDrops, _data);
        var sim = (await app.WorldAsync()).Simulation;
        var sku = sim.Catalogue[0].Sku;
        var original = sim.GetListingBySku(sku)!.Price;
        await PatchAsync(await app.ClientAsync(), sim, sku, original + 1m);
        app.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(original + 1m, (await app.WorldAsync()).Simulation.GetListingBySku(sku)!.Price);

        var market = app.Service<SandboxMarket>();
        var fresh = await market.ResetAsync();

        Assert.NotSame(sim, fresh.Simulation);
        Assert.Equal(ReplayEntry.World, Assert.Single(market.Log.Read()).Kind);
        Assert.NotEqual(original + 1m, (await app.WorldAsync()).Simulation.GetListingBySku(sku)!.Price);
        Assert.Equal(SandboxState.Ready, market.Status.State);
    }

    private static async Task PatchAsync(SandboxClient client, SellerConsole.Marketplace.Sandbox.Simulation.MarketSimulation sim, string sku, decimal price)
    {
        var listing = sim.Catalogue.First(l => l.Sku == sku);
        var receipt = await client.JsonAsync(HttpMethod.Patch, $"/listings/2021-08-01/items/{sim.OurSellerId}/{sku}?marketplaceIds={SandboxClient.Uk}",
            ListingsTests.PricePatch(listing, price, null));
        Assert.Equal("ACCEPTED", receipt.GetProperty("status").GetString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); }
        catch (IOException) { }
    }
}
