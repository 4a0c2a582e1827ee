using System.Net;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

/// <summary>patchListingsItem bodies the Sandbox refuses: INVALID with issues, or 400 when malformed.</summary>
public sealed class ListingsPatchValidationTests(SharedSandboxAppWithoutDrops shared) : IClassFixture<SharedSandboxAppWithoutDrops>
{
    private readonly SandboxApp _app = shared.App;

    private static string Path(MarketSimulation sim, string sku) =>
        $"/listings/2021-08-01/items/{sim.OurSellerId}/{Uri.EscapeDataString(sku)}?marketplaceIds={SandboxClient.Uk}";

    private static string PricePatch(CatalogListing listing, decimal price, decimal? minimum) => ListingsTests.PricePatch(listing, price, minimum);

    [Theory]
    [InlineData("-1.00")]
    [InlineData("0")]
    [InlineData("12.345")]
    [InlineData("20000")]
    public async Task An_impossible_price_is_invalid_with_an_issue(string price)
    {
        _app.Advance(TimeSpan.FromSeconds(1)); // usage plans refill: patchListingsItem bursts 5
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var listing = sim.Catalogue[4];
        var body = PricePatch(listing, 0m, null).Replace("\"value_with_tax\":0", $"\"value_with_tax\":{price}", StringComparison.Ordinal);

        var response = await client.JsonAsync(HttpMethod.Patch, Path(sim, listing.Sku), body);

        Assert.Equal("INVALID", response.GetProperty("status").GetString());
        var issue = Assert.Single(response.GetProperty("issues").EnumerateArray());
        Assert.Equal("ERROR", issue.GetProperty("severity").GetString());
        Assert.Equal("purchasable_offer", issue.GetProperty("attributeNames")[0].GetString());
    }

    [Fact]
    public async Task A_minimum_above_the_price_and_an_unsupported_attribute_are_invalid_and_malformed_bodies_are_400()
    {
        _app.Advance(TimeSpan.FromSeconds(1)); // usage plans refill: patchListingsItem bursts 5
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var listing = sim.Catalogue[5];

        var minimum = await client.JsonAsync(HttpMethod.Patch, Path(sim, listing.Sku), PricePatch(listing, 5m, minimum: 6m));
        Assert.Equal("INVALID", minimum.GetProperty("status").GetString());
        Assert.Equal("18155", minimum.GetProperty("issues")[0].GetProperty("code").GetString());

        var title = $$"""{"productType":"{{listing.ProductType}}","patches":[{"op":"replace","path":"/attributes/item_name","value":[{"value":"New"}]}]}""";
        Assert.Equal("INVALID", (await client.JsonAsync(HttpMethod.Patch, Path(sim, listing.Sku), title)).GetProperty("status").GetString());

        foreach (var malformed in new[] { "not json", "{}", """{"productType":"X","patches":[]}""", """{"productType":"X","patches":[{"op":"swap","path":"/attributes/a","value":[]}]}""",
            """{"productType":"X","patches":[{"op":"replace","path":"/attributes/purchasable_offer/0/our_price","value":[]}]}""" })
        {
            _app.Advance(TimeSpan.FromSeconds(1));
            var error = await client.JsonAsync(HttpMethod.Patch, Path(sim, listing.Sku), malformed, HttpStatusCode.BadRequest);
            Assert.Equal("InvalidInput", error.GetProperty("errors")[0].GetProperty("code").GetString());
        }
    }
}
