using System.Net;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

public sealed class UsagePlanTests(SharedSandboxApp shared) : IClassFixture<SharedSandboxApp>
{
    private const string QuotaExceeded = """{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource.","details":""}]}""";

    private readonly SandboxApp _app = shared.App;

    [Fact]
    public async Task GetItemOffers_allows_one_call_then_429_until_two_seconds_have_refilled_the_bucket()
    {
        _app.Advance(TimeSpan.FromMinutes(1));
        var client = await _app.ClientAsync();
        var asin = (await _app.WorldAsync()).Simulation.Catalogue[0].Asin;
        var path = $"/products/pricing/v0/items/{asin}/offers?MarketplaceId={SandboxClient.Uk}&ItemCondition=New";

        using (var ok = await client.SendAsync(HttpMethod.Get, path))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("0.5", Assert.Single(ok.Headers.GetValues("x-amzn-RateLimit-Limit")));
            Assert.Single(ok.Headers.GetValues("x-amzn-RequestId"));
        }
        using (var throttled = await client.SendAsync(HttpMethod.Get, path))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
            Assert.Equal(QuotaExceeded, await throttled.Content.ReadAsStringAsync());
            Assert.False(throttled.Headers.Contains("x-amzn-RateLimit-Limit"));
        }
        _app.Advance(TimeSpan.FromMilliseconds(1900));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(HttpMethod.Get, path)).StatusCode);
        _app.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, path)).StatusCode);
    }

    [Fact]
    public async Task GetListingsItem_bursts_ten_calls_and_404s_carry_the_rate_header()
    {
        _app.Advance(TimeSpan.FromMinutes(1));
        var client = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var response = await client.SendAsync(HttpMethod.Get, $"/listings/2021-08-01/items/{sim.OurSellerId}/MISSING-{i}?marketplaceIds={SandboxClient.Uk}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.NotFound) Assert.Equal("5.0", Assert.Single(response.Headers.GetValues("x-amzn-RateLimit-Limit")));
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.NotFound, 10), HttpStatusCode.TooManyRequests], statuses);
        _app.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"/listings/2021-08-01/items/{sim.OurSellerId}/MISSING?marketplaceIds={SandboxClient.Uk}")).StatusCode);
    }

    [Fact]
    public async Task Every_operation_has_the_documented_rate_and_burst()
    {
        var plans = SellerConsole.Marketplace.Sandbox.Http.UsagePlans.All.ToDictionary(p => p.Operation, p => (p.Rate, p.Burst));

        Assert.Equal((5.0, 10), plans["getListingsItem"]);
        Assert.Equal((5.0, 5), plans["patchListingsItem"]);
        Assert.Equal((0.5, 1), plans["getItemOffers"]);
        Assert.Equal((0.1, 1), plans["getItemOffersBatch"]);
        Assert.Equal((0.033, 1), plans["getFeaturedOfferExpectedPriceBatch"]);
        Assert.Equal((1.0, 2), plans["getMyFeesEstimateForSKU"]);
        Assert.Equal((0.0056, 20), plans["searchOrders"]);
        Assert.Equal((0.5, 30), plans["getOrder"]);
        Assert.Equal((0.0167, 15), plans["createReport"]);
        Assert.Equal((2.0, 15), plans["getReport"]);
        Assert.Equal((0.0167, 15), plans["getReportDocument"]);
        Assert.Equal((2.0, 2), plans["searchCatalogItems"]);
        Assert.Equal((2.0, 2), plans["getCatalogItem"]);
        Assert.Equal(13, plans.Count);
        await Task.CompletedTask;
    }
}

public sealed class TimeCompressionTests
{
    [Fact]
    public async Task Time_compression_multiplies_every_rate()
    {
        using var app = new SandboxApp(new Dictionary<string, string?> { ["Sandbox:TimeCompression"] = "60" });
        var client = await app.ClientAsync();
        var asin = (await app.WorldAsync()).Simulation.Catalogue[0].Asin;
        var path = $"/products/pricing/v0/items/{asin}/offers?MarketplaceId={SandboxClient.Uk}&ItemCondition=New";

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, path)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(HttpMethod.Get, path)).StatusCode);
        app.Advance(TimeSpan.FromMilliseconds(34)); // 2 s of quota at 60x
        using var ok = await client.SendAsync(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("0.5", Assert.Single(ok.Headers.GetValues("x-amzn-RateLimit-Limit")));
    }
}
