using SellerConsole.Marketplace.SpApi;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiListingTests
{
    private const string Sku = "FF-SD32/blue #1";

    [Fact]
    public async Task A_listing_maps_summary_price_stock_issues_and_content()
    {
        using var h = new SpApiHarness();
        var json = new ListingJsonBuilder(Sku)
            .Issue("18155", "The 'minimum price' is greater than the selling price", "ERROR",
                ["INVALID_PRICE"], ["purchasable_offer"], "LISTING_SUPPRESSED", "SEARCH_SUPPRESSED")
            .Json();
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, json));

        var item = await h.Client.GetListingAsync(Sku);

        Assert.NotNull(item);
        Assert.Equal((Sku, "B0CX23V2ZK", "SCREWDRIVER", "new_new"), (item.Sku, item.Asin, item.ProductType, item.Condition));
        Assert.True(item.IsBuyable);
        Assert.True(item.IsDiscoverable);
        Assert.Equal("Magnetic Screwdriver Set, 32 Piece", item.ItemName);
        Assert.Equal(new DateTime(2024, 2, 1, 8, 30, 0, DateTimeKind.Utc), item.CreatedUtc);
        Assert.Equal(new DateTime(2026, 2, 27, 16, 45, 10, DateTimeKind.Utc), item.LastUpdatedUtc);
        Assert.Equal(DateTimeKind.Utc, item.LastUpdatedUtc!.Value.Kind);
        Assert.Equal(new("https://m.media-amazon.com/images/I/61main.jpg", 1200, 1500), item.MainImage);
        Assert.Equal(24.99m, item.OurPrice);
        Assert.Equal(19.50m, item.MinimumSellerAllowedPrice);
        Assert.Equal(37, item.Quantity);
        var issue = Assert.Single(item.Issues);
        Assert.Equal(("18155", "ERROR"), (issue.Code, issue.Severity));
        Assert.Equal(["INVALID_PRICE"], issue.Categories);
        Assert.Equal(["purchasable_offer"], issue.AttributeNames);
        Assert.Equal(["LISTING_SUPPRESSED", "SEARCH_SUPPRESSED"], issue.EnforcementActions);
        var content = item.Content;
        Assert.Equal("Magnetic Screwdriver Set, 32 Piece, Chrome Vanadium", content.Title);
        Assert.Equal("Forgefast", content.Brand);
        Assert.Equal(["32 pieces: 6 screwdrivers and 26 bits", "Magnetic tips hold screws", "Soft-grip handles"], content.BulletPoints);
        Assert.Equal("A complete set for home DIY.", content.Description);
        Assert.Equal("screwdriver set magnetic precision bits", content.SearchTerms);
        Assert.Equal(
            ["https://m.media-amazon.com/images/I/61main.jpg", "https://m.media-amazon.com/images/I/71pt01.jpg", "https://m.media-amazon.com/images/I/71pt02.jpg"],
            content.ImageUrls);
    }

    [Fact]
    public async Task The_request_follows_amazons_wire_format()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, new ListingJsonBuilder(Sku).Json()));

        await h.Client.GetListingAsync(Sku);

        var request = Assert.Single(h.Handler.To("/listings/*"));
        Assert.StartsWith("https://sandbox.test/sp-api/listings/2021-08-01/items/A2SELLER0001/FF-SD32%2Fblue%20%231?", request.Uri.AbsoluteUri);
        Assert.Equal(SpApiHarness.Uk, request.Query["marketplaceIds"]);
        Assert.Equal("summaries,attributes,issues,offers,fulfillmentAvailability", request.Query["includedData"]);
        Assert.Equal("Atza|token-1", request.AccessToken);
        Assert.Equal("application/json", request.Accept);
        Assert.Equal("SellerConsole/1.0 (Language=C#)", request.UserAgent);
        var lwa = Assert.Single(h.Handler.To(SpApiHarness.LwaPath));
        Assert.Null(lwa.AccessToken);
        Assert.StartsWith("application/x-www-form-urlencoded", lwa.ContentType);
        var form = System.Web.HttpUtility.ParseQueryString(lwa.Body);
        Assert.Equal(("refresh_token", SpApiHarness.RefreshToken), (form["grant_type"], form["refresh_token"]));
        Assert.Equal((SpApiHarness.ClientId, SpApiHarness.ClientSecret), (form["client_id"], form["client_secret"]));
    }

    [Fact]
    public async Task An_unknown_sku_is_null_not_an_error()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath("GONE"), _ => StubSpApiHandler.Error(404, "NOT_FOUND", "Requested item 'GONE' not found"));

        Assert.Null(await h.Client.GetListingAsync("GONE"));
    }

    [Fact]
    public async Task Without_attributes_the_price_falls_back_to_the_offers_data_set()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Json(200, new ListingJsonBuilder(Sku).WithoutAttributes().Json()));

        var item = await h.Client.GetListingAsync(Sku);

        Assert.Equal(23.49m, item!.OurPrice);
        Assert.Null(item.MinimumSellerAllowedPrice);
        Assert.Null(item.Content.Brand);
        Assert.Equal("Magnetic Screwdriver Set, 32 Piece", item.Content.Title);
        Assert.Empty(item.Content.ImageUrls);
    }

    [Fact]
    public async Task A_rejected_request_surfaces_amazons_error_code_and_message()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, SpApiHarness.ListingPath(Sku), _ => StubSpApiHandler.Error(400, "InvalidInput", "Invalid marketplaceIds", "A1F83G8C2ARO7X"));

        var error = await Assert.ThrowsAsync<SpApiException>(() => h.Client.GetListingAsync(Sku));

        Assert.Equal(("getListingsItem", 400, "InvalidInput"), (error.Operation, error.StatusCode, error.ErrorCode));
        Assert.Equal("Invalid marketplaceIds (A1F83G8C2ARO7X)", error.ErrorMessage);
        Assert.Contains("getListingsItem answered HTTP 400 InvalidInput", error.Message);
        Assert.False(error.IsTransient);
    }
}
