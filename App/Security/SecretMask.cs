namespace SellerConsole.Security;

/// <summary>How a secret may be shown: never more than its last four characters.</summary>
public static class SecretMask
{
    public const string Dots = "••••";

    public static string Mask(string? secret) =>
        string.IsNullOrEmpty(secret) ? "(not set)"
        : secret.Length <= 8 ? Dots
        : Dots + secret[^4..];
}
