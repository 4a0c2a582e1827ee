using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

/// <summary>
/// Walks the app's own endpoint data source, so an endpoint added later cannot slip through
/// unprotected: it either rejects an anonymous caller or is on the short public list below.
/// </summary>
public sealed class EndpointProtectionTests : IClassFixture<SharedAppFactory>
{
    private static readonly HashSet<string> PublicRoutes =
        ["/healthz", "/login", "/setup", "/error", "/not-found", "/account/login", "/account/setup",
            // The first-run load's progress for the setup page; once the owner exists it answers an empty 204.
            "/account/setup/progress"];

    // The Sandbox marketplace's HTTP face (/sandbox/lwa, /sandbox/sp-api, /sandbox/keepa, /sandbox/documents) exists only in
    // Marketplace:Mode=Sandbox and serves simulated data. Like Amazon's and Keepa's APIs it is machine-to-machine, so it
    // skips the sign-in policy; instead its gate admits only this process's own clients (the per-start caller key) and the
    // signed-in owner, which the last test below checks for every one of its routes. (The /sandbox page is an ordinary page.)
    private const string SandboxApiPrefix = "/sandbox/";

    private readonly SellerAppFactory _app;

    public EndpointProtectionTests(SharedAppFactory app)
    {
        _app = app;
        _ = app.CreateAnonymousClient();
    }

    private IReadOnlyList<RouteEndpoint> Endpoints => _app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    private static string Route(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText!.TrimStart('/');

    private static bool IsPublicByDesign(RouteEndpoint endpoint) =>
        PublicRoutes.Contains(Route(endpoint).TrimEnd('/'))
        || endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null
        || Route(endpoint).StartsWith("/_framework/", StringComparison.Ordinal)
        || Route(endpoint).StartsWith(SandboxApiPrefix, StringComparison.Ordinal);

    [Fact]
    public void Only_the_sign_in_pages_health_check_and_static_files_allow_anonymous_callers()
    {
        var unexpected = Endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && !IsPublicByDesign(e))
            .Select(Route)
            .ToList();

        Assert.True(unexpected.Count == 0, "Anonymous endpoints not on the public list: " + string.Join(", ", unexpected));
    }

    [Fact]
    public async Task Every_other_page_and_api_route_rejects_an_anonymous_caller()
    {
        var client = _app.CreateAnonymousClient();
        var protectedEndpoints = Endpoints.Where(e => !IsPublicByDesign(e)).ToList();
        Assert.Contains(protectedEndpoints, e => Route(e) == "/api/v1/jobs/{name}/run");
        Assert.Contains(protectedEndpoints, e => Route(e) == "/jobs");

        var failures = new List<string>();
        foreach (var endpoint in protectedEndpoints)
        {
            var method = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET";
            var url = SampleUrl(endpoint.RoutePattern);
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            var redirectedToLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/login", StringComparison.Ordinal);
            var apiLike = url.StartsWith("/api/", StringComparison.Ordinal) || url.StartsWith("/openapi/", StringComparison.Ordinal);
            var ok = apiLike ? response.StatusCode == HttpStatusCode.Unauthorized : redirectedToLogin || response.StatusCode == HttpStatusCode.Unauthorized;
            if (!ok)
            {
                failures.Add($"{method} {url} -> {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, "Reachable without signing in:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Unauthenticated_api_calls_get_a_401_problem_not_a_login_page()
    {
        var client = _app.CreateAnonymousClient();

        var response = await client.GetAsync("/api/v1/audit");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":401", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_sandbox_endpoint_refuses_a_stranger_without_the_caller_key()
    {
        var stranger = _app.CreateAnonymousClient();
        var sandbox = Endpoints.Where(e => Route(e).StartsWith(SandboxApiPrefix, StringComparison.Ordinal)).ToList();
        Assert.True(sandbox.Count > 10, $"only {sandbox.Count} Sandbox endpoints found");

        var failures = new List<string>();
        foreach (var endpoint in sandbox)
        {
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET";
            var url = SampleUrl(endpoint.RoutePattern);
            using var response = await stranger.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{method} {url} -> {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, "Sandbox endpoints that answered a stranger:\n" + string.Join("\n", failures));
    }

    private static string SampleUrl(RoutePattern pattern)
    {
        var parts = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart { Name: "documentName" } => "v1",
            RoutePatternParameterPart { Name: "name" } => "backup",
            RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content is "long" or "int") => "1",
            RoutePatternParameterPart { IsCatchAll: true } => "sample.txt",
            _ => "sample",
        })));
        return "/" + string.Join("/", parts);
    }
}
