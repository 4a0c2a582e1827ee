namespace SellerConsole.Security;

/// <summary><c>Owner:Email</c> + <c>Owner:Password</c> create the owner on first start (unattended deploys).</summary>
public sealed class OwnerOptions
{
    public const string Section = "Owner";
    public string? Email { get; set; }
    public string? Password { get; set; }
}

public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// <c>Api:BootstrapToken</c>: accepted as a bearer token when set, for automation before any
    /// personal token exists. Treat it like a password; at least 32 characters.
    /// </summary>
    public string? BootstrapToken { get; set; }
}

public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>Sign-in and setup posts allowed per client address per window.</summary>
    public int PermitLimit { get; set; } = 10;
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Wrong passwords one address may send before it has to wait.</summary>
    public int FreeAttempts { get; set; } = 3;

    /// <summary>The first wait; each further wrong password from that address doubles it, up to <see cref="MaxDelayMinutes"/>.</summary>
    public int FirstDelaySeconds { get; set; } = 30;
    public int MaxDelayMinutes { get; set; } = 15;

    /// <summary>
    /// Wrong passwords from all addresses together per <see cref="GlobalWindowMinutes"/> (a guess spread over many
    /// addresses). Past it, only addresses the owner has signed in from before may try until the window moves on.
    /// </summary>
    public int GlobalFailureCeiling { get; set; } = 50;
    public int GlobalWindowMinutes { get; set; } = 15;

    /// <summary>Creating or revoking API tokens within this long of signing in needs no password; later it asks again.</summary>
    public int RecentSignInMinutes { get; set; } = 10;

    /// <summary>Idle time after which the sign-in cookie expires (sliding).</summary>
    public int SessionHours { get; set; } = 12;

    public const int MinimumPasswordLength = 12;
}
