using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Security;

public sealed record CreatedToken(ApiToken Token, string PlainText);

/// <param name="ExpiresUtc">Null: until revoked.</param>
public sealed record TokenRequest(string Name, ApiTokenScope Scope, DateTime? ExpiresUtc);

/// <summary>A created token, or why not (<paramref name="PasswordNeeded"/>: ask for the password and try again).</summary>
public sealed record TokenOutcome(CreatedToken? Created, string? Problem, bool PasswordNeeded = false);

/// <summary>
/// Personal access tokens for the REST API. The plain token is returned once at creation;
/// only its SHA-256 is stored (a long random token needs no slow hash). Creating and revoking
/// need the owner's confirmation (<see cref="OwnerConfirmation"/>): a leaked token cannot mint more.
/// </summary>
public sealed class ApiTokenService(IDbContextFactory<SellerDb> dbs, AuditLog audit, OwnerConfirmation confirmation, TimeProvider clock)
{
    private const string TokenPrefix = "sc_";

    public async Task<TokenOutcome> CreateAsync(ClaimsPrincipal owner, string? password, TokenRequest request, CancellationToken cancellationToken)
    {
        if (await confirmation.CheckAsync(owner, password, cancellationToken) is { } refused)
        {
            return new TokenOutcome(null, refused, PasswordNeeded: refused == confirmation.PasswordNeeded);
        }
        if (Validate(request) is { } problem)
        {
            return new TokenOutcome(null, problem);
        }
        return new TokenOutcome(await IssueAsync(request, Actor.Of(owner), cancellationToken), null);
    }

    /// <summary>Null when revoked; otherwise why not.</summary>
    public async Task<string?> RevokeAsync(ClaimsPrincipal owner, string? password, int id, CancellationToken cancellationToken)
    {
        if (await confirmation.CheckAsync(owner, password, cancellationToken) is { } refused)
        {
            return refused;
        }
        return await RevokeAsync(id, Actor.Of(owner), cancellationToken) ? null : "That token does not exist or is already revoked.";
    }

    public string? Validate(TokenRequest request)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            return "A token needs a name of 1 to 100 characters.";
        }
        if (!Enum.IsDefined(request.Scope))
        {
            return "Choose read-only or read-write.";
        }
        return request.ExpiresUtc is { } expires && expires <= clock.GetUtcNow().UtcDateTime ? "The expiry must be in the future." : null;
    }

    /// <summary>Issues a token without asking the owner: only for callers that already did (and tests).</summary>
    internal async Task<CreatedToken> IssueAsync(TokenRequest request, string actor, CancellationToken cancellationToken)
    {
        if (Validate(request) is { } problem)
        {
            throw new ArgumentException(problem, nameof(request));
        }
        var plain = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Name = request.Name.Trim(),
            Prefix = plain[..10],
            Hash = HashOf(plain),
            Scope = request.Scope,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            ExpiresUtc = request.ExpiresUtc,
        };
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync(cancellationToken);
        }
        var expiry = token.ExpiresUtc is { } at ? $"expires {at:u}" : "no expiry";
        await audit.WriteAsync(actor, AuditActions.TokenCreated, token.Name, $"Token {token.Prefix}… created ({ScopeText(token.Scope)}, {expiry})", cancellationToken: cancellationToken);
        return new CreatedToken(token, plain);
    }

    internal async Task<bool> RevokeAsync(int id, string actor, CancellationToken cancellationToken)
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

    public static string ScopeText(ApiTokenScope scope) => scope == ApiTokenScope.ReadOnly ? "read-only" : "read-write";

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
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null || !token.IsUsableAt(now))
        {
            return null;
        }
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
