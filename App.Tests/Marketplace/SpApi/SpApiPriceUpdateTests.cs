using System.Text.Json.Nodes;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiPriceUpdateTests
{
    private const string Sku = "FF-SD32";

    private static string Submission(string status, string issues = "[]") =>
        $$"""{"sku":"{{Sku}}","status":"{{status}}","submissionId":"f1dc2914-75dd-11ea-bc55-0242ac130003","issues":{{issues}}}""";

    private static JsonObject PatchBody(SpApiHarness h) =>
        JsonNode.Parse(Assert.Single(h.Handler.Requests, r => r.Method == HttpMethod.Patch).Body)!.AsObject();

    [Fact]
    public async Task The_patch_copies_every_sub_attribute_of_the_offer_and_changes_only_our_price()
    {
        using var h = new SpApiHarness();
        var listing = new ListingJsonBuilder(Sku);
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, listing.Json()))
            .Once(HttpMethod.Patch, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, Submission("ACCEPTED")));

        var result = await h.Client.UpdatePriceAsync(Sku, 22.494m, validateOnly: false);

        Assert.Equal(new PriceUpdateResult(Sku, ListingSubmissionStatus.Accepted, "f1dc2914-75dd-11ea-bc55-0242ac130003", result.Issues), result);
        Assert.Empty(result.Issues);
        var body = PatchBody(h);
        Assert.Equal("SCREWDRIVER", (string?)body["productType"]);
        var patch = Assert.Single(body["patches"]!.AsArray())!;
        Assert.Equal(("replace", "/attributes/purchasable_offer"), ((string?)patch["op"], (string?)patch["path"]));
        var sent = Assert.Single(patch["value"]!.AsArray());
        var expected = listing.UkOffer();
        expected["our_price"]![0]!["schedule"]![0]!["value_with_tax"] = 22.49m;
        Assert.True(JsonNode.DeepEquals(expected, sent), $"sent {sent!.ToJsonString()}");
        var request = h.Handler.To(SpApiHarness.ListingPath(Sku)).Last();
        Assert.Equal((SpApiHarness.Uk, "issues"), (request.Query["marketplaceIds"], request.Query["includedData"]));
        Assert.False(request.Query.ContainsKey("mode"));
        Assert.StartsWith("application/json", request.ContentType);
    }

    [Fact]
    public async Task Validate_only_sends_validation_preview_and_reports_valid()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, new ListingJsonBuilder(Sku).Json()))
            .Once(HttpMethod.Patch, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, Submission("VALID")));

        var result = await h.Client.UpdatePriceAsync(Sku, 23m, validateOnly: true);

        Assert.Equal(ListingSubmissionStatus.Valid, result.Status);
        Assert.Equal("VALIDATION_PREVIEW", h.Handler.To(SpApiHarness.ListingPath(Sku)).Last().Query["mode"]);
    }

    [Fact]
    public async Task An_invalid_submission_returns_amazons_issues()
    {
        using var h = new SpApiHarness();
        const string issues = """[{"code":"90220","message":"'our_price' is below 'minimum_seller_allowed_price'","severity":"ERROR","attributeNames":["purchasable_offer"],"categories":["INVALID_PRICE"]}]""";
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, new ListingJsonBuilder(Sku).Json()))
            .Once(HttpMethod.Patch, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, Submission("INVALID", issues)));

        var result = await h.Client.UpdatePriceAsync(Sku, 12m, validateOnly: false);

        Assert.Equal(ListingSubmissionStatus.Invalid, result.Status);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("90220", "ERROR", "INVALID_PRICE", "purchasable_offer"), (issue.Code, issue.Severity, issue.Categories[0], issue.AttributeNames[0]));
        Assert.Empty(issue.EnforcementActions);
    }

    [Fact]
    public async Task An_offer_without_our_price_gains_one_and_keeps_everything_else()
    {
        using var h = new SpApiHarness();
        var listing = new ListingJsonBuilder(Sku).Price(null);
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, listing.Json()))
            .Once(HttpMethod.Patch, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, Submission("ACCEPTED")));

        await h.Client.UpdatePriceAsync(Sku, 25m, validateOnly: false);

        var sent = PatchBody(h)["patches"]![0]!["value"]![0]!;
        var expected = listing.UkOffer();
        expected["our_price"] = new JsonArray(new JsonObject { ["schedule"] = new JsonArray(new JsonObject { ["value_with_tax"] = 25m }) });
        Assert.True(JsonNode.DeepEquals(expected, sent), $"sent {sent.ToJsonString()}");
    }

    [Fact]
    public async Task Repricing_a_missing_listing_fails_without_a_patch()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Error(404, "NOT_FOUND", "not found"));

        var error = await Assert.ThrowsAsync<SpApiException>(() => h.Client.UpdatePriceAsync(Sku, 20m, validateOnly: false));

        Assert.Equal(404, error.StatusCode);
        Assert.DoesNotContain(h.Handler.Requests, r => r.Method == HttpMethod.Patch);
    }

    [Fact]
    public async Task A_listing_without_a_product_type_is_not_patched_blind()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, new ListingJsonBuilder(Sku).ProductType(null).Json()));

        var error = await Assert.ThrowsAsync<SpApiException>(() => h.Client.UpdatePriceAsync(Sku, 20m, validateOnly: false));

        Assert.Contains("productType", error.Message);
        Assert.DoesNotContain(h.Handler.Requests, r => r.Method == HttpMethod.Patch);
    }
}
