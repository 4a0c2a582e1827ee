using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

public sealed class SignInTests
{
    [Fact]
    public async Task The_owner_signs_in_and_gets_an_http_only_lax_cookie()
    {
        using var app = new SellerAppFactory();
        var client = app.CreateAnonymousClient();

        var response = await client.SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("SellerConsole.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("SellerConsole.Auth=", ""), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Over_https_the_cookie_is_secure()
    {
        using var app = new SellerAppFactory();
        var client = app.CreateAnonymousClient(https: true);

        var response = await client.SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("SellerConsole.Auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Wrong_passwords_slow_the_address_that_sent_them_while_the_owner_signs_in_from_another()
    {
        using var app = new SellerAppFactory();
        var peers = app.WithPeers();
        var stranger = peers.ClientFrom("203.0.113.9");

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var wrong = await stranger.SignInAsync(SellerAppFactory.OwnerEmail, "not the password at all");
            Assert.Contains("error=invalid", wrong.Headers.Location!.OriginalString);
        }
        var third = await stranger.SignInAsync(SellerAppFactory.OwnerEmail, "not the password at all");
        Assert.Contains("error=slowed", third.Headers.Location!.OriginalString);

        // The stranger must wait (even with the right password), the owner elsewhere need not.
        var rightButSlowed = await stranger.SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword);
        Assert.Contains("error=slowed", rightButSlowed.Headers.Location!.OriginalString);
        var owner = await peers.ClientFrom("198.51.100.20").SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword);
        Assert.Equal("/", owner.Headers.Location?.OriginalString);

        app.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Contains("error=slowed", (await stranger.SignInAsync(SellerAppFactory.OwnerEmail, "still guessing")).Headers.Location!.OriginalString);
        app.Clock.Advance(TimeSpan.FromSeconds(2));
        var fourth = await stranger.SignInAsync(SellerAppFactory.OwnerEmail, "still guessing");
        Assert.Contains("error=slowed", fourth.Headers.Location!.OriginalString);
        Assert.Contains("until=" + Uri.EscapeDataString(app.Clock.GetUtcNow().UtcDateTime.AddSeconds(60).ToString("O")), fourth.Headers.Location!.OriginalString);

        var audit = await peers.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Take: 100), CancellationToken.None);
        Assert.Equal(2, audit.Items.Count(e => e.Action == AuditActions.Slowed));
        Assert.Single(audit.Items, e => e.Action == AuditActions.SignIn && e.RemoteIp == "198.51.100.20");
        Assert.All(audit.Items.Where(e => e.Action is AuditActions.SignInFailed or AuditActions.Slowed), e => Assert.Equal("203.0.113.9", e.RemoteIp));
    }

    [Fact]
    public async Task Thirty_parallel_wrong_posts_get_fewer_checks_than_the_free_attempts()
    {
        using var app = new SellerAppFactory(new Dictionary<string, string?> { ["SignIn:PermitLimit"] = "100" });
        var peers = app.WithPeers();
        var client = peers.ClientFrom("203.0.113.10");
        var token = await client.AntiforgeryTokenAsync("/login");

        var posts = Enumerable.Range(0, 30).Select(_ => client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = SellerAppFactory.OwnerEmail, ["Password"] = "parallel guess", ["__RequestVerificationToken"] = token,
        })));
        var responses = await Task.WhenAll(posts);

        var audit = await peers.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Take: 100), CancellationToken.None);
        var passwordChecks = audit.Items.Count(e => e.Action == AuditActions.Slowed || e.Action == AuditActions.SignInFailed && !e.Details!.StartsWith("Refused unchecked", StringComparison.Ordinal));
        Assert.InRange(passwordChecks, 1, 3);
        Assert.All(responses, r => Assert.StartsWith("/login?error=", r.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Sign_in_posts_are_rate_limited_per_address()
    {
        using var app = new SellerAppFactory(new Dictionary<string, string?> { ["SignIn:PermitLimit"] = "3", ["SignIn:WindowSeconds"] = "60" });
        var client = app.CreateAnonymousClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.SignInAsync(SellerAppFactory.OwnerEmail, "wrong password here")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>The known open-redirect bypasses: each must land on the home page, never off the site.</summary>
    internal static readonly string[] OffSite =
    [
        "//evil.example.com/steal", "/\\evil.example.com", "\\\\evil.example.com", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example",
        "%2F%09%2Fevil.example", "/%09/evil.example", "/%2F/evil.example", "%2F%2Fevil.example", "/%5Cevil.example", "/%5C%5Cevil.example",
        "/%252F%252Fevil.example", "https://evil.example", "http:evil.example", "javascript:alert(1)", " //evil.example", "~/../evil",
        "/\u0000/evil.example",
    ];

    public static TheoryData<string> OffSiteReturnUrls => new(OffSite);

    [Theory]
    [MemberData(nameof(OffSiteReturnUrls))]
    public void A_return_url_that_could_leave_the_site_is_replaced_by_home(string returnUrl) => Assert.Equal("/", ReturnUrls.Safe(returnUrl));

    [Fact]
    public async Task Signing_in_never_redirects_off_the_site_whatever_return_url_is_posted()
    {
        using var app = new SellerAppFactory(new Dictionary<string, string?> { ["SignIn:PermitLimit"] = "100" });
        var client = app.CreateAnonymousClient();
        var landed = new List<string>();
        foreach (var returnUrl in OffSite)
        {
            var response = await client.PostFormAsync("/login", "/account/login", new Dictionary<string, string>
            {
                ["Email"] = SellerAppFactory.OwnerEmail,
                ["Password"] = SellerAppFactory.OwnerPassword,
                ["ReturnUrl"] = returnUrl,
            });
            landed.Add(response.Headers.Location?.OriginalString ?? $"({(int)response.StatusCode})");
        }

        // A NUL in a form field is refused before sign-in (400): no redirect at all is safe too.
        Assert.All(landed, location => Assert.True(location is "/" or "(400)", location));
    }

    [Theory]
    [InlineData("/catalogue")]
    [InlineData("/listings/SKU-1?tab=history")]
    [InlineData("/catalogue?search=50%25%20off")]
    public void A_return_url_on_this_site_is_kept(string returnUrl) => Assert.Equal(returnUrl, ReturnUrls.Safe(returnUrl));

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copy_of_the_cookie_stops_working()
    {
        using var app = new SellerAppFactory();
        var client = app.CreateAnonymousClient();
        var signIn = await client.SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword);
        var copy = CookieReplay(app, signIn);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/jobs")).StatusCode);
        var token = await client.AntiforgeryTokenAsync("/");

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/login?signedOut=1", response.Headers.Location?.OriginalString);
        var after = await client.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/login", after.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/jobs")).StatusCode);
        var settings = await copy.GetAsync("/settings");
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        Assert.Contains("/login", settings.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Signing_out_one_session_leaves_the_owners_other_sessions_signed_in()
    {
        using var app = new SellerAppFactory();
        var laptop = await app.CreateSignedInClientAsync();
        var phone = await app.CreateSignedInClientAsync();
        var token = await laptop.AntiforgeryTokenAsync("/");

        await laptop.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/v1/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/v1/jobs")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_without_the_antiforgery_token_does_nothing()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/jobs")).StatusCode);
    }

    /// <summary>A second client that sends exactly the sign-in cookie, as someone who copied it would.</summary>
    private static HttpClient CookieReplay(SellerAppFactory app, HttpResponseMessage signIn)
    {
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("SellerConsole.Auth=", StringComparison.Ordinal)).Split(';')[0];
        var copy = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return copy;
    }
}
