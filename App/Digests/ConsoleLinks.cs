using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SellerConsole.Security;

namespace SellerConsole.Digests;

/// <summary>
/// The console's public address for links in emails (a mail is built by a background job, with no request to
/// read it from): the "Console address" setting, else the <c>Console:PublicUrl</c> configuration, else the
/// first address this server listens on, else http://localhost:5000.
/// </summary>
public sealed class ConsoleLinks(SettingsStore settings, IConfiguration configuration, IServer server)
{
    public const string ConfigurationKey = "Console:PublicUrl";

    public async Task<string> BaseAsync(CancellationToken cancellationToken)
    {
        var chosen = await settings.GetAsync(SettingsCatalog.ConsolePublicUrl, cancellationToken);
        if (string.IsNullOrWhiteSpace(chosen))
        {
            chosen = configuration[ConfigurationKey];
        }
        if (string.IsNullOrWhiteSpace(chosen))
        {
            chosen = server.Features.Get<IServerAddressesFeature>()?.Addresses
                .Select(a => a.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost"))
                .FirstOrDefault(a => Uri.TryCreate(a, UriKind.Absolute, out _));
        }
        return (string.IsNullOrWhiteSpace(chosen) ? "http://localhost:5000" : chosen).TrimEnd('/');
    }
}
