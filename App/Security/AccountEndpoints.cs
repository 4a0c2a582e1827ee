using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace SellerConsole.Security;

public sealed class LoginForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }

    /// <summary>An unticked checkbox sends nothing, so this must be optional.</summary>
    public bool RememberMe { get; set; }
}

public sealed class SetupForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? Confirm { get; set; }
}

/// <summary>
/// Sign-in, sign-out and first-run setup are plain form posts (cookies can only be set on an HTTP
/// response, not over the Blazor circuit). They are rate limited per client address.
/// </summary>
public static class AccountEndpoints
{
    public const string RateLimitPolicy = "sign-in";
    public const string StampClaim = "sellerconsole:stamp";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy);
        account.MapPost("/setup", SetupAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy);
        account.MapPost("/logout", LogoutAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> LoginAsync([FromForm] LoginForm form, HttpContext http, OwnerService owners, AuditLog audit, IOptions<SignInOptions> options)
    {
        var ip = http.Connection.RemoteIpAddress?.ToString();
        var returnUrl = SafeReturnUrl(form.ReturnUrl);
        var check = await owners.CheckPasswordAsync(form.Email, form.Password, http.RequestAborted);
        switch (check.Status)
        {
            case SignInStatus.NoOwner:
                return Results.Redirect("/setup");
            case SignInStatus.Succeeded:
                await SignInAsync(http, check.Owner!, form.RememberMe, options.Value);
                await audit.WriteAsync(Actor.ForOwner(check.Owner!.Email), AuditActions.SignIn, check.Owner.Email, null, ip, http.RequestAborted);
                return Results.Redirect(returnUrl);
            case SignInStatus.LockedOut:
                await audit.WriteAsync($"anonymous ({form.Email})", check.JustLocked ? AuditActions.LockedOut : AuditActions.SignInFailed, form.Email,
                    check.JustLocked ? $"Too many wrong passwords: locked until {check.LockedUntilUtc:u}" : $"Refused: locked until {check.LockedUntilUtc:u}", ip, http.RequestAborted);
                return Results.Redirect(LoginUrl("locked", form.Email, returnUrl, $"&until={Uri.EscapeDataString(check.LockedUntilUtc!.Value.ToString("O"))}"));
            default:
                await audit.WriteAsync($"anonymous ({form.Email})", AuditActions.SignInFailed, form.Email, $"{check.AttemptsLeft} attempt(s) left before lockout", ip, http.RequestAborted);
                return Results.Redirect(LoginUrl("invalid", form.Email, returnUrl, $"&left={check.AttemptsLeft}"));
        }
    }

    private static async Task<IResult> SetupAsync([FromForm] SetupForm form, HttpContext http, OwnerService owners, IOptions<SignInOptions> options)
    {
        if (owners.HasOwner)
        {
            return Results.NotFound();
        }
        var problem = OwnerService.ValidateNewCredentials(form.Email, form.Password, form.Confirm);
        var ip = http.Connection.RemoteIpAddress?.ToString();
        problem ??= await owners.CreateAsync(form.Email!, form.Password!, Actor.ForOwner(form.Email!.Trim()), ip, http.RequestAborted);
        if (problem is not null)
        {
            return Results.Redirect($"/setup?error={Uri.EscapeDataString(problem)}&email={Uri.EscapeDataString(form.Email ?? "")}");
        }
        var check = await owners.CheckPasswordAsync(form.Email, form.Password, http.RequestAborted);
        await SignInAsync(http, check.Owner!, rememberMe: false, options.Value);
        return Results.Redirect("/");
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, AuditLog audit)
    {
        var actor = Actor.Of(http.User);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await audit.WriteAsync(actor, AuditActions.SignOut, null, null, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        return Results.Redirect("/login?signedOut=1");
    }

    private static Task SignInAsync(HttpContext http, Owner owner, bool rememberMe, SignInOptions options)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, owner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, owner.Email),
            new Claim(Actor.ClaimType, Actor.ForOwner(owner.Email)),
            new Claim(StampClaim, owner.SecurityStamp),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        var properties = new AuthenticationProperties { IsPersistent = rememberMe, AllowRefresh = true };
        if (rememberMe)
        {
            properties.ExpiresUtc = DateTimeOffset.UtcNow.AddDays(14);
        }
        return http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), properties);
    }

    private static string LoginUrl(string error, string? email, string returnUrl, string extra) =>
        $"/login?error={error}&email={Uri.EscapeDataString(email ?? "")}&returnUrl={Uri.EscapeDataString(returnUrl)}{extra}";

    /// <summary>Only same-site paths: an attacker must not bounce a fresh sign-in to their own site.</summary>
    internal static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
