using Microsoft.AspNetCore.Http.HttpResults;

namespace SellerConsole.Security;

/// <summary>
/// Where sign-in may send the owner afterwards: a path on this site, never another site. Browsers
/// strip tabs and newlines from a Location and read '\' as '/', so "/\t/evil.example" lands on
/// "//evil.example"; the framework's local-URL check must therefore see the value as a browser would
/// act on it (percent-decoded, repeatedly) as well as the raw value.
/// </summary>
public static class ReturnUrls
{
    public const string Home = "/";

    public static string Safe(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2_000 || !IsLocal(url))
        {
            return Home;
        }
        var decoded = url;
        for (var round = 0; round < 4; round++)
        {
            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded)
            {
                break;
            }
            decoded = next;
            if (!IsLocal(decoded))
            {
                return Home;
            }
        }
        return url;
    }

    /// <summary>The framework's check, plus: no control character or backslash anywhere, and no "~/" virtual path.</summary>
    private static bool IsLocal(string url) =>
        url[0] == '/' && RedirectHttpResult.IsLocalUrl(url) && !url.Any(c => char.IsControl(c) || c == '\\');
}
