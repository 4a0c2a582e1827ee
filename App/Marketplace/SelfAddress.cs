using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SellerConsole.Marketplace;

/// <summary>
/// This app's own base URL, for clients that call the built-in Sandbox over HTTP. Wildcard bindings
/// (0.0.0.0, [::], +, *) become loopback; plain HTTP is preferred so no certificate is involved.
/// </summary>
public sealed class SelfAddress(IServer server)
{
    public Uri BaseUri
    {
        get
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var chosen = addresses.OrderBy(a => a.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? 1 : 0).FirstOrDefault();
            if (chosen is null)
            {
                // In-memory test servers have no address; their handler ignores the host.
                return new Uri("http://localhost/");
            }
            var builder = new UriBuilder(chosen.Replace("://+", "://localhost").Replace("://*", "://localhost"));
            if (builder.Host is "0.0.0.0" or "[::]" or "::")
            {
                builder.Host = "127.0.0.1";
            }
            builder.Path = "/";
            return builder.Uri;
        }
    }
}
