using System.Globalization;
using System.Net;
using System.Text.Json;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

public sealed class ListingsTests(SharedSandboxAppWithoutDrops shared) : IClassFixture<SharedSandboxAppWithoutDrops>
{
    private readonly SandboxApp _app = shared.App;

    private static string Path(MarketSimulation sim, string sku, string query = "") =>
        $"/listings/2021-08-01/items/{sim.OurSellerId}/{Uri.EscapeDataString(sku)}?marketplaceIds={SandboxClient.Uk}{query}";

    [Fact]
    public async Task GetListingsItem_returns_summaries_attributes_issues_offers_and_availability()
    {
        _app.Advance(TimeSpan.FromSeconds(1)); // usage plans refill: patchListingsItem bursts 5
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var listing = sim.Catalogue.First(l => l.Issues.Any(i => i.Enforcement is not null));
        var snapshot = sim.GetListingBySku(listing.Sku)!;

        var item = await client.GetAsync(Path(sim, listing.Sku, "&includedData=summaries,attributes,issues,offers,fulfillmentAvailability"));

        Assert.Equal(listing.Sku, item.GetProperty("sku").GetString());
        var summary = Assert.Single(item.GetProperty("summaries").EnumerateArray());
        Assert.Equal(SandboxClient.Uk, summary.GetProperty("marketplaceId").GetString());
        Assert.Equal(listing.Asin, summary.GetProperty("asin").GetString());
        Assert.Equal(listing.ProductType, summary.GetProperty("productType").GetString());
        Assert.Equal("new_new", summary.GetProperty("conditionType").GetString());
        Assert.Equal(listing.Content.Title, summary.GetProperty("itemName").GetString());
        Assert.True(summary.GetProperty("mainImage").GetProperty("width").GetInt32() > 0);

        var attributes = item.GetProperty("attributes");
        var offer = Assert.Single(attributes.GetProperty("purchasable_offer").EnumerateArray());
        Assert.Equal(SandboxClient.Uk, offer.GetProperty("marketplace_id").GetString());
        Assert.Equal("GBP", offer.GetProperty("currency").GetString());
        Assert.Equal("ALL", offer.GetProperty("audience").GetString());
        Assert.Equal(snapshot.Price, OurPrice(item));
        Assert.True(offer.GetProperty("minimum_seller_allowed_price")[0].GetProperty("schedule")[0].GetProperty("value_with_tax").GetDecimal() > 0);
        Assert.Equal(listing.Content.Bullets, attributes.GetProperty("bullet_point").EnumerateArray().Select(b => b.GetProperty("value").GetString()));
        Assert.Equal(listing.Content.Title, attributes.GetProperty("item_name")[0].GetProperty("value").GetString());
        Assert.Equal(listing.Brand, attributes.GetProperty("brand")[0].GetProperty("value").GetString());
        Assert.Equal(listing.Content.Description, attributes.GetProperty("product_description")[0].GetProperty("value").GetString());
        Assert.Equal(listing.Content.SearchTerms, attributes.GetProperty("generic_keyword")[0].GetProperty("value").GetString());
        Assert.Equal(listing.Content.Images[0].Url, attributes.GetProperty("main_product_image_locator")[0].GetProperty("media_location").GetString());
        Assert.Equal(listing.Content.Images.Count - 1, attributes.EnumerateObject().Count(a => a.Name.StartsWith("other_product_image_locator_", StringComparison.Ordinal)));

        var issue = item.GetProperty("issues").EnumerateArray().First(i => i.TryGetProperty("enforcements", out _));
        var expected = listing.Issues.First(i => i.Enforcement is not null);
        Assert.Equal(expected.Code, issue.GetProperty("code").GetString());
        Assert.Equal(expected.Enforcement, issue.GetProperty("enforcements").GetProperty("actions")[0].GetProperty("action").GetString());
        Assert.Equal("NOT_EXEMPT", issue.GetProperty("enforcements").GetProperty("exemption").GetProperty("status").GetString());

        var listed = Assert.Single(item.GetProperty("offers").EnumerateArray());
        Assert.Equal("B2C", listed.GetProperty("offerType").GetString());
        Assert.Equal(snapshot.Price.ToString("0.00", CultureInfo.InvariantCulture), listed.GetProperty("price").GetProperty("amount").GetString());
        Assert.Equal("DEFAULT", item.GetProperty("fulfillmentAvailability")[0].GetProperty("fulfillmentChannelCode").GetString());
        Assert.Equal(snapshot.Stock, item.GetProperty("fulfillmentAvailability")[0].GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task Summaries_are_the_default_dataset_and_unknown_skus_are_404()
    {
        _app.Advance(TimeSpan.FromSeconds(1)); // usage plans refill: patchListingsItem bursts 5
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;

        var item = await client.GetAsync(Path(sim, sim.Catalogue[1].Sku));
        Assert.True(item.TryGetProperty("summaries", out _));
        Assert.False(item.TryGetProperty("attributes", out _));

        var missing = await client.GetAsync(Path(sim, "NO-SUCH-SKU"), HttpStatusCode.NotFound);
        Assert.Equal("NOT_FOUND", missing.GetProperty("errors")[0].GetProperty("code").GetString());
        await client.GetAsync($"/listings/2021-08-01/items/{sim.OurSellerId}/{sim.Catalogue[1].Sku}", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_price_patch_takes_effect_after_the_apply_delay()
    {
        _app.Advance(TimeSpan.FromSeconds(1)); // usage plans refill: patchListingsItem bursts 5
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var listing = sim.Catalogue[2];
        var before = sim.GetListingBySku(listing.Sku)!.Price;
        var target = before + 1.11m;

        var receipt = await client.JsonAsync(HttpMethod.Patch, Path(sim, listing.Sku), PricePatch(listing, target, minimum: 1.00m));
        Assert.Equal("ACCEPTED", receipt.GetProperty("status").GetString());
        Assert.Equal(listing.Sku, receipt.GetProperty("sku").GetString());
        Assert.Equal(32, receipt.GetProperty("submissionId").GetString()!.Length);
        Assert.Empty(receipt.GetProperty("issues").EnumerateArray());

        _app.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(before, OurPrice(await client.GetAsync(Path(sim, listing.Sku, "&includedData=attributes"))));
        _app.Advance(TimeSpan.FromSeconds(1));
        var after = await client.GetAsync(Path(sim, listing.Sku, "&includedData=attributes"));
        Assert.Equal(target, OurPrice(after));
        Assert.Equal(1.00m, after.GetProperty("attributes").GetProperty("purchasable_offer")[0]
            .GetProperty("minimum_seller_allowed_price")[0].GetProperty("schedule")[0].GetProperty("value_with_tax").GetDecimal());

        _app.Advance(TimeSpan.FromMinutes(30));
        await client.GetAsync(Path(sim, listing.Sku));
        Assert.Equal(target, sim.GetListingBySku(listing.Sku)!.Price);
    }

    [Fact]
    public async Task Validation_preview_checks_a_patch_and_changes_nothing()
    {
        _app.Advance(TimeSpan.FromSeconds(1)); // usage plans refill: patchListingsItem bursts 5
        var client = await _app.ClientAsync();
        var world = await _app.WorldAsync();
        var listing = world.Simulation.Catalogue[3];
        var before = world.Simulation.GetListingBySku(listing.Sku)!.Price;

        var valid = await client.JsonAsync(HttpMethod.Patch, Path(world.Simulation, listing.Sku, "&mode=VALIDATION_PREVIEW&includedData=identifiers,issues"),
            PricePatch(listing, before + 2m, minimum: null));
        Assert.Equal("VALID", valid.GetProperty("status").GetString());
        Assert.Equal(listing.Asin, valid.GetProperty("identifiers")[0].GetProperty("asin").GetString());

        _app.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(0, world.PendingChanges);
        Assert.Equal(before, OurPrice(await client.GetAsync(Path(world.Simulation, listing.Sku, "&includedData=attributes"))));
    }

    [Fact]
    public async Task A_quantity_patch_sets_our_stock()
    {
        _app.Advance(TimeSpan.FromSeconds(1)); // usage plans refill: patchListingsItem bursts 5
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var listing = sim.Catalogue[6];
        var body = $$"""{"productType":"{{listing.ProductType}}","patches":[{"op":"replace","path":"/attributes/fulfillment_availability","value":[{"fulfillment_channel_code":"DEFAULT","quantity":77}]}]}""";

        Assert.Equal("ACCEPTED", (await client.JsonAsync(HttpMethod.Patch, Path(sim, listing.Sku), body)).GetProperty("status").GetString());
        _app.Advance(TimeSpan.FromMinutes(2));

        var item = await client.GetAsync(Path(sim, listing.Sku, "&includedData=fulfillmentAvailability"));
        Assert.Equal(77, item.GetProperty("fulfillmentAvailability")[0].GetProperty("quantity").GetInt32());
    }

    public static string PricePatch(CatalogListing listing, decimal price, decimal? minimum)
    {
        var offer = new Dictionary<string, object>
        {
            ["marketplace_id"] = SandboxClient.Uk,
            ["currency"] = "GBP",
            ["audience"] = "ALL",
            ["our_price"] = new[] { new { schedule = new[] { new { value_with_tax = price } } } },
        };
        if (minimum is { } min) offer["minimum_seller_allowed_price"] = new[] { new { schedule = new[] { new { value_with_tax = min } } } };
        return JsonSerializer.Serialize(new
        {
            productType = listing.ProductType,
            patches = new[] { new { op = "replace", path = "/attributes/purchasable_offer", value = new[] { offer } } },
        });
    }

    public static decimal OurPrice(JsonElement item) =>
        item.GetProperty("attributes").GetProperty("purchasable_offer")[0].GetProperty("our_price")[0]
            .GetProperty("schedule")[0].GetProperty("value_with_tax").GetDecimal();
}
