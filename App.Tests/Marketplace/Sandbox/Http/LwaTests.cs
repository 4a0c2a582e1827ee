using System.Net;
using System.Text.Json;
using SellerConsole.Marketplace.Sandbox.Http;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

public sealed class LwaTests(SharedSandboxApp shared) : IClassFixture<SharedSandboxApp>
{
    private readonly SandboxApp _app = shared.App;

    [Fact]
    public async Task A_refresh_token_buys_a_bearer_access_token_for_an_hour()
    {
        var http = _app.CreateSandboxCallerClient();

        using var response = await SandboxClient.ExchangeAsync(http, SandboxOptions.DefaultClientId, SandboxOptions.DefaultClientSecret, SandboxOptions.DefaultRefreshToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("Atza|", body.GetProperty("access_token").GetString());
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(SandboxOptions.DefaultRefreshToken, body.GetProperty("refresh_token").GetString());
    }

    [Theory]
    [InlineData("amzn1.application-oa2-client.other", SandboxOptions.DefaultClientSecret, SandboxOptions.DefaultRefreshToken, 401, "invalid_client")]
    [InlineData(SandboxOptions.DefaultClientId, "wrong-secret", SandboxOptions.DefaultRefreshToken, 401, "invalid_client")]
    [InlineData(SandboxOptions.DefaultClientId, SandboxOptions.DefaultClientSecret, "Atzr|revoked", 400, "invalid_grant")]
    [InlineData(SandboxOptions.DefaultClientId, SandboxOptions.DefaultClientSecret, "", 400, "invalid_request")]
    public async Task Wrong_credentials_are_refused_with_an_oauth_error(string clientId, string secret, string refreshToken, int status, string error)
    {
        using var response = await SandboxClient.ExchangeAsync(_app.CreateSandboxCallerClient(), clientId, secret, refreshToken);

        Assert.Equal(status, (int)response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error_description").GetString()));
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Only_the_refresh_token_grant_is_accepted()
    {
        var response = await _app.CreateSandboxCallerClient().PostAsync("/sandbox/lwa/auth/o2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SandboxOptions.DefaultClientId,
            ["client_secret"] = SandboxOptions.DefaultClientSecret,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"error\":\"unsupported_grant_type\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sp_api_calls_without_a_valid_token_get_amazons_403_unauthorized()
    {
        var client = await _app.ClientAsync();
        var sellerId = (await _app.WorldAsync()).Simulation.OurSellerId;
        var path = $"/listings/2021-08-01/items/{sellerId}/ANY?marketplaceIds={SandboxClient.Uk}";

        foreach (var token in new[] { "", "Atza|made-up" })
        {
            client.Token = token;
            var body = await client.GetAsync(path, HttpStatusCode.Forbidden);
            var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
            Assert.Equal("Unauthorized", error.GetProperty("code").GetString());
            Assert.Equal("Access to requested resource is denied.", error.GetProperty("message").GetString());
            Assert.Equal("", error.GetProperty("details").GetString());
        }
    }

    [Fact]
    public async Task An_access_token_expires_after_an_hour_of_app_time()
    {
        var client = await _app.ClientAsync();
        var world = await _app.WorldAsync();
        var sku = world.Simulation.Catalogue[0].Sku;
        var path = $"/listings/2021-08-01/items/{world.Simulation.OurSellerId}/{sku}?marketplaceIds={SandboxClient.Uk}";
        await client.GetAsync(path);

        _app.Advance(TimeSpan.FromMinutes(59));
        await client.GetAsync(path);
        _app.Advance(TimeSpan.FromMinutes(1));

        var body = await client.GetAsync(path, HttpStatusCode.Forbidden);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("Unauthorized", error.GetProperty("code").GetString());
        Assert.Equal("The access token you provided has expired.", error.GetProperty("details").GetString());
    }
}
