using System.Net;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

public sealed class CatalogTests(SharedSandboxApp shared) : IClassFixture<SharedSandboxApp>
{
    private readonly SandboxApp _app = shared.App;

    [Fact]
    public async Task GetCatalogItem_returns_every_requested_dataset_for_our_item()
    {
        _app.Advance(TimeSpan.FromSeconds(5));
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var listing = sim.Catalogue[0];

        var item = await client.GetAsync($"/catalog/2022-04-01/items/{listing.Asin}?marketplaceIds={SandboxClient.Uk}" +
            "&includedData=attributes,classifications,images,salesRanks,summaries,dimensions,identifiers");

        Assert.Equal(listing.Asin, item.GetProperty("asin").GetString());
        var summary = item.GetProperty("summaries")[0];
        Assert.Equal(listing.Content.Title, summary.GetProperty("itemName").GetString());
        Assert.Equal(listing.Brand, summary.GetProperty("brand").GetString());
        Assert.Equal(listing.Category, summary.GetProperty("browseClassification").GetProperty("displayName").GetString());
        Assert.Equal(listing.Content.Bullets.Count, item.GetProperty("attributes").GetProperty("bullet_point").GetArrayLength());
        var images = item.GetProperty("images")[0].GetProperty("images").EnumerateArray().ToList();
        Assert.Equal(listing.Content.Images.Select(i => (i.Variant, i.WidthPx, i.HeightPx)),
            images.Select(i => (i.GetProperty("variant").GetString()!, i.GetProperty("width").GetInt32(), i.GetProperty("height").GetInt32())));
        Assert.Equal(listing.Ean, item.GetProperty("identifiers")[0].GetProperty("identifiers")[0].GetProperty("identifier").GetString());
        Assert.Equal(listing.Category, item.GetProperty("classifications")[0].GetProperty("classifications")[0].GetProperty("displayName").GetString());
        Assert.Equal(listing.WeightGrams / 1000m, item.GetProperty("dimensions")[0].GetProperty("package").GetProperty("weight").GetProperty("value").GetDecimal());
        var rank = sim.GetListingByAsin(listing.Asin)!.SalesRank;
        var ranks = item.GetProperty("salesRanks")[0].GetProperty("displayGroupRanks");
        Assert.Equal(rank, ranks.GetArrayLength() > 0 ? ranks[0].GetProperty("rank").GetInt32() : null);

        Assert.False((await client.GetAsync($"/catalog/2022-04-01/items/{listing.Asin}?marketplaceIds={SandboxClient.Uk}")).TryGetProperty("attributes", out _));
        _app.Advance(TimeSpan.FromSeconds(1));
        await client.GetAsync($"/catalog/2022-04-01/items/B000000000?marketplaceIds={SandboxClient.Uk}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Keyword_searches_find_peer_listings_to_benchmark_against()
    {
        _app.Advance(TimeSpan.FromSeconds(5));
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var category = sim.Catalogue[0].Category;
        var peers = sim.GetPeerListings(category);
        var word = peers[0].Content.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).First(w => w.Length > 4 && w.All(char.IsLetter));

        var page = await client.GetAsync($"/catalog/2022-04-01/items?marketplaceIds={SandboxClient.Uk}&keywords={Uri.EscapeDataString(word)}&includedData=summaries,attributes,salesRanks&pageSize=20");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.True(page.GetProperty("numberOfResults").GetInt32() >= items.Count);
        Assert.Contains(items, i => peers.Any(p => p.Asin == i.GetProperty("asin").GetString()));
        Assert.All(items, i => Assert.Contains(word, string.Join(' ', i.GetProperty("summaries")[0].GetProperty("itemName").GetString(),
            i.GetProperty("summaries")[0].GetProperty("brand").GetString(), i.GetProperty("summaries")[0].GetProperty("browseClassification").GetProperty("displayName").GetString(),
            string.Join(' ', i.GetProperty("attributes").GetProperty("bullet_point").EnumerateArray().Select(b => b.GetProperty("value").GetString()))), StringComparison.OrdinalIgnoreCase));
        Assert.True(page.GetProperty("refinements").GetProperty("brands").GetArrayLength() > 0);
        var peer = items.First(i => peers.Any(p => p.Asin == i.GetProperty("asin").GetString()));
        var expected = peers.First(p => p.Asin == peer.GetProperty("asin").GetString());
        Assert.Equal(expected.Content.Title, peer.GetProperty("summaries")[0].GetProperty("itemName").GetString());
        Assert.Equal(expected.SalesRank, peer.GetProperty("salesRanks")[0].GetProperty("displayGroupRanks")[0].GetProperty("rank").GetInt32());
    }

    [Fact]
    public async Task Identifier_searches_find_items_by_asin_ean_or_our_sku_and_paging_follows_tokens()
    {
        _app.Advance(TimeSpan.FromSeconds(5));
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var (a, b) = (sim.Catalogue[0], sim.Catalogue[1]);

        var byEan = await client.GetAsync($"/catalog/2022-04-01/items?marketplaceIds={SandboxClient.Uk}&identifiersType=EAN&identifiers={a.Ean},{b.Ean},0000000000000");
        Assert.Equal([a.Asin, b.Asin], byEan.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("asin").GetString()));
        _app.Advance(TimeSpan.FromSeconds(1));
        var bySku = await client.GetAsync($"/catalog/2022-04-01/items?marketplaceIds={SandboxClient.Uk}&identifiersType=SKU&sellerId={sim.OurSellerId}&identifiers={Uri.EscapeDataString(a.Sku)}");
        Assert.Equal(a.Asin, bySku.GetProperty("items")[0].GetProperty("asin").GetString());
        _app.Advance(TimeSpan.FromSeconds(1));
        await client.GetAsync($"/catalog/2022-04-01/items?marketplaceIds={SandboxClient.Uk}&identifiersType=SKU&identifiers={a.Sku}", HttpStatusCode.BadRequest);
        _app.Advance(TimeSpan.FromSeconds(1));
        await client.GetAsync($"/catalog/2022-04-01/items?marketplaceIds={SandboxClient.Uk}&identifiersType=ASIN&identifiers={a.Asin}&keywords=screw", HttpStatusCode.BadRequest);

        var all = new List<string>();
        string? token = null;
        do
        {
            _app.Advance(TimeSpan.FromSeconds(1));
            var page = await client.GetAsync($"/catalog/2022-04-01/items?marketplaceIds={SandboxClient.Uk}&keywords={Uri.EscapeDataString(a.Category)}&pageSize=5"
                + (token is null ? "" : $"&pageToken={Uri.EscapeDataString(token)}"));
            all.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("asin").GetString()!));
            token = page.GetProperty("pagination").TryGetProperty("nextToken", out var next) ? next.GetString() : null;
            Assert.True(all.Count <= page.GetProperty("numberOfResults").GetInt32());
        }
        while (token is not null);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Contains(a.Asin, all);
    }
}
