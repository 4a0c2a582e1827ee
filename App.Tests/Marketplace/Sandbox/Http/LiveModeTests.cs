using System.Net;
using Microsoft.AspNetCore.Routing;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

public sealed class LiveModeTests
{
    [Fact]
    public async Task In_live_mode_no_sandbox_endpoint_or_service_exists()
    {
        using var app = new SellerAppFactory(new Dictionary<string, string?> { ["Marketplace:Mode"] = "Live" });
        var anonymous = app.CreateAnonymousClient();

        var routes = app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToList();

        Assert.DoesNotContain(routes, r => r.StartsWith("/sandbox/", StringComparison.Ordinal));
        Assert.Null(app.Services.GetService(typeof(SandboxMarket)));
        Assert.Null(app.Services.GetService(typeof(SandboxFaults)));
        var token = await SandboxClient.ExchangeAsync(anonymous, SandboxOptions.DefaultClientId, SandboxOptions.DefaultClientSecret, SandboxOptions.DefaultRefreshToken);
        Assert.NotEqual(HttpStatusCode.OK, token.StatusCode);
        var signedIn = await app.CreateSignedInClientAsync();
        var page = await signedIn.GetAsync("/sandbox");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("href=\"/sandbox\"", await (await signedIn.GetAsync("/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_sandbox_mode_the_endpoints_are_mapped_and_the_world_reports_ready()
    {
        using var app = new SandboxApp();
        var routes = app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToList();

        Assert.Contains("/sandbox/lwa/auth/o2/token", routes);
        Assert.Contains("/sandbox/sp-api/orders/2026-01-01/orders", routes);
        Assert.Contains("/sandbox/keepa/product", routes);
        await app.WorldAsync();
        var status = app.Service<SandboxMarket>().Status;
        Assert.Equal(SandboxState.Ready, status.State);
        Assert.Equal(SandboxApp.SmallWorld, status.Listings);
        Assert.Equal(20261122, status.Seed);
    }

    [Fact]
    public async Task The_sandbox_page_is_behind_the_sign_in_and_shows_the_usage_plans()
    {
        using var app = new SandboxApp();
        await app.WorldAsync();

        var anonymous = await app.CreateAnonymousClient().GetAsync("/sandbox");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);

        var signedIn = await app.CreateSignedInClientAsync();
        var html = await signedIn.GetStringAsync("/sandbox");
        Assert.Contains(">Sandbox</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-operation=\"getItemOffersBatch\"", html, StringComparison.Ordinal);
        Assert.Contains("/sandbox/sp-api", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sandbox\"", await signedIn.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_five_thousand_listing_world_starts_quickly_and_simulates_each_asin_on_first_use()
    {
        using var app = new SandboxApp(new Dictionary<string, string?> { ["Sandbox:Listings"] = "5000" });
        var client = await app.ClientAsync();
        var sim = (await app.WorldAsync()).Simulation;
        Assert.True(sim.LazyHistory);
        var last = sim.Catalogue[^1];

        var item = await client.GetAsync($"/listings/2021-08-01/items/{sim.OurSellerId}/{last.Sku}?marketplaceIds={SandboxClient.Uk}&includedData=summaries,offers");
        Assert.Equal(last.Asin, item.GetProperty("summaries")[0].GetProperty("asin").GetString());
        var keepa = await KeepaTests.GetAsync(client.Http, $"product?key={SandboxOptions.DefaultKeepaKey}&domain=2&asin={last.Asin}&stats=30");
        Assert.Equal(HttpStatusCode.OK, keepa.Status);
        Assert.Equal(last.Content.Title, keepa.Body!.Products[0].Title);
    }
}
