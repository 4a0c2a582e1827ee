using SellerConsole.Marketplace.SpApi;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiAuthTests
{
    private const string OrderPath = "/orders/2026-01-01/orders/*";

    private static SpApiHarness WithOrders(Action<SpApiOptions>? configure = null)
    {
        var h = new SpApiHarness(configure);
        h.Handler.Always(HttpMethod.Get, OrderPath, r => StubSpApiHandler.Json(200,
            new System.Text.Json.Nodes.JsonObject { ["order"] = new OrderJsonBuilder(r.Path.Split('/')[^1]).Build() }.ToJsonString()));
        return h;
    }

    [Fact]
    public async Task The_access_token_is_cached_until_a_minute_before_it_expires()
    {
        using var h = WithOrders();

        await h.Client.GetOrderAsync("202-0000001-0000001");
        h.Clock.Advance(TimeSpan.FromSeconds(3539));
        await h.Client.GetOrderAsync("202-0000001-0000002");
        h.Clock.Advance(TimeSpan.FromSeconds(2));
        await h.Client.GetOrderAsync("202-0000001-0000003");

        Assert.Equal(2, h.LwaCalls);
        Assert.Equal(["Atza|token-1", "Atza|token-1", "Atza|token-2"], h.Handler.To(OrderPath).Select(r => r.AccessToken));
    }

    [Fact]
    public async Task Twenty_concurrent_callers_share_one_token_refresh()
    {
        using var h = WithOrders();
        var release = new TaskCompletionSource();
        h.Handler.Once(HttpMethod.Post, SpApiHarness.LwaPath, async (_, _) =>
        {
            await release.Task;
            return StubSpApiHandler.Json(200, """{"access_token":"Atza|shared","token_type":"bearer","expires_in":3600}""");
        });

        var calls = Enumerable.Range(0, 20).Select(i => h.Client.GetOrderAsync($"202-0000001-{i:D7}")).ToList();
        Assert.Equal(1, h.LwaCalls);
        Assert.Equal(0, h.Handler.Count(OrderPath));
        release.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, h.LwaCalls);
        Assert.Equal(20, h.Handler.Count(OrderPath));
        Assert.All(h.Handler.To(OrderPath), r => Assert.Equal("Atza|shared", r.AccessToken));
    }

    [Theory]
    [InlineData(403, "Unauthorized", "Access to requested resource is denied.", "The access token you provided has expired.")]
    [InlineData(403, "InvalidInput", "The security token included in the request is invalid.", "")]
    [InlineData(401, "Unauthorized", "Unauthorized", "")]
    public async Task A_rejected_token_is_refreshed_and_the_call_retried_once(int status, string code, string message, string details)
    {
        using var h = WithOrders();
        h.Handler.Once(HttpMethod.Get, OrderPath, _ => StubSpApiHandler.Error(status, code, message, details));

        var order = await h.Client.GetOrderAsync("202-0000001-0000001");

        Assert.NotNull(order);
        Assert.Equal(2, h.LwaCalls);
        Assert.Equal(["Atza|token-1", "Atza|token-2"], h.Handler.To(OrderPath).Select(r => r.AccessToken));
    }

    [Fact]
    public async Task A_token_rejected_twice_fails_without_looping()
    {
        using var h = WithOrders();
        h.Handler.Times(2, HttpMethod.Get, OrderPath, _ => StubSpApiHandler.Error(403, "Unauthorized", "Access to requested resource is denied."));

        var error = await Assert.ThrowsAsync<SpApiException>(() => h.Client.GetOrderAsync("202-0000001-0000001"));

        Assert.Equal((403, "Unauthorized"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(2, h.LwaCalls);
        Assert.Equal(2, h.Handler.Count(OrderPath));
    }

    [Fact]
    public async Task A_refused_refresh_token_is_an_exception_naming_lwas_error_without_the_secret()
    {
        using var h = WithOrders();
        h.Handler.Once(HttpMethod.Post, SpApiHarness.LwaPath, _ => StubSpApiHandler.Json(400,
            $$"""{"error_description":"The request has an invalid grant parameter : refresh_token {{SpApiHarness.RefreshToken}}","error":"invalid_grant"}"""));

        var error = await Assert.ThrowsAsync<SpApiException>(() => h.Client.GetOrderAsync("202-0000001-0000001"));

        Assert.Equal(("lwaToken", 400, "invalid_grant"), (error.Operation, error.StatusCode, error.ErrorCode));
        Assert.Contains("invalid grant parameter : refresh_token ***", error.Message);
        Assert.DoesNotContain(SpApiHarness.RefreshToken, error.ToString());
        Assert.Equal(0, h.Handler.Count(OrderPath));
    }
}
