using System.IO.Compression;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

/// <summary>Same seed, same clock: byte-identical answers; another seed: another world.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task The_same_seed_gives_the_same_responses_and_another_seed_does_not()
    {
        using var first = new SandboxApp();
        using var second = new SandboxApp();
        using var other = new SandboxApp(new Dictionary<string, string?> { ["Sandbox:Seed"] = "99" });

        var a = await ResponsesAsync(first);
        var b = await ResponsesAsync(second);
        var c = await ResponsesAsync(other);

        Assert.Equal(a.Count, b.Count);
        foreach (var (key, body) in a)
        {
            Assert.True(body == b[key], $"{key} differs between two apps with the same seed");
        }
        Assert.NotEqual(a["listing"], c["listing"]);
        Assert.NotEqual(a["keepa"], c["keepa"]);
    }

    private static async Task<Dictionary<string, string>> ResponsesAsync(SandboxApp app)
    {
        var sim = (await app.WorldAsync()).Simulation;
        app.Advance(TimeSpan.FromHours(6));
        var client = await app.ClientAsync();
        var listing = sim.Catalogue[7];
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var responses = new Dictionary<string, string>();
        async Task Get(string key, string path)
        {
            using var response = await client.SendAsync(HttpMethod.Get, path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{key}: {(int)response.StatusCode} {body}");
            responses[key] = body;
        }
        await Get("listing", $"/listings/2021-08-01/items/{sim.OurSellerId}/{listing.Sku}?marketplaceIds={SandboxClient.Uk}" +
            "&includedData=summaries,attributes,issues,offers,fulfillmentAvailability");
        await Get("offers", $"/products/pricing/v0/items/{listing.Asin}/offers?MarketplaceId={SandboxClient.Uk}&ItemCondition=New");
        await Get("orders", $"/orders/2026-01-01/orders?createdAfter={now.AddDays(-7):yyyy-MM-ddTHH:mm:ssZ}&includedData=FULFILLMENT,PROCEEDS,BUYER,PACKAGES&maxResultsPerPage=100");
        await Get("catalog", $"/catalog/2022-04-01/items?marketplaceIds={SandboxClient.Uk}&keywords={Uri.EscapeDataString(listing.Category)}&includedData=summaries,salesRanks,images");
        using var keepa = await client.Http.GetAsync($"/sandbox/keepa/product?key={SellerConsole.Marketplace.Sandbox.Http.SandboxOptions.DefaultKeepaKey}&domain=2&asin={listing.Asin}&stats=30&offers=20");
        using var gzip = new GZipStream(await keepa.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        responses["keepa"] = await new StreamReader(gzip).ReadToEndAsync();
        return responses;
    }
}
