using System.Text.Json;
using SellerConsole.Marketplace.Sandbox.Http;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

/// <summary>Silent drops: ACCEPTED but never applied, for a deterministic fraction of patches, all logged.</summary>
public sealed class PatchFateTests
{
    private const int Patches = 16;

    [Fact]
    public async Task A_deterministic_share_of_accepted_patches_is_silently_dropped_and_logged()
    {
        using var first = new SandboxApp(new Dictionary<string, string?> { ["Sandbox:SilentDropRate"] = "0.5" });
        using var second = new SandboxApp(new Dictionary<string, string?> { ["Sandbox:SilentDropRate"] = "0.5" });

        var fates = await PatchManyAsync(first);
        var again = await PatchManyAsync(second);

        Assert.Equal(fates, again);
        Assert.Contains(fates, f => f.Dropped);
        Assert.Contains(fates, f => !f.Dropped);
        var sim = (await first.WorldAsync()).Simulation;
        var client = await first.ClientAsync();
        foreach (var fate in fates)
        {
            first.Advance(TimeSpan.FromSeconds(1));
            var item = await client.GetAsync($"/listings/2021-08-01/items/{sim.OurSellerId}/{fate.Sku}?marketplaceIds={SandboxClient.Uk}&includedData=attributes");
            Assert.True(fate.Dropped != (ListingsTests.OurPrice(item) == fate.Target), $"{fate.Sku}: dropped={fate.Dropped}, price {ListingsTests.OurPrice(item)}, target {fate.Target}");
        }

        var log = first.Service<SandboxMarket>().Log.Read();
        var logged = log.Where(e => e.Kind == ReplayEntry.Patch).ToList();
        Assert.Equal(fates.Select(f => (f.Sku, f.SubmissionId, f.Dropped)), logged.Select(e => (e.Sku!, e.SubmissionId!, e.Dropped!.Value)));
        Assert.Equal(fates.Count(f => !f.Dropped), log.Count(e => e.Kind == ReplayEntry.Price));
    }

    private sealed record Fate(string Sku, string SubmissionId, decimal Target, bool Dropped);

    private static async Task<List<Fate>> PatchManyAsync(SandboxApp app)
    {
        var client = await app.ClientAsync();
        var world = await app.WorldAsync();
        var sim = world.Simulation;
        var fates = new List<Fate>();
        foreach (var listing in sim.Catalogue.Take(Patches))
        {
            app.Advance(TimeSpan.FromSeconds(1));
            var target = sim.GetListingBySku(listing.Sku)!.Price + 0.37m;
            var receipt = await client.JsonAsync(HttpMethod.Patch,
                $"/listings/2021-08-01/items/{sim.OurSellerId}/{listing.Sku}?marketplaceIds={SandboxClient.Uk}", ListingsTests.PricePatch(listing, target, null));
            Assert.Equal("ACCEPTED", receipt.GetProperty("status").GetString());
            fates.Add(new Fate(listing.Sku, receipt.GetProperty("submissionId").GetString()!, target, false));
        }
        app.Advance(TimeSpan.FromMinutes(3));
        var dropped = app.Service<SandboxMarket>().Log.Read().Where(e => e.Kind == ReplayEntry.Patch && e.Dropped == true).Select(e => e.SubmissionId).ToHashSet();
        return [.. fates.Select(f => f with { Dropped = dropped.Contains(f.SubmissionId) })];
    }
}
