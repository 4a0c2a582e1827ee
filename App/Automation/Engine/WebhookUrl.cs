using System.Net;

namespace SellerConsole.Automation.Engine;

/// <summary>
/// What can be said of a webhook address from its text alone (HTTPS, a host, no credentials, not a literal
/// private or loopback address). The addresses a name resolves to are checked again when sending.
/// </summary>
public static class WebhookUrl
{
    public static string? Problem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return "Enter the webhook's https:// address.";
        if (url.Length > 500) return "An address has at most 500 characters.";
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return $"'{url}' is not an address.";
        if (uri.Scheme != Uri.UriSchemeHttps) return "Webhooks are sent over HTTPS only (https://...).";
        if (!string.IsNullOrEmpty(uri.UserInfo)) return "Put credentials in the signature, not in the address.";
        var host = uri.IdnHost.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return "The webhook must not point at this machine.";
        if (IPAddress.TryParse(host, out var ip) && AddressPolicy.Refusal(ip) is { } why) return $"The webhook must not point at {why}.";
        return null;
    }
}
