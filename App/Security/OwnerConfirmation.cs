using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace SellerConsole.Security;

/// <summary>
/// Proof that the person at the keyboard is the owner right now, for changes that hand out or take away
/// access (API tokens): the owner's own sign-in cookie (never a token), its session still live, and the
/// password typed recently, either at sign-in (within <see cref="SignInOptions.RecentSignInMinutes"/>) or
/// again just now.
/// </summary>
public sealed class OwnerConfirmation(OwnerService owners, OwnerSessions sessions, SignInThrottle throttle, IOptions<SignInOptions> options, TimeProvider clock)
{
    public const string NotOwnerCookie = "Only the owner, signed in with a password in the browser, can do this; an API token cannot.";
    public const string WrongPassword = "That is not the password.";

    /// <summary>True when the sign-in itself is recent enough to need no password.</summary>
    public bool SignedInRecently(ClaimsPrincipal user) =>
        OwnerSessions.SignedInUtc(user) is { } signedIn &&
        clock.GetUtcNow().UtcDateTime - signedIn < TimeSpan.FromMinutes(options.Value.RecentSignInMinutes);

    public string PasswordNeeded => $"Enter your password: you signed in more than {RecentWindowText} ago.";

    public string RecentWindowText => options.Value.RecentSignInMinutes == 1 ? "a minute" : $"{options.Value.RecentSignInMinutes} minutes";

    /// <summary>Null when confirmed; otherwise why not, for the owner to read.</summary>
    public async Task<string?> CheckAsync(ClaimsPrincipal user, string? password, CancellationToken cancellationToken)
    {
        var cookie = user.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme);
        var stamp = cookie?.FindFirst(AccountEndpoints.StampClaim)?.Value;
        if (cookie is null || stamp is null || stamp != owners.Current?.SecurityStamp || !await sessions.IsActiveAsync(user, cancellationToken))
        {
            return NotOwnerCookie;
        }
        if (!string.IsNullOrEmpty(password))
        {
            return await VerifyAsync(OwnerSessions.IdOf(user)!, password, cancellationToken);
        }
        return SignedInRecently(user) ? null : PasswordNeeded;
    }

    /// <summary>A stolen session must not become a password oracle: wrong passwords here are slowed like sign-in's, per session.</summary>
    private async Task<string?> VerifyAsync(string session, string password, CancellationToken cancellationToken)
    {
        var key = "session:" + session;
        var admission = throttle.TryBegin(key, clock.GetUtcNow().UtcDateTime);
        if (admission.Kind != AdmissionKind.Admitted)
        {
            return admission.RetryAfterUtc is { } after
                ? $"Too many wrong passwords. Try again after {SellerConsole.Shared.UkTime.FromUtc(after):HH:mm:ss} (UK time)."
                : "Another password check is running. Try again in a moment.";
        }
        bool right;
        try
        {
            right = await owners.VerifyPasswordAsync(password, cancellationToken);
        }
        catch
        {
            throttle.Abandon(key);
            throw;
        }
        throttle.Complete(key, right, clock.GetUtcNow().UtcDateTime);
        return right ? null : WrongPassword;
    }
}
