using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace SellerConsole.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer ...</c> with a personal access token or the configured
/// bootstrap token, on the REST API only (<c>/api/*</c> and its OpenAPI document): a token never renders a
/// page, opens the live circuit or reaches the jobs dashboard, so a leaked one is not a browser session.
/// Unauthenticated API calls get a 401 problem, never a login page.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    IOptions<ApiOptions> api) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string ScopeClaim = "sellerconsole:scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        if (!SecurityModule.IsApi(Request))
        {
            return AuthenticateResult.Fail("API tokens work on /api only");
        }
        var presented = header["Bearer ".Length..].Trim();
        if (presented.Length == 0)
        {
            return AuthenticateResult.Fail("Empty bearer token");
        }

        var bootstrap = api.Value.BootstrapToken;
        if (!string.IsNullOrEmpty(bootstrap) && FixedTimeEquals(presented, bootstrap))
        {
            return Success(Actor.ForToken("bootstrap"), "bootstrap", ApiTokenScope.ReadWrite);
        }

        var token = await tokens.ValidateAsync(presented, Context.RequestAborted);
        return token is null
            ? AuthenticateResult.Fail("Invalid or revoked token")
            : Success(Actor.ForToken(token.Name), token.Name, token.Scope);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
            statusCode: 401,
            title: "Unauthorized",
            detail: SecurityModule.IsApi(Request)
                ? "Sign in, or send 'Authorization: Bearer <token>' with a personal access token from Settings."
                : "API tokens work on /api only; pages need the owner's sign-in.")
            .ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(statusCode: 403, title: "Forbidden", detail: "This token may not do that.").ExecuteAsync(Context);

    private static AuthenticateResult Success(string actor, string name, ApiTokenScope scope)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), new Claim(Actor.ClaimType, actor), new Claim(ScopeClaim, scope.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}
