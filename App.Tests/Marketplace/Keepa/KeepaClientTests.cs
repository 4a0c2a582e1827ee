using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaClientTests
{
    private static readonly KeepaProductOptions Plain = new() { StatsDays = 90 };

    [Fact]
    public async Task Products_are_fetched_gzipped_for_the_uk_and_the_token_status_is_kept()
    {
        using var h = new KeepaClientHarness();
        h.Handler.Products(tokensLeft: 1180);

        var options = new KeepaProductOptions { StatsDays = 90, Offers = 20 };

        var response = await h.Client.GetProductsAsync(["B0AAAAAAA1", "B0AAAAAAA2"], options, default);

        var (uri, _, acceptEncoding) = h.Handler.Requests.Single();
        Assert.Equal("https://api.keepa.com/product", uri.GetLeftPart(UriPartial.Path));
        Assert.Contains("domain=2", uri.Query);
        Assert.Contains("asin=B0AAAAAAA1,B0AAAAAAA2", uri.Query);
        Assert.Contains("stats=90", uri.Query);
        Assert.Contains("offers=20", uri.Query);
        Assert.Contains("key=" + Uri.EscapeDataString(KeepaClientHarness.Key), uri.AbsoluteUri);
        Assert.Equal("gzip", acceptEncoding);
        Assert.Equal(["B0AAAAAAA1", "B0AAAAAAA2"], response.Products.Select(p => p.Asin));
        Assert.Equal(1180, h.Client.LatestTokenStatus!.TokensLeft);
        Assert.Equal(KeepaClientHarness.Start.UtcDateTime, h.Client.LatestTokenState!.AsOf);
    }

    [Fact]
    public async Task Bodies_the_handler_already_decompressed_are_read_as_they_are()
    {
        using var h = new KeepaClientHarness();
        h.Handler.Products(tokensLeft: 50, gzip: false);

        var response = await h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, default);

        Assert.Equal("B0AAAAAAA1", response.Products.Single().Asin);
    }

    [Fact]
    public async Task More_than_a_hundred_asins_are_split_into_calls_of_a_hundred()
    {
        using var h = new KeepaClientHarness();
        h.Handler.Products(tokensLeft: 5000, refillRate: 100).Products(tokensLeft: 4950, refillRate: 100);
        var asins = KeepaClientHarness.Asins(150);

        var response = await h.Client.GetProductsAsync(asins, Plain, default);

        Assert.Equal([100, 50], h.Handler.Requests.Select(r => StubKeepaHandler.Asins(r.Uri).Length));
        Assert.Equal(asins, response.Products.Select(p => p.Asin));
        Assert.Equal(150, response.Tokens.TokensConsumed);   // summed over both calls
        Assert.Equal(4950, response.Tokens.TokensLeft);      // the latest balance
    }

    [Fact]
    public async Task Batches_shrink_to_what_a_full_bucket_can_pay_for()
    {
        // 1 token/min holds at most 60; offers cost 6 per product, so at most 10 products per call.
        using var h = new KeepaClientHarness();
        h.Handler.Products(tokensLeft: 1000, refillRate: 1).Products(1000, 1).Products(1000, 1).Products(1000, 1);
        var offers = new KeepaProductOptions { Offers = 20 };

        await h.Client.GetProductsAsync(["B0AAAAAAA1"], offers, default);
        await h.Client.GetProductsAsync(KeepaClientHarness.Asins(25), offers, default);

        Assert.Equal([1, 10, 10, 5], h.Handler.Requests.Select(r => StubKeepaHandler.Asins(r.Uri).Length));
    }

    [Fact]
    public async Task A_429_waits_refillIn_plus_100_ms_on_the_clock_and_retries()
    {
        using var h = new KeepaClientHarness();
        h.Handler.Error(System.Net.HttpStatusCode.TooManyRequests, tokensLeft: -3, refillInMs: 5000, "NOT_ENOUGH_TOKEN", "Not enough tokens")
            .Products(tokensLeft: 16);

        var call = h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, default);
        await KeepaClientHarness.Eventually(() => h.Handler.Calls == 1 && h.Clock.PendingTimers == 1, "the refill wait");
        Assert.Equal(-3, h.Client.LatestTokenStatus!.TokensLeft);

        h.Clock.Advance(TimeSpan.FromMilliseconds(5099));
        Assert.Equal(1, h.Handler.Calls);
        h.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var response = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(KeepaClientHarness.Start.AddMilliseconds(5100), h.Handler.Requests[1].At);
        Assert.Equal("B0AAAAAAA1", response.Products.Single().Asin);
        Assert.Equal(16, h.Client.LatestTokenStatus!.TokensLeft);
    }

    [Fact]
    public async Task A_known_short_balance_waits_for_enough_refills_before_calling()
    {
        using var h = new KeepaClientHarness();
        h.Handler.Products(tokensLeft: 3, refillRate: 5, refillInMs: 20_000).Products(tokensLeft: 3, refillRate: 5);
        await h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, default);

        // 10 products need 10 tokens; 3 left, +5 at +20 s (8), +5 at +80 s (13).
        var call = h.Client.GetProductsAsync(KeepaClientHarness.Asins(10), Plain, default);
        await KeepaClientHarness.Eventually(() => h.Clock.PendingTimers == 1, "the refill wait");
        h.Clock.Advance(TimeSpan.FromMilliseconds(79_999));
        Assert.Equal(1, h.Handler.Calls);
        h.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(KeepaClientHarness.Start.AddSeconds(80), h.Handler.Requests[1].At);
    }

    [Fact]
    public async Task Server_errors_back_off_100_then_300_ms_before_succeeding()
    {
        using var h = new KeepaClientHarness();
        h.Handler.Status(System.Net.HttpStatusCode.InternalServerError, "<html>oops</html>")
            .Error(System.Net.HttpStatusCode.ServiceUnavailable, 100, 1000, "INTERNAL_SERVER_ERROR", "busy")
            .Products(tokensLeft: 99);

        var call = h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, default);
        await KeepaClientHarness.Eventually(() => h.Handler.Calls == 1 && h.Clock.PendingTimers == 1, "first backoff");
        h.Clock.Advance(TimeSpan.FromMilliseconds(99));
        Assert.Equal(1, h.Handler.Calls);
        h.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await KeepaClientHarness.Eventually(() => h.Handler.Calls == 2 && h.Clock.PendingTimers == 1, "second backoff");
        h.Clock.Advance(TimeSpan.FromMilliseconds(299));
        Assert.Equal(2, h.Handler.Calls);
        h.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([0, 100, 400], h.Handler.Requests.Select(r => (r.At - KeepaClientHarness.Start).TotalMilliseconds));
    }

    [Fact]
    public async Task A_hung_request_times_out_and_is_retried()
    {
        using var h = new KeepaClientHarness(o => o.RequestTimeout = TimeSpan.FromSeconds(30));
        h.Handler.Hang().Products(tokensLeft: 50);

        var call = h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, default);
        await KeepaClientHarness.Eventually(() => h.Handler.Calls == 1 && h.Clock.PendingTimers == 1, "the request timeout");
        h.Clock.Advance(TimeSpan.FromSeconds(30));
        await KeepaClientHarness.Eventually(() => h.Clock.PendingTimers == 1, "the backoff after the timeout");
        Assert.Equal(1, h.Handler.Calls);
        h.Clock.Advance(TimeSpan.FromMilliseconds(100));
        var response = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(KeepaClientHarness.Start.AddSeconds(30.1), h.Handler.Requests[1].At);
        Assert.Single(response.Products);
    }
}
