using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiQuotaTests
{
    private const string Sku = "FF-SD32";
    private static readonly string Listing = SpApiHarness.ListingPath(Sku);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    private static HttpResponseMessage Ok(StubSpApiHandler.Seen _) => StubSpApiHandler.Json(200, new ListingJsonBuilder(Sku).Json());

    [Fact]
    public async Task A_429_empties_the_bucket_so_other_callers_back_off()
    {
        using var h = new SpApiHarness();
        var seen = new List<QuotaSnapshot>();
        h.Client.QuotaChanged += q => { lock (seen) { seen.Add(q); } };
        h.Handler.Once(HttpMethod.Get, Listing, _ => StubSpApiHandler.Error(429, "QuotaExceeded", "You exceeded your quota for the requested resource.")).Once(HttpMethod.Get, Listing, Ok);

        await h.Drive(h.Client.GetListingAsync(Sku), Step);

        var throttle = Assert.Single(seen, q => q.ThrottledCount == 1 && q.AtUtc == SpApiHarness.Start.UtcDateTime);
        Assert.Equal(0, throttle.TokensAvailable);
        Assert.Equal(("getListingsItem", SpApiSection.Listings, 5.0, 10), (throttle.Operation, throttle.Section, throttle.Rate, throttle.Burst));
    }

    [Fact]
    public async Task Cancelling_a_caller_waiting_for_a_token_cancels_it_and_sends_nothing()
    {
        using var h = new SpApiHarness();
        h.Handler.Always(HttpMethod.Get, "/catalog/2022-04-01/items/*", _ => StubSpApiHandler.Json(200, CatalogJson.Item("B0CX23V2ZK")));
        // Burst 2, one token kept in reserve: after one call the next must wait for a refill.
        await h.Client.GetCatalogItemAsync("B0CX23V2ZK");
        using var cancel = new CancellationTokenSource();

        var waiting = h.Client.GetCatalogItemAsync("B0CX23V2ZK", cancel.Token);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1, h.Handler.Count("/catalog/2022-04-01/items/*"));
    }

    [Fact]
    public async Task Quota_snapshots_report_live_usage_of_the_plan()
    {
        using var h = new SpApiHarness();
        var seen = new List<QuotaSnapshot>();
        h.Client.QuotaChanged += q => seen.Add(q);
        h.Handler.Always(HttpMethod.Get, Listing, Ok);

        for (var i = 0; i < 3; i++)
        {
            await h.Client.GetListingAsync(Sku);
        }

        Assert.Equal([1, 2, 3], seen.Select(q => q.CallsLastMinute));
        var now = h.Client.GetQuota("getListingsItem")!;
        // Nine usable of the burst of ten (one in reserve), three used.
        Assert.Equal((6.0, 3, 100.0 * 3 / 310, false), (now.TokensAvailable, now.CallsLastMinute, now.PercentOfPlanUsedLastMinute, now.Pacing));
        Assert.Equal(SpApiHarness.Start.UtcDateTime, now.LastCallUtc);
        Assert.Equal(12, h.Client.GetQuotas().Count);
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal((9.0, 0), (h.Client.GetQuota("getListingsItem")!.TokensAvailable, h.Client.GetQuota("getListingsItem")!.CallsLastMinute));
    }
}
