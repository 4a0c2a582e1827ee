using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Who may call the Sandbox's SP-API, LWA, Keepa and document endpoints: this process's own clients, which
/// carry a random key made at start-up in the <see cref="Header"/> header, and the signed-in owner (looking
/// at a raw answer in the browser). The Sandbox's credentials are public (they are in the README), so
/// without this anyone who can reach the port could set a listing to £0.01 that the console then syncs.
/// </summary>
public sealed class SandboxCaller
{
    public const string Header = "X-SellerConsole-Sandbox-Key";

    public string Key { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public bool Admits(HttpContext http)
    {
        var presented = http.Request.Headers[Header].ToString();
        if (presented.Length > 0)
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), Encoding.ASCII.GetBytes(Key));
        }
        return http.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public const string RefusedMessage =
        "The built-in Sandbox answers only this console's own clients and its signed-in owner.";
}

/// <summary>
/// Adds the Sandbox caller key to the app's own outgoing calls, but only in Sandbox mode and only to this
/// app's own /sandbox endpoints: the key never leaves the process for Amazon or Keepa.
/// </summary>
public sealed class SandboxCallerHandler(SandboxCaller caller, SelfAddress self, IOptions<MarketplaceOptions> marketplace) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (marketplace.Value.Mode == MarketplaceMode.Sandbox && IsOwnSandbox(request.RequestUri))
        {
            request.Headers.Remove(SandboxCaller.Header);
            request.Headers.Add(SandboxCaller.Header, caller.Key);
        }
        return base.SendAsync(request, cancellationToken);
    }

    private bool IsOwnSandbox(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return false;
        }
        var own = self.BaseUri;
        return Uri.Compare(uri, own, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            && uri.AbsolutePath.StartsWith(SandboxPaths.Root + "/", StringComparison.OrdinalIgnoreCase);
    }
}
