using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

public sealed class SecurityHeadersTests : IClassFixture<SharedAppFactory>
{
    private readonly SharedAppFactory _app;

    public SecurityHeadersTests(SharedAppFactory app) => _app = app;

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content) : "";

    [Fact]
    public async Task Pages_get_a_content_security_policy_that_allows_scripts_only_from_this_site()
    {
        using var response = await _app.CreateAnonymousClient().GetAsync("/login");

        var csp = Header(response, "Content-Security-Policy");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Theory]
    [InlineData("/api/v1/jobs")]
    [InlineData("/api/v1/no-such-route")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/healthz")]
    public async Task Api_responses_get_the_headers_too_even_errors(string path)
    {
        using var response = await _app.CreateAnonymousClient().GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.ApiPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task The_not_found_page_and_a_signed_in_page_keep_the_page_policy()
    {
        var client = await _app.CreateSignedInClientAsync();

        using var missing = await client.GetAsync("/no-such-page");
        using var settings = await client.GetAsync("/settings");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(SecurityHeaders.PagePolicy, Header(missing, "Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.PagePolicy, Header(settings, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Production_sends_hsts_for_a_year_with_subdomains_over_https()
    {
        var production = _app.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var https = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://console.example.co.uk"), AllowAutoRedirect = false });

        using var response = await https.GetAsync("/healthz");

        Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Development_sends_no_hsts()
    {
        var https = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://console.example.co.uk"), AllowAutoRedirect = false });

        using var response = await https.GetAsync("/healthz");

        Assert.Equal("", Header(response, "Strict-Transport-Security"));
    }
}
