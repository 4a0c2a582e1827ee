using System.Net;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

public sealed class SetupTests
{
    [Fact]
    public async Task Without_an_owner_every_page_leads_to_setup_which_creates_the_owner()
    {
        using var app = new SellerAppFactory(null, withOwner: false);
        var client = app.CreateAnonymousClient();

        var home = await client.GetAsync("/jobs");
        Assert.Equal("/setup", home.Headers.Location?.OriginalString);

        var tooShort = await client.PostFormAsync("/setup", "/account/setup", new Dictionary<string, string>
        {
            ["Email"] = "me@example.com", ["Password"] = "short", ["Confirm"] = "short",
        });
        Assert.StartsWith("/setup?error=", tooShort.Headers.Location?.OriginalString);
        Assert.False(app.Service<OwnerService>().HasOwner);

        var created = await client.PostFormAsync("/setup", "/account/setup", new Dictionary<string, string>
        {
            ["Email"] = "me@example.com", ["Password"] = "a long enough passphrase", ["Confirm"] = "a long enough passphrase",
        });
        Assert.Equal("/", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal("me@example.com", app.Service<OwnerService>().Current?.Email);
    }

    [Fact]
    public async Task Setup_is_refused_once_an_owner_exists()
    {
        using var app = new SellerAppFactory();
        var client = app.CreateAnonymousClient();
        var token = await client.AntiforgeryTokenAsync("/login");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
        var takeover = await client.PostAsync("/account/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "attacker@example.com", ["Password"] = "attacker password 123", ["Confirm"] = "attacker password 123",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.NotFound, takeover.StatusCode);
        Assert.Equal(SellerAppFactory.OwnerEmail, app.Service<OwnerService>().Current?.Email);
        var attacker = await app.CreateAnonymousClient().SignInAsync("attacker@example.com", "attacker password 123");
        Assert.Contains("error=invalid", attacker.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_configured_owner_password_is_stored_only_as_a_hash()
    {
        using var app = new SellerAppFactory();
        _ = app.CreateAnonymousClient();

        var bytes = await DatabaseFiles.ReadAllAsync(app.DataDirectory);

        Assert.False(DatabaseFiles.Contains(bytes, SellerAppFactory.OwnerPassword));
        Assert.True(DatabaseFiles.Contains(bytes, SellerAppFactory.OwnerEmail));
    }
}
