using System.Diagnostics;
using System.Net;
using SellerConsole.Marketplace.Sandbox.Http;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

public sealed class FaultTests(SharedSandboxApp shared) : IClassFixture<SharedSandboxApp>
{
    private readonly SandboxApp _app = shared.App;

    private SandboxFaults Faults => _app.Service<SandboxFaults>();

    private DateTime Now => _app.Clock.GetUtcNow().UtcDateTime;

    private async Task<(SandboxClient Client, string Path)> CatalogCallAsync()
    {
        var client = await _app.ClientAsync();
        var asin = (await _app.WorldAsync()).Simulation.Catalogue[0].Asin;
        return (client, $"/catalog/2022-04-01/items/{asin}?marketplaceIds={SandboxClient.Uk}");
    }

    [Fact]
    public async Task An_outage_window_answers_503_everywhere_until_it_closes()
    {
        var (client, path) = await CatalogCallAsync();
        Faults.SetOutage(Now, Now.AddMinutes(10));
        try
        {
            var body = await client.GetAsync(path, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("ServiceUnavailable", body.GetProperty("errors")[0].GetProperty("code").GetString());
            using var lwa = await SandboxClient.ExchangeAsync(client.Http, SandboxOptions.DefaultClientId, SandboxOptions.DefaultClientSecret, SandboxOptions.DefaultRefreshToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, lwa.StatusCode);
            var keepa = await KeepaTests.GetAsync(client.Http, $"product?key={SandboxOptions.DefaultKeepaKey}&domain=2&asin=B000000001");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, keepa.Status);

            _app.Advance(TimeSpan.FromMinutes(10));
            await client.GetAsync(path);
        }
        finally
        {
            Faults.Clear();
        }
    }

    [Fact]
    public async Task The_error_rate_fails_a_deterministic_share_of_calls_with_500()
    {
        var (client, path) = await CatalogCallAsync();
        var statuses = new List<int>();
        Faults.ErrorRate = 0.3;
        try
        {
            for (var i = 0; i < 60; i++)
            {
                _app.Advance(TimeSpan.FromSeconds(1));
                using var response = await client.SendAsync(HttpMethod.Get, path);
                statuses.Add((int)response.StatusCode);
                if (response.StatusCode == HttpStatusCode.InternalServerError)
                {
                    Assert.Contains("\"code\":\"InternalFailure\"", await response.Content.ReadAsStringAsync());
                }
            }
        }
        finally
        {
            Faults.Clear();
        }

        Assert.All(statuses, s => Assert.Contains(s, new[] { 200, 500 }));
        Assert.InRange(statuses.Count(s => s == 500), 6, 30);
        Faults.ErrorRate = 1;
        try
        {
            using var lwa = await SandboxClient.ExchangeAsync(client.Http, SandboxOptions.DefaultClientId, SandboxOptions.DefaultClientSecret, SandboxOptions.DefaultRefreshToken);
            Assert.Equal(HttpStatusCode.InternalServerError, lwa.StatusCode);
            Assert.Contains("server_error", await lwa.Content.ReadAsStringAsync());
        }
        finally
        {
            Faults.Clear();
        }
    }

    [Fact]
    public async Task Expiring_all_tokens_forces_a_new_exchange()
    {
        var (client, path) = await CatalogCallAsync();
        _app.Advance(TimeSpan.FromSeconds(1));
        await client.GetAsync(path);

        Faults.ExpireAllTokens(Now);
        _app.Advance(TimeSpan.FromSeconds(1));
        var denied = await client.GetAsync(path, HttpStatusCode.Forbidden);
        Assert.Equal("The access token you provided has expired.", denied.GetProperty("errors")[0].GetProperty("details").GetString());

        _app.Advance(TimeSpan.FromSeconds(1));
        await (await _app.ClientAsync()).GetAsync(path);
    }

    [Fact]
    public async Task A_429_storm_throttles_one_operation_until_it_ends()
    {
        var (client, path) = await CatalogCallAsync();
        _app.Advance(TimeSpan.FromSeconds(1));
        Faults.StartStorm("getCatalogItem", Now.AddMinutes(5));
        try
        {
            var body = await client.GetAsync(path, HttpStatusCode.TooManyRequests);
            Assert.Equal("QuotaExceeded", body.GetProperty("errors")[0].GetProperty("code").GetString());
            await client.GetAsync($"/catalog/2022-04-01/items?marketplaceIds={SandboxClient.Uk}&keywords=screws");
            _app.Advance(TimeSpan.FromMinutes(5));
            await client.GetAsync(path);
        }
        finally
        {
            Faults.Clear();
        }
    }

    [Fact]
    public async Task Added_latency_delays_answers()
    {
        var (client, path) = await CatalogCallAsync();
        _app.Advance(TimeSpan.FromSeconds(1));
        Faults.Latency = TimeSpan.FromMilliseconds(300);
        try
        {
            var watch = Stopwatch.StartNew();
            await client.GetAsync(path);
            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(290), $"answered after {watch.ElapsedMilliseconds} ms");
        }
        finally
        {
            Faults.Clear();
        }
    }
}
