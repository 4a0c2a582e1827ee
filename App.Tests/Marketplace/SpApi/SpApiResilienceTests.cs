using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiResilienceTests
{
    private const string Sku = "FF-SD32";
    private static readonly string Listing = SpApiHarness.ListingPath(Sku);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    private static HttpResponseMessage Ok(StubSpApiHandler.Seen _) => StubSpApiHandler.Json(200, new ListingJsonBuilder(Sku).Json());

    private static HttpResponseMessage Throttled(StubSpApiHandler.Seen _) =>
        StubSpApiHandler.Error(429, "QuotaExceeded", "You exceeded your quota for the requested resource.");

    [Fact]
    public async Task A_429_storm_is_waited_out_and_the_price_patch_is_sent_exactly_once_successfully()
    {
        using var h = new SpApiHarness(o => o.MaxRetries = 6);
        h.Handler.Times(4, HttpMethod.Get, Listing, Throttled).Once(HttpMethod.Get, Listing, Ok)
            .Times(3, HttpMethod.Patch, Listing, Throttled)
            .Once(HttpMethod.Patch, Listing, _ => StubSpApiHandler.Json(200, """{"sku":"FF-SD32","status":"ACCEPTED","submissionId":"s-1","issues":[]}"""));

        var result = await h.Drive(h.Client.UpdatePriceAsync(Sku, 22.49m, validateOnly: false), Step);

        Assert.Equal(ListingSubmissionStatus.Accepted, result.Status);
        var requests = h.Handler.To(Listing);
        Assert.Equal(5, requests.Count(r => r.Method == HttpMethod.Get));
        var patches = requests.Where(r => r.Method == HttpMethod.Patch).ToList();
        Assert.Equal(4, patches.Count);
        Assert.Single(patches.Select(p => p.Body).Distinct());
        Assert.Equal(4, h.Client.GetQuota("getListingsItem")!.ThrottledCount);
        Assert.Equal(3, h.Client.GetQuota("patchListingsItem")!.ThrottledCount);
        foreach (var attempts in requests.GroupBy(r => r.Method))
        {
            Assert.All(attempts.Zip(attempts.Skip(1)), pair => Assert.True(pair.Second.At > pair.First.At, "every retry waited"));
        }
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_call_succeeds()
    {
        using var h = new SpApiHarness();
        foreach (var status in new[] { 500, 502, 503, 504 })
        {
            h.Handler.Once(HttpMethod.Get, Listing, _ => StubSpApiHandler.Error(status, "InternalFailure", "We encountered an internal error."));
        }
        h.Handler.Once(HttpMethod.Get, Listing, Ok);

        var item = await h.Drive(h.Client.GetListingAsync(Sku), Step);

        Assert.Equal("B0CX23V2ZK", item!.Asin);
        Assert.Equal(5, h.Handler.Count(Listing));
    }

    [Fact]
    public async Task A_retry_says_what_amazon_answered_and_when_the_next_attempt_goes_then_that_the_wait_is_over()
    {
        using var h = new SpApiHarness(o => o.MaxRetries = 3);
        h.Handler.Once(HttpMethod.Get, Listing, _ => StubSpApiHandler.Error(503, "ServiceUnavailable", "Service temporarily unavailable."))
            .Once(HttpMethod.Get, Listing, Ok);
        var heard = new List<string?>();

        Task<ListingItem?> call;
        using (SellerConsole.Shared.WaitNotice.Listen(heard.Add))
        {
            call = h.Client.GetListingAsync(Sku);
        }
        await h.Drive(call, Step);

        var said = Assert.Single(heard, h => h is not null);
        Assert.StartsWith("a retry: Amazon answered getListingsItem with HTTP 503; retry 1 of 3 at 09:00:", said);
        Assert.Null(heard[^1]);
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried()
    {
        using var h = new SpApiHarness(o => o.RequestTimeout = TimeSpan.FromSeconds(5));
        h.Handler.Once(HttpMethod.Get, Listing, StubSpApiHandler.Hang).Once(HttpMethod.Get, Listing, Ok);

        var item = await h.Drive(h.Client.GetListingAsync(Sku), Step);

        Assert.NotNull(item);
        var requests = h.Handler.To(Listing);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_call_that_never_answers_fails_as_a_timeout_not_a_hang()
    {
        using var h = new SpApiHarness(o => (o.RequestTimeout, o.MaxRetries) = (TimeSpan.FromSeconds(5), 2));
        for (var i = 0; i < 3; i++)
        {
            h.Handler.Once(HttpMethod.Get, Listing, StubSpApiHandler.Hang);
        }

        var error = await Assert.ThrowsAsync<SpApiException>(() => h.Drive(h.Client.GetListingAsync(Sku), Step));

        Assert.Equal(("getListingsItem", null), (error.Operation, error.StatusCode));
        Assert.Contains("no answer within 5 s (3 attempt(s))", error.Message);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Network_errors_surface_as_sp_api_exceptions_after_the_retries()
    {
        using var h = new SpApiHarness(o => o.MaxRetries = 2);
        h.Handler.Times(3, HttpMethod.Get, Listing, _ => throw new HttpRequestException("Connection refused (sandbox.test:443)"));

        var error = await Assert.ThrowsAsync<SpApiException>(() => h.Drive(h.Client.GetListingAsync(Sku), Step));

        Assert.Null(error.StatusCode);
        Assert.Contains("failed after 3 attempt(s): HttpRequestException: Connection refused", error.Message);
        Assert.Equal(3, h.Handler.Count(Listing));
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_fails_fast_and_probes_after_the_break()
    {
        // CircuitWaitLimit zero: a call fails at once while the circuit is open (waiting it out has its own tests).
        using var h = new SpApiHarness(o => (o.MaxRetries, o.CircuitMinimumThroughput, o.CircuitBreakDuration, o.CircuitWaitLimit) = (0, 4, TimeSpan.FromSeconds(30), TimeSpan.Zero));
        h.Handler.Times(4, HttpMethod.Get, Listing, _ => StubSpApiHandler.Error(503, "ServiceUnavailable", "Service temporarily unavailable"))
            .Once(HttpMethod.Get, Listing, Ok)
            .Always(HttpMethod.Get, "/catalog/2022-04-01/items/*", _ => StubSpApiHandler.Json(200, CatalogJson.Item("B0CX23V2ZK")));

        for (var i = 0; i < 4; i++)
        {
            var failure = await Assert.ThrowsAsync<SpApiException>(() => h.Client.GetListingAsync(Sku));
            Assert.Equal(503, failure.StatusCode);
        }
        var open = await Assert.ThrowsAsync<SpApiException>(() => h.Client.GetListingAsync(Sku));
        Assert.True(open.IsCircuitOpen);
        Assert.Contains("Listings circuit is open", open.Message);
        Assert.Equal(4, h.Handler.Count(Listing));
        Assert.NotNull(await h.Client.GetCatalogItemAsync("B0CX23V2ZK"));

        h.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.NotNull(await h.Client.GetListingAsync(Sku));
        Assert.Equal(5, h.Handler.Count(Listing));
    }
}
