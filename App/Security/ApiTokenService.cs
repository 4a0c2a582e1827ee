using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Security;

public sealed record CreatedToken(ApiToken Token, string PlainText);

/// <summary>
/// Personal access tokens for the REST API. The plain token is returned once at creation;
/// only its SHA-256 is stored (a long random token needs no slow hash).
/// </summary>
public sealed class ApiTokenService(IDbContextFactory<SellerDb> dbs, AuditLog audit, TimeProvider clock)
{
    private const string TokenPrefix = "sc_";

    public async Task<CreatedToken> CreateAsync(string name, string actor, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length is 0 or > 100)
        {
            throw new ArgumentException("A token needs a name of 1 to 100 characters.", nameof(name));
        }
        var plain = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Name = name,
            Prefix = plain[..10],
            Hash = HashOf(plain),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync(cancellationToken);
        }
        await audit.WriteAsync(actor, AuditActions.TokenCreated, name, $"Token {token.Prefix}… created", cancellationToken: cancellationToken);
        return new CreatedToken(token, plain);
    }

    public async Task<bool> RevokeAsync(int id, string actor, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null || token.RevokedUtc is not null)
        {
            return false;
        }
        token.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(actor, AuditActions.TokenRevoked, token.Name, $"Token {token.Prefix}… revoked", cancellationToken: cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The active token matching <paramref name="plain"/>, or null. Records when it was last used.</summary>
    public async Task<ApiToken?> ValidateAsync(string plain, CancellationToken cancellationToken)
    {
        if (!plain.StartsWith(TokenPrefix, StringComparison.Ordinal) || plain.Length > 100)
        {
            return null;
        }
        var hash = HashOf(plain);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Hash == hash && t.RevokedUtc == null, cancellationToken);
        if (token is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // Write at most once a minute per token; the API may be called in tight loops.
        if (token.LastUsedUtc is null || now - token.LastUsedUtc > TimeSpan.FromMinutes(1))
        {
            token.LastUsedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return token;
    }

    internal static string HashOf(string plain) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
