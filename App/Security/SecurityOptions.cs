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

    public int MaxFailedAttempts { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Idle time after which the sign-in cookie expires (sliding).</summary>
    public int SessionHours { get; set; } = 12;

    public const int MinimumPasswordLength = 12;
}
