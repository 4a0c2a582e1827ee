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
}
