using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiCatalogSearchTests
{
    private const string Path = "/catalog/2022-04-01/items";

    private const string Item = """
        {"asin":"ASIN",
         "attributes":{"bullet_point":[{"value":"First","marketplace_id":"A1F83G8C2ARO7P"},{"value":"Second","marketplace_id":"A1F83G8C2ARO7P"}],
                       "product_description":[{"value":"About it","marketplace_id":"A1F83G8C2ARO7P"}]},
         "summaries":[{"marketplaceId":"A1F83G8C2ARO7P","itemName":"Item ASIN","brand":"Peerco",
                       "browseClassification":{"displayName":"Screws","classificationId":"1939164031"}}],
         "salesRanks":[{"marketplaceId":"A1F83G8C2ARO7P","classificationRanks":[{"classificationId":"1939164031","title":"Screws","rank":7}],
                        "displayGroupRanks":[{"websiteDisplayGroup":"diy_display_on_website","title":"DIY & Tools","rank":900}]}],
         "images":[{"marketplaceId":"A1F83G8C2ARO7P","images":[{"variant":"MAIN","link":"https://x/m.jpg","height":1500,"width":1500}]}]}
        """;

    private static string Page(string? nextToken, params string[] asins) =>
        "{\"numberOfResults\": 41, \"pagination\": " + (nextToken is null ? "{}" : "{\"nextToken\":\"" + nextToken + "\"}") +
        ", \"items\": [" + string.Join(",", asins.Select(a => Item.Replace("ASIN", a, StringComparison.Ordinal))) + "]}";

    [Fact]
    public async Task A_keyword_search_in_a_browse_node_maps_content_ranks_and_the_next_page_token()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, Path, _ => StubSpApiHandler.Json(200, Page("tok2", "B0PEER0001", "B0PEER0002")));

        var page = await h.Client.SearchCatalogItemsAsync(["Screws"], ["1939164031"], pageToken: "tok1");

        Assert.Equal((41, "tok2"), (page.NumberOfResults, page.NextToken));
        Assert.Equal(["B0PEER0001", "B0PEER0002"], page.Items.Select(i => i.Asin));
        var item = page.Items[0];
        Assert.Equal(("Item B0PEER0001", "Peerco", new CatalogClassification("1939164031", "Screws")), (item.Title, item.Brand, item.BrowseClassification));
        Assert.Equal(["First", "Second"], item.Bullets);
        Assert.Equal(("About it", 7), (item.Description, item.BestSalesRank));
        var query = Assert.Single(h.Handler.To(Path)).Query;
        Assert.Equal((SpApiHarness.Uk, "Screws", "1939164031", SpApiClient.CatalogContentData, "20", "tok1"),
            (query["marketplaceIds"], query["keywords"], query["classificationIds"], query["includedData"], query["pageSize"], query["pageToken"]));
    }

    [Fact]
    public async Task A_search_by_asins_sends_them_as_identifiers_and_the_last_page_has_no_token()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Get, Path, _ => StubSpApiHandler.Json(200, Page(null, "B0OURS0001")));

        var items = await h.Client.SearchCatalogItemsByAsinAsync(["B0OURS0001", "B0OURS0002"], "summaries,classifications");

        Assert.Equal(["B0OURS0001"], items.Select(i => i.Asin));
        var query = Assert.Single(h.Handler.To(Path)).Query;
        Assert.Equal(("B0OURS0001,B0OURS0002", "ASIN", "summaries,classifications"), (query["identifiers"], query["identifiersType"], query["includedData"]));
        Assert.False(query.ContainsKey("keywords"));
    }

    [Fact]
    public async Task More_than_twenty_asins_or_keywords_are_refused_before_any_call()
    {
        using var h = new SpApiHarness();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.SearchCatalogItemsByAsinAsync([.. Enumerable.Range(0, 21).Select(i => $"B0{i:D8}")]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.SearchCatalogItemsAsync([]));
        Assert.Empty(h.Handler.To(Path));
    }

    [Fact]
    public void Search_has_its_documented_usage_plan()
    {
        using var h = new SpApiHarness();

        var quota = Assert.Single(h.Client.GetQuotas(), q => q.Operation == "searchCatalogItems");

        Assert.Equal((2.0, 2), (quota.Rate, quota.Burst));
    }
}
