using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiFeaturedOfferTests
{
    private const string BatchPath = "/batches/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice";

    [Fact]
    public async Task Expected_price_competing_and_current_featured_offers_map_with_ownership()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Post, BatchPath, r => FeaturedOfferJson.Answer(r, s => s switch
        {
            "SKU-A" => FeaturedOfferJson.Valid(s, 18.49m, "A3COMPETITOR", 18.99m, SpApiHarness.SellerId, 19.25m),
            "SKU-B" => FeaturedOfferJson.NoCompetition(s),
            _ => FeaturedOfferJson.Failure(s, 400, "INVALID_SKU", "The requested SKU does not exist for the seller in the requested Amazon store."),
        }));

        var results = await h.Client.GetFeaturedOfferExpectedPriceBatchAsync(["SKU-A", "SKU-B", "SKU-X"]);

        Assert.Equal(new FeaturedOfferExpectedPrice("SKU-A", 200, null, null, "VALID_FOEP", 18.49m,
            new FeaturedOffer("A3COMPETITOR", false, "New", "AFN", 18.99m, 0m),
            new FeaturedOffer(SpApiHarness.SellerId, true, "New", "MFN", 19.25m, 1.99m)), results[0]);
        Assert.Equal(new FeaturedOfferExpectedPrice("SKU-B", 200, null, null, "NO_COMPETING_OFFER", null, null,
            new FeaturedOffer(SpApiHarness.SellerId, true, "New", "MFN", 14.99m, 0m)), results[1]);
        Assert.Equal((400, "INVALID_SKU", false), (results[2].StatusCode, results[2].ErrorCode, results[2].Succeeded));
        var sent = Assert.Single(h.Handler.To(BatchPath)).Body;
        Assert.Contains("""{"uri":"/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice","method":"GET","marketplaceId":"A1F83G8C2ARO7P","sku":"SKU-A"}""", sent);
    }

    [Fact]
    public async Task Forty_skus_go_in_one_call_and_the_rest_wait_for_the_plan()
    {
        using var h = new SpApiHarness();
        h.Handler.Always(HttpMethod.Post, BatchPath, r => FeaturedOfferJson.Answer(r, FeaturedOfferJson.NoCompetition));
        var skus = Enumerable.Range(0, 85).Select(i => $"SKU-{i:D3}").ToList();

        var results = await h.Drive(h.Client.GetFeaturedOfferExpectedPriceBatchAsync(skus), TimeSpan.FromSeconds(2));

        Assert.Equal(skus, results.Select(r => r.Sku));
        var calls = h.Handler.To(BatchPath);
        Assert.Equal([40, 40, 5], calls.Select(c => FeaturedOfferJson.RequestedSkus(c).Count));
        // 0.033 requests/s: about 30.3 s between calls.
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(30.3), $"{calls[1].At - calls[0].At}");
    }
}
