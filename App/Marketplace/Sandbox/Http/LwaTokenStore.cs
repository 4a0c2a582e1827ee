using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SellerConsole.Marketplace.Sandbox.Http;

public enum AccessTokenCheck
{
    Valid,
    Missing,
    Invalid,
    Expired,
}

/// <summary>
/// The access tokens the Sandbox's LWA has issued: random "Atza|" strings, valid for an hour of app
/// time (or until <see cref="SandboxFaults.ExpireAllTokens"/>). Kept in memory: a restart signs
/// every client out, which the real adapters handle by exchanging their refresh token again.
/// </summary>
public sealed class LwaTokenStore(TimeProvider clock, SandboxFaults faults)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (DateTime At, int Generation)> _issued = new(StringComparer.Ordinal);

    public (string Token, int ExpiresInSeconds) Issue()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (old, issued) in _issued)
        {
            if (issued.At + 2 * Lifetime < now) _issued.TryRemove(old, out _);
        }
        var token = "Atza|" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        _issued[token] = (now, faults.TokenGeneration);
        return (token, (int)Lifetime.TotalSeconds);
    }

    public AccessTokenCheck Check(string? token)
    {
        if (string.IsNullOrEmpty(token)) return AccessTokenCheck.Missing;
        if (!_issued.TryGetValue(token, out var issued)) return AccessTokenCheck.Invalid;
        var now = clock.GetUtcNow().UtcDateTime;
        return now >= issued.At + Lifetime || faults.IsForciblyExpired(issued.Generation) ? AccessTokenCheck.Expired : AccessTokenCheck.Valid;
    }
}
