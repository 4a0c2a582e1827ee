using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

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

    private static async Task<IResult> LoginAsync([FromForm] LoginForm form, HttpContext http, OwnerService owners, SignInThrottle throttle,
        AuditLog audit, TimeProvider clock)
    {
        var ip = http.Connection.RemoteIpAddress?.ToString();
        var address = SignInThrottle.KeyOf(http.Connection.RemoteIpAddress);
        var returnUrl = ReturnUrls.Safe(form.ReturnUrl);
        var admission = throttle.TryBegin(address, clock.GetUtcNow().UtcDateTime);
        if (admission.Kind != AdmissionKind.Admitted)
        {
            var why = admission.Kind == AdmissionKind.Busy ? "another attempt from this address was being checked" : $"this address must wait until {admission.RetryAfterUtc:u}";
            await audit.WriteAsync($"anonymous ({form.Email})", AuditActions.SignInFailed, form.Email, $"Refused unchecked: {why}", ip, http.RequestAborted);
            return Results.Redirect(admission.Kind == AdmissionKind.Busy
                ? LoginUrl("busy", form.Email, returnUrl, "")
                : LoginUrl("slowed", form.Email, returnUrl, $"&until={Uri.EscapeDataString(admission.RetryAfterUtc!.Value.ToString("O"))}"));
        }

        SignInCheck check;
        try
        {
            check = await owners.CheckPasswordAsync(form.Email, form.Password, http.RequestAborted);
        }
        catch
        {
            throttle.Abandon(address);
            throw;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        switch (check.Status)
        {
            case SignInStatus.NoOwner:
                throttle.Abandon(address);
                return Results.Redirect("/setup");
            case SignInStatus.Succeeded:
                throttle.Complete(address, succeeded: true, now);
                await SignInAsync(http, check.Owner!, form.RememberMe, clock);
                await audit.WriteAsync(Actor.ForOwner(check.Owner!.Email), AuditActions.SignIn, check.Owner.Email, null, ip, http.RequestAborted);
                return Results.Redirect(returnUrl);
            default:
                var retryAfter = throttle.Complete(address, succeeded: false, now);
                var left = throttle.AttemptsLeft(address, now);
                if (retryAfter > now)
                {
                    await audit.WriteAsync($"anonymous ({form.Email})", AuditActions.Slowed, form.Email, $"Wrong password; this address must wait until {retryAfter:u}", ip, http.RequestAborted);
                    return Results.Redirect(LoginUrl("slowed", form.Email, returnUrl, $"&until={Uri.EscapeDataString(retryAfter.Value.ToString("O"))}"));
                }
                await audit.WriteAsync($"anonymous ({form.Email})", AuditActions.SignInFailed, form.Email, $"{left} attempt(s) left before this address is slowed", ip, http.RequestAborted);
                return Results.Redirect(LoginUrl("invalid", form.Email, returnUrl, $"&left={left}"));
        }
    }

    private static async Task<IResult> SetupAsync([FromForm] SetupForm form, HttpContext http, OwnerService owners, TimeProvider clock)
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
        await SignInAsync(http, check.Owner!, rememberMe: false, clock);
        return Results.Redirect("/");
    }

    /// <summary>Ends the session on the server too: a copy of this cookie is refused from now on.</summary>
    private static async Task<IResult> LogoutAsync(HttpContext http, IAntiforgery antiforgery, OwnerSessions sessions, AuditLog audit)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }
        var actor = Actor.Of(http.User);
        await sessions.EndAsync(http.User, http.RequestAborted);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await audit.WriteAsync(actor, AuditActions.SignOut, null, null, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        return Results.Redirect("/login?signedOut=1");
    }

    private static Task SignInAsync(HttpContext http, Owner owner, bool rememberMe, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, owner.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, owner.Email),
            new Claim(Actor.ClaimType, Actor.ForOwner(owner.Email)),
            new Claim(StampClaim, owner.SecurityStamp),
            new Claim(OwnerSessions.SessionClaim, OwnerSessions.NewId()),
            new Claim(OwnerSessions.SignedInClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        var properties = new AuthenticationProperties { IsPersistent = rememberMe, AllowRefresh = true };
        if (rememberMe)
        {
            properties.ExpiresUtc = now.AddDays(14);
        }
        return http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), properties);
    }

    private static string LoginUrl(string error, string? email, string returnUrl, string extra) =>
        $"/login?error={error}&email={Uri.EscapeDataString(email ?? "")}&returnUrl={Uri.EscapeDataString(returnUrl)}{extra}";
}
