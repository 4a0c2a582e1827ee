using System.Net;
using System.Net.NetworkInformation;
using SellerConsole.Automation.Engine;

namespace SellerConsole.Automation.Actions;

/// <summary>Thrown when a webhook's address is, or resolves to, somewhere it must not go. Never retried.</summary>
public sealed class WebhookRefusedException(string message) : Exception(message);

/// <summary>
/// Resolves a webhook host and refuses it if any address it resolves to is loopback, private, link-local,
/// unique-local or one of this machine's own. Used before sending and again inside the connection itself, so a
/// name that resolves to a public address first and a private one a moment later (DNS rebinding) is still refused.
/// </summary>
public sealed class HostResolver(Func<string, CancellationToken, Task<IPAddress[]>> resolve)
{
    public HostResolver() : this(static (host, ct) => Dns.GetHostAddressesAsync(host, ct))
    {
    }

    public async Task<IPAddress[]> SafeAddressesAsync(string host, CancellationToken ct)
    {
        host = host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolve(host, ct);
        if (addresses.Length == 0) throw new WebhookRefusedException($"{host} does not resolve to any address.");
        var own = OwnAddresses();
        foreach (var address in addresses)
        {
            if (AddressPolicy.Refusal(address) is { } why) throw new WebhookRefusedException($"{host} resolves to {address}: {why}; webhooks may not go there.");
            if (own.Contains(address)) throw new WebhookRefusedException($"{host} resolves to {address}, this machine's own address; webhooks may not go there.");
        }
        return addresses;
    }

    private static HashSet<IPAddress> OwnAddresses()
    {
        var set = new HashSet<IPAddress>();
        try
        {
            foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
            {
                foreach (var unicast in nic.GetIPProperties().UnicastAddresses) set.Add(unicast.Address);
            }
        }
        catch (NetworkInformationException)
        {
            // Without the interface list the range checks above still apply.
        }
        return set;
    }
}
