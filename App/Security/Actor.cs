using System.Security.Claims;

namespace SellerConsole.Security;

/// <summary>Who did something, as the audit log records it: "owner:me@example.com", "token:deploy".</summary>
public static class Actor
{
    public const string ClaimType = "sellerconsole:actor";
    public const string System = "system";

    public static string ForOwner(string email) => $"owner:{email}";

    public static string ForToken(string name) => $"token:{name}";

    public static string Of(ClaimsPrincipal? user) =>
        user?.FindFirst(ClaimType)?.Value ?? (user?.Identity?.Name is { } name ? ForOwner(name) : "anonymous");
}
