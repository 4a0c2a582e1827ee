using System.Net;
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
    public async Task Five_wrong_passwords_lock_sign_in_for_fifteen_minutes()
    {
        using var app = new SellerAppFactory();
        var client = app.CreateAnonymousClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.SignInAsync(SellerAppFactory.OwnerEmail, "not the password at all");
            Assert.Contains("error=invalid", wrong.Headers.Location!.OriginalString);
        }
        var fifth = await client.SignInAsync(SellerAppFactory.OwnerEmail, "not the password at all");
        Assert.Contains("error=locked", fifth.Headers.Location!.OriginalString);

        var rightButLocked = await client.SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword);
        Assert.Contains("error=locked", rightButLocked.Headers.Location!.OriginalString);

        app.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Contains("error=locked", (await client.SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword)).Headers.Location!.OriginalString);

        app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var afterLockout = await client.SignInAsync(SellerAppFactory.OwnerEmail, SellerAppFactory.OwnerPassword);
        Assert.Equal("/", afterLockout.Headers.Location?.OriginalString);

        var audit = await app.Service<AuditLog>().QueryAsync(new AuditQuery(Take: 100), CancellationToken.None);
        Assert.Equal(6, audit.Items.Count(e => e.Action == AuditActions.SignInFailed));
        Assert.Single(audit.Items, e => e.Action == AuditActions.LockedOut);
        Assert.Single(audit.Items, e => e.Action == AuditActions.SignIn);
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

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        using var app = new SellerAppFactory();
        var client = app.CreateAnonymousClient();

        var response = await client.PostFormAsync("/login", "/account/login", new Dictionary<string, string>
        {
            ["Email"] = SellerAppFactory.OwnerEmail,
            ["Password"] = SellerAppFactory.OwnerPassword,
            ["ReturnUrl"] = "//evil.example.com/steal",
        });

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();
        var token = await client.AntiforgeryTokenAsync("/");

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/login?signedOut=1", response.Headers.Location?.OriginalString);
        var after = await client.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/login", after.Headers.Location!.ToString());
    }
}
