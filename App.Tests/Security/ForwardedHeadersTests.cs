using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

/// <summary>
/// The review's finding: X-Forwarded-For was believed from any loopback peer, so a local client dodged the
/// sign-in rate limit and wrote any address it liked into the audit log.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Forged = "203.0.113.50";

    private static async Task<string?> SignInAddressAsync(WebApplicationFactory<Program> app, string peer, string? forwardedFor, string? forwardedProto = null)
    {
        var client = app.ClientFrom(peer);
        if (forwardedFor is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        if (forwardedProto is not null) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        var response = await client.SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var audit = await app.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.SignIn), CancellationToken.None);
        return audit.Items.OrderByDescending(e => e.Id).First().RemoteIp;
    }

    [Fact]
    public async Task By_default_forwarded_headers_are_ignored_even_from_loopback()
    {
        using var factory = new SellerAppFactory();

        Assert.Equal("127.0.0.1", await SignInAddressAsync(factory.WithPeers(), "127.0.0.1", Forged));
    }

    [Fact]
    public async Task By_default_a_local_client_cannot_dodge_the_sign_in_rate_limit_with_made_up_addresses()
    {
        using var factory = new SellerAppFactory(new Dictionary<string, string?> { ["SignIn:PermitLimit"] = "2" });
        var app = factory.WithPeers();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var client = app.ClientFrom("127.0.0.1");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{i}");
            statuses.Add((await client.SignInAsync(SellerAppFactory.OwnerEmail, "wrong password here")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task With_a_trusted_local_proxy_the_client_address_and_https_come_from_the_proxy()
    {
        using var factory = new SellerAppFactory(new Dictionary<string, string?> { ["Proxy:Trusted"] = "true" });
        var app = factory.WithPeers();

        Assert.Equal(Forged, await SignInAddressAsync(app, "127.0.0.1", Forged));
        // Anyone else's forwarded headers are still ignored.
        Assert.Equal("192.0.2.7", await SignInAddressAsync(app, "192.0.2.7", Forged));

        var viaProxy = app.ClientFrom("127.0.0.1");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var signIn = await viaProxy.SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("SellerConsole.Auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Known_proxies_elsewhere_are_trusted_by_address_or_network_and_loopback_is_not()
    {
        using var factory = new SellerAppFactory(new Dictionary<string, string?> { ["Proxy:KnownProxies"] = "10.0.0.5, 10.1.0.0/16" });
        var app = factory.WithPeers();

        Assert.Equal(Forged, await SignInAddressAsync(app, "10.0.0.5", Forged));
        Assert.Equal(Forged, await SignInAddressAsync(app, "10.1.2.3", Forged));
        Assert.Equal("127.0.0.1", await SignInAddressAsync(app, "127.0.0.1", Forged));
    }

    [Fact]
    public void A_known_proxy_that_is_not_an_address_is_reported()
    {
        var options = new ProxyOptions { KnownProxies = "10.0.0.5,nginx.local" };

        Assert.Equal(["Proxy:KnownProxies: 'nginx.local' is not an IP address or a CIDR network (e.g. 10.0.0.5 or 10.0.0.0/24)"], options.Problems());
    }
}
