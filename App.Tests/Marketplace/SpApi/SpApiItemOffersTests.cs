using System.Text.Json.Nodes;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiItemOffersTests
{
    private const string BatchPath = "/batches/products/pricing/v0/itemOffers";

    [Fact]
    public async Task Offers_map_summary_buy_box_lowest_prices_ranks_and_every_offer_field()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Post, BatchPath, r => OffersBatchJson.Answer(r, a => OffersBatchJson.Success(a, OffersBatchJson.Summary(),
            OffersBatchJson.Offer("A3COMPETITOR", 11.99m, 0.50m, buyBox: true),
            OffersBatchJson.Offer(null, 12.75m, 0m, mine: true, minHours: 48, maxHours: 72, feedback: 99.5, feedbackCount: 88),
            OffersBatchJson.Offer("A1FBASELLER", 13.20m, 0m, fba: true, prime: true, minHours: 0, maxHours: 0, country: "DE"))));

        var result = Assert.Single(await h.Client.GetItemOffersBatchAsync(["B0CX23V2ZK"]));

        Assert.Equal(("B0CX23V2ZK", 200, "Success"), (result.Asin, result.StatusCode, result.PayloadStatus));
        Assert.True(result.Succeeded);
        var summary = result.Summary!;
        Assert.Equal(3, summary.TotalOfferCount);
        Assert.Equal(new("New", 12.49m, 11.99m, 0.50m, "A3COMPETITOR"), summary.BuyBox);
        Assert.Equal([new("new", "Merchant", 12.49m, 11.99m, 0.50m), new("new", "Amazon", 13.20m, 13.20m, 0m)], summary.LowestPrices);
        Assert.Equal([new("diy_display_on_website", 1234), new("1939156031", 17)], summary.SalesRankings);
        Assert.Equal((19.99m, 14.10m), (summary.ListPrice, summary.CompetitivePriceThreshold));
        Assert.Equal(3, result.Offers.Count);
        Assert.Equal(new("A3COMPETITOR", false, true, true, false, false, "new", 11.99m, 0.50m, 12.49m, 24, 48, "NOW", 98.0, 1234, "GB"), result.Offers[0]);
        Assert.Equal(new(null, true, false, true, false, false, "new", 12.75m, 0m, 12.75m, 48, 72, "NOW", 99.5, 88, "GB"), result.Offers[1]);
        Assert.Equal(new("A1FBASELLER", false, false, true, true, true, "new", 13.20m, 0m, 13.20m, 0, 0, "NOW", 98.0, 1234, "DE"), result.Offers[2]);
        var sent = JsonNode.Parse(Assert.Single(h.Handler.To(BatchPath)).Body)!["requests"]![0]!;
        Assert.Equal("""{"uri":"/products/pricing/v0/items/B0CX23V2ZK/offers","method":"GET","MarketplaceId":"A1F83G8C2ARO7P","ItemCondition":"New","CustomerType":"Consumer"}""",
            sent.ToJsonString());
    }

    [Fact]
    public async Task A_listing_with_no_buyable_offers_has_an_empty_summary()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Post, BatchPath, r => OffersBatchJson.Answer(r, a => OffersBatchJson.Success(a)));

        var result = Assert.Single(await h.Client.GetItemOffersBatchAsync(["B0EMPTY001"]));

        Assert.Equal("NoBuyableOffers", result.PayloadStatus);
        Assert.Null(result.Summary!.BuyBox);
        Assert.Empty(result.Offers);
    }

    [Fact]
    public async Task More_than_twenty_asins_are_split_into_batches_in_order_without_duplicates()
    {
        using var h = new SpApiHarness();
        h.Handler.Always(HttpMethod.Post, BatchPath, r => OffersBatchJson.Answer(r, a => OffersBatchJson.Success(a)));
        var asins = Enumerable.Range(0, 45).Select(i => $"B0{i:D8}").ToList();

        var results = await h.Drive(h.Client.GetItemOffersBatchAsync([.. asins, asins[3], asins[44]]), TimeSpan.FromSeconds(1));

        Assert.Equal(asins, results.Select(r => r.Asin));
        var batches = h.Handler.To(BatchPath).Select(OffersBatchJson.RequestedAsins).ToList();
        Assert.Equal([20, 20, 5], batches.Select(b => b.Count));
        Assert.Equal(asins, batches.SelectMany(b => b));
        // 0.1 requests/s, burst 1: the second and third batches each waited ten seconds for a token.
        var times = h.Handler.To(BatchPath).Select(r => r.At - SpApiHarness.Start).ToList();
        Assert.Equal(TimeSpan.Zero, times[0]);
        Assert.True(times[1] >= TimeSpan.FromSeconds(10) && times[2] - times[1] >= TimeSpan.FromSeconds(10), string.Join(", ", times));
    }

    [Fact]
    public async Task A_throttled_item_inside_a_batch_is_retried_on_its_own()
    {
        using var h = new SpApiHarness();
        var throttled = true;
        h.Handler.Always(HttpMethod.Post, BatchPath, r => OffersBatchJson.Answer(r, a =>
        {
            if (a == "B0THROTTLE" && throttled)
            {
                throttled = false;
                return OffersBatchJson.Failure(a, 429, "QuotaExceeded", "You exceeded your quota for the requested resource.");
            }
            return OffersBatchJson.Success(a, null, OffersBatchJson.Offer("A3COMPETITOR", 9.99m, 0m));
        }));

        var results = await h.Drive(h.Client.GetItemOffersBatchAsync(["B0FIRST001", "B0THROTTLE", "B0THIRD001"]), TimeSpan.FromSeconds(1));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(["B0FIRST001", "B0THROTTLE", "B0THIRD001"], results.Select(r => r.Asin));
        var batches = h.Handler.To(BatchPath).Select(OffersBatchJson.RequestedAsins).ToList();
        Assert.Equal(2, batches.Count);
        Assert.Equal(["B0THROTTLE"], batches[1]);
        Assert.Equal(1, h.Client.GetQuota("getItemOffersBatch")!.ThrottledCount);
    }

    [Fact]
    public async Task Rejected_items_come_back_with_their_error_and_the_rest_of_the_batch_succeeds()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Post, BatchPath, r => OffersBatchJson.Answer(r, a => a switch
        {
            "B0BADASIN1" => OffersBatchJson.Failure(a, 400, "InvalidInput", "Invalid ASIN B0BADASIN1"),
            "B0GONE0001" => OffersBatchJson.Failure(a, 404, "NotFound", "Item not found"),
            _ => OffersBatchJson.Success(a),
        }));

        var results = await h.Client.GetItemOffersBatchAsync(["B0GOOD0001", "B0BADASIN1", "B0GONE0001"]);

        Assert.True(results[0].Succeeded);
        Assert.Equal((400, "InvalidInput", "Invalid ASIN B0BADASIN1"), (results[1].StatusCode, results[1].ErrorCode, results[1].ErrorMessage));
        Assert.Equal((404, "NotFound"), (results[2].StatusCode, results[2].ErrorCode));
        Assert.False(results[2].Succeeded);
        Assert.Single(h.Handler.To(BatchPath));
    }

    [Fact]
    public async Task An_item_still_throttled_after_every_retry_becomes_an_error_result()
    {
        using var h = new SpApiHarness(o => o.MaxRetries = 2);
        h.Handler.Always(HttpMethod.Post, BatchPath, r => OffersBatchJson.Answer(r, a =>
            a == "B0ALWAYS429" ? OffersBatchJson.Failure(a, 429, "QuotaExceeded", "You exceeded your quota") : OffersBatchJson.Success(a)));

        var results = await h.Drive(h.Client.GetItemOffersBatchAsync(["B0OK000001", "B0ALWAYS429"]), TimeSpan.FromSeconds(1));

        Assert.True(results[0].Succeeded);
        Assert.Equal((429, "QuotaExceeded"), (results[1].StatusCode, results[1].ErrorCode));
        Assert.Equal(3, h.Handler.Count(BatchPath));
    }
}
