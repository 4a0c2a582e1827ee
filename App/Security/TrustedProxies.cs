using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace SellerConsole.Security;

/// <summary>
/// <c>Proxy:Trusted</c> (a reverse proxy on this machine, e.g. nginx) and <c>Proxy:KnownProxies</c> (addresses
/// or CIDR networks of proxies elsewhere, comma-separated). Only requests from those peers may say, with
/// X-Forwarded-For and X-Forwarded-Proto, who the client is and whether it used HTTPS. By default no one
/// may: the address the console sees (sign-in slowing, rate limits, the audit log) is the TCP peer's.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    public bool Trusted { get; set; }

    public string? KnownProxies { get; set; }

    public IReadOnlyList<string> Entries =>
        (KnownProxies ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IEnumerable<string> Problems() =>
        Entries.Where(e => !IPAddress.TryParse(e, out _) && !System.Net.IPNetwork.TryParse(e, out _))
            .Select(e => $"Proxy:KnownProxies: '{e}' is not an IP address or a CIDR network (e.g. 10.0.0.5 or 10.0.0.0/24)");

    public bool TrustsAnyone => Trusted || Entries.Count > 0;
}

public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyOptions>().Configure(o =>
            {
                var section = configuration.GetSection(ProxyOptions.Section);
                o.Trusted = section.GetValue<bool>(nameof(ProxyOptions.Trusted));
                // One string ("10.0.0.5,10.0.0.6") or a JSON array (Proxy:KnownProxies:0, :1, ...).
                var known = section.GetSection(nameof(ProxyOptions.KnownProxies));
                o.KnownProxies = known.Value ?? string.Join(',', known.GetChildren().Select(c => c.Value));
            })
            .Validate(o => !o.Problems().Any(), "Proxy:KnownProxies has an entry that is not an IP address or CIDR network")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Honours forwarded headers from the configured proxies only; with none configured, not at all.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var proxy = app.ApplicationServices.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (!proxy.TrustsAnyone)
        {
            return app;
        }
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        // The framework trusts loopback by default; here loopback is trusted only when Proxy:Trusted says so.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        if (proxy.Trusted)
        {
            options.KnownProxies.Add(IPAddress.Loopback);
            options.KnownProxies.Add(IPAddress.IPv6Loopback);
        }
        foreach (var entry in proxy.Entries)
        {
            if (IPAddress.TryParse(entry, out var address)) options.KnownProxies.Add(address);
            else options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
        }
        return app.UseForwardedHeaders(options);
    }
}
