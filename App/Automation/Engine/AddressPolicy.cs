using System.Net;
using System.Net.Sockets;

namespace SellerConsole.Automation.Engine;

/// <summary>
/// Addresses a webhook may never reach: loopback, private (RFC 1918), carrier-grade NAT, link-local (cloud
/// metadata at 169.254.169.254), IPv6 unique-local and link-local, multicast, unspecified and reserved ranges,
/// and IPv4 hidden inside IPv6 (mapped, NAT64, 6to4). Null means allowed.
/// </summary>
public static class AddressPolicy
{
    public static string? Refusal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return Refusal(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetwork) return V4(address.GetAddressBytes());
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return "an unknown kind of address";
        if (IPAddress.IPv6Loopback.Equals(address)) return "this machine (loopback)";
        if (IPAddress.IPv6Any.Equals(address)) return "an unspecified address";
        var b = address.GetAddressBytes();
        if ((b[0] & 0xFE) == 0xFC) return "a private network (unique-local)";
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return "a link-local address";
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return "a private network (site-local)";
        if (b[0] == 0xFF) return "a multicast address";
        // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) carry an IPv4 address that decides.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].All(x => x == 0)) return V4(b[12..16]);
        if (b[0] == 0x20 && b[1] == 0x02) return V4(b[2..6]);
        if (b[..10].All(x => x == 0) && b[10] == 0 && b[11] == 0) return "a reserved address (IPv4-compatible)";
        if (b[0] == 0x01 && b[1..8].All(x => x == 0)) return "a reserved address (discard)";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return "a documentation address";
        return null;
    }

    private static string? V4(byte[] b) => (b[0], b[1]) switch
    {
        (0, _) => "an unspecified address",
        (10, _) => "a private network (10.0.0.0/8)",
        (100, >= 64 and <= 127) => "a private network (100.64.0.0/10)",
        (127, _) => "this machine (loopback)",
        (169, 254) => "a link-local address (169.254.0.0/16, cloud metadata)",
        (172, >= 16 and <= 31) => "a private network (172.16.0.0/12)",
        (192, 168) => "a private network (192.168.0.0/16)",
        (192, 0) when b[2] is 0 or 2 => "a reserved address",
        (198, 18 or 19) => "a reserved address (benchmarking)",
        (198, 51) when b[2] == 100 => "a documentation address",
        (203, 0) when b[2] == 113 => "a documentation address",
        ( >= 224, _) => "a multicast or reserved address",
        _ => null,
    };
}
