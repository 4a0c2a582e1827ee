using System.Net;
using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaClientFailureTests
{
    private static readonly KeepaProductOptions Plain = new();

    private static void AssertNoKey(Exception error)
    {
        var text = error.ToString();
        Assert.DoesNotContain(KeepaClientHarness.Key, text);
        Assert.DoesNotContain(Uri.EscapeDataString(KeepaClientHarness.Key), text);
    }

    [Fact]
    public async Task Giving_up_after_max_attempts_names_the_status_and_hides_the_key()
    {
        using var h = new KeepaClientHarness(o => o.MaxAttempts = 3);
        for (var i = 0; i < 3; i++)
        {
            h.Handler.Error(HttpStatusCode.InternalServerError, 10, 1000, "INTERNAL_SERVER_ERROR", "try later");
        }

        var error = await Assert.ThrowsAsync<KeepaApiException>(
            () => h.Drive(h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, default), TimeSpan.FromMilliseconds(100)));

        Assert.Equal(500, error.StatusCode);
        Assert.Contains("failed after 3 attempts: HTTP 500 INTERNAL_SERVER_ERROR: try later", error.Message);
        Assert.Contains("key=***", error.Message);
        AssertNoKey(error);
    }

    [Fact]
    public async Task A_rejected_request_fails_at_once_with_keepas_error_and_no_key()
    {
        using var h = new KeepaClientHarness();
        h.Handler.Error(HttpStatusCode.BadRequest, 10, 1000, "REQUEST_REJECTED", $"Invalid key {KeepaClientHarness.Key}");

        var error = await Assert.ThrowsAsync<KeepaApiException>(() => h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, default));

        Assert.Equal((400, "REQUEST_REJECTED"), (error.StatusCode, error.ErrorType));
        Assert.Contains("answered HTTP 400 REQUEST_REJECTED: Invalid key ***", error.Message);
        Assert.Equal(1, h.Handler.Calls);
        AssertNoKey(error);
    }

    [Fact]
    public async Task Network_errors_quoting_the_url_do_not_leak_the_key()
    {
        using var h = new KeepaClientHarness(o => o.MaxAttempts = 2);
        h.Handler.Throw(r => new HttpRequestException($"Connection refused ({r.RequestUri})"))
            .Throw(r => new HttpRequestException($"Connection refused ({r.RequestUri!.AbsoluteUri})"));

        var error = await Assert.ThrowsAsync<KeepaApiException>(
            () => h.Drive(h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, default), TimeSpan.FromMilliseconds(100)));

        Assert.Contains("HttpRequestException: Connection refused", error.Message);
        Assert.Null(error.InnerException);
        AssertNoKey(error);
    }

    [Fact]
    public async Task Repeated_429s_give_up_after_the_configured_number_of_waits()
    {
        using var h = new KeepaClientHarness(o => o.MaxTokenWaits = 1);
        h.Handler.Error(HttpStatusCode.TooManyRequests, 0, 1000, "NOT_ENOUGH_TOKEN", "no tokens")
            .Error(HttpStatusCode.TooManyRequests, 0, 1000, "NOT_ENOUGH_TOKEN", "no tokens");

        var error = await Assert.ThrowsAsync<KeepaApiException>(
            () => h.Drive(h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, default), TimeSpan.FromSeconds(1)));

        Assert.Equal((429, "NOT_ENOUGH_TOKEN"), (error.StatusCode, error.ErrorType));
        Assert.Equal(2, h.Handler.Calls);
        AssertNoKey(error);
    }

    [Fact]
    public async Task A_call_the_bucket_can_never_pay_for_fails_without_being_sent()
    {
        using var h = new KeepaClientHarness();
        h.Handler.Products(tokensLeft: 0, refillRate: 0);
        await h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, default);

        var error = await Assert.ThrowsAsync<KeepaApiException>(() => h.Client.GetProductsAsync(["B0AAAAAAA2"], Plain, default));

        Assert.Contains("can never pay", error.Message);
        Assert.Equal(1, h.Handler.Calls);
    }

    [Fact]
    public async Task Caller_cancellation_stops_at_once_and_is_not_retried()
    {
        using var h = new KeepaClientHarness();
        h.Handler.Hang();
        using var cancel = new CancellationTokenSource();

        var call = h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, cancel.Token);
        await KeepaClientHarness.Eventually(() => h.Handler.Calls == 1, "the request");
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, h.Handler.Calls);
    }

    [Theory]
    [InlineData("B0AAAAAAA1&key=x")]
    [InlineData("b0aaaaaaa1")]
    [InlineData("B0AAAA")]
    public async Task Only_well_formed_asins_are_sent(string asin)
    {
        using var h = new KeepaClientHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.GetProductsAsync([asin], Plain, default));
        Assert.Equal(0, h.Handler.Calls);
    }

    [Fact]
    public async Task A_garbled_success_body_is_a_decode_error_naming_the_field()
    {
        using var h = new KeepaClientHarness();
        h.Handler.Status(HttpStatusCode.OK, "{\"timestamp\":1,\"tokensLeft\":\"many\"}");

        var error = await Assert.ThrowsAsync<KeepaDecodeException>(() => h.Client.GetProductsAsync(["B0AAAAAAA1"], Plain, default));

        Assert.Equal("tokensLeft", error.Field);
    }
}
