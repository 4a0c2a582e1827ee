using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

/// <summary>Creating or revoking a token needs the owner's own cookie session and a recent password.</summary>
public sealed class TokenOwnerConfirmationTests : IClassFixture<SharedAppFactory>
{
    private readonly SharedAppFactory _app;

    public TokenOwnerConfirmationTests(SharedAppFactory app) => _app = app;

    private ApiTokenService Tokens => _app.Service<ApiTokenService>();

    private ClaimsPrincipal OwnerCookie(TimeSpan signedInAgo, string? session = null)
    {
        var owner = _app.Service<OwnerService>().Current!;
        var signedIn = _app.Clock.GetUtcNow() - signedInAgo;
        return new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, owner.Email),
            new Claim(Actor.ClaimType, Actor.ForOwner(owner.Email)),
            new Claim(AccountEndpoints.StampClaim, owner.SecurityStamp),
            new Claim(OwnerSessions.SessionClaim, session ?? OwnerSessions.NewId()),
            new Claim(OwnerSessions.SignedInClaim, signedIn.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ], CookieAuthenticationDefaults.AuthenticationScheme));
    }

    private static TokenRequest Request(string name) => new(name, ApiTokenScope.ReadWrite, null);

    [Fact]
    public async Task Within_minutes_of_signing_in_the_owner_creates_a_token_without_retyping_the_password()
    {
        var outcome = await Tokens.CreateAsync(OwnerCookie(TimeSpan.FromMinutes(9)), null, Request("fresh-sign-in"), CancellationToken.None);

        Assert.Null(outcome.Problem);
        Assert.NotNull(outcome.Created);
    }

    [Fact]
    public async Task Later_the_password_is_asked_for_and_checked()
    {
        var owner = OwnerCookie(TimeSpan.FromMinutes(11));

        var without = await Tokens.CreateAsync(owner, null, Request("stale-1"), CancellationToken.None);
        var wrong = await Tokens.CreateAsync(owner, "not my password", Request("stale-2"), CancellationToken.None);
        var right = await Tokens.CreateAsync(owner, SellerAppFactory.OwnerPassword, Request("stale-3"), CancellationToken.None);

        Assert.True(without.PasswordNeeded);
        Assert.Null(without.Created);
        Assert.Equal(OwnerConfirmation.WrongPassword, wrong.Problem);
        Assert.Null(wrong.Created);
        Assert.NotNull(right.Created);
        Assert.DoesNotContain(await Tokens.ListAsync(CancellationToken.None), t => t.Name is "stale-1" or "stale-2");
    }

    [Fact]
    public async Task A_token_cannot_create_or_revoke_tokens_even_with_the_password()
    {
        var existing = await Tokens.IssueAsync(Request("victim"), "owner:test", CancellationToken.None);
        var viaToken = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "leaked"), new Claim(Actor.ClaimType, "token:leaked")], ApiTokenAuthenticationHandler.SchemeName));

        var created = await Tokens.CreateAsync(viaToken, SellerAppFactory.OwnerPassword, Request("minted"), CancellationToken.None);
        var revoked = await Tokens.RevokeAsync(viaToken, SellerAppFactory.OwnerPassword, existing.Token.Id, CancellationToken.None);

        Assert.Equal(OwnerConfirmation.NotOwnerCookie, created.Problem);
        Assert.Equal(OwnerConfirmation.NotOwnerCookie, revoked);
        Assert.True((await Tokens.ListAsync(CancellationToken.None)).Single(t => t.Id == existing.Token.Id).IsActive);
    }

    [Fact]
    public async Task A_signed_out_session_cannot_create_tokens()
    {
        var session = OwnerSessions.NewId();
        var owner = OwnerCookie(TimeSpan.FromMinutes(1), session);
        await _app.Service<OwnerSessions>().EndAsync(owner, CancellationToken.None);

        var outcome = await Tokens.CreateAsync(owner, SellerAppFactory.OwnerPassword, Request("after-sign-out"), CancellationToken.None);

        Assert.Equal(OwnerConfirmation.NotOwnerCookie, outcome.Problem);
    }

    [Fact]
    public async Task Revoking_later_needs_the_password_too()
    {
        var token = await Tokens.IssueAsync(Request("to-revoke"), "owner:test", CancellationToken.None);
        var owner = OwnerCookie(TimeSpan.FromHours(2));

        var without = await Tokens.RevokeAsync(owner, null, token.Token.Id, CancellationToken.None);
        var with = await Tokens.RevokeAsync(owner, SellerAppFactory.OwnerPassword, token.Token.Id, CancellationToken.None);

        Assert.NotNull(without);
        Assert.Null(with);
        Assert.False((await Tokens.ListAsync(CancellationToken.None)).Single(t => t.Id == token.Token.Id).IsActive);
    }

    [Fact]
    public async Task An_expiry_in_the_past_is_refused()
    {
        var outcome = await Tokens.CreateAsync(OwnerCookie(TimeSpan.Zero), null,
            new TokenRequest("backdated", ApiTokenScope.ReadOnly, _app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1)), CancellationToken.None);

        Assert.Equal("The expiry must be in the future.", outcome.Problem);
    }
}
