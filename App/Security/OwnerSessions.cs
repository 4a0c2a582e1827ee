using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SellerConsole.Data;

namespace SellerConsole.Security;

/// <summary>A sign-in session that was signed out: its cookie must not work again, even if someone kept a copy.</summary>
public sealed class EndedSession
{
    /// <summary>The session id carried in the cookie (<see cref="OwnerSessions.SessionClaim"/>).</summary>
    public required string Id { get; set; }
    public DateTime EndedUtc { get; set; }

    /// <summary>After this no cookie of the session can still be valid, so the row can go.</summary>
    public DateTime ForgetAfterUtc { get; set; }
}

internal sealed class EndedSessionConfiguration : IEntityTypeConfiguration<EndedSession>
{
    public void Configure(EntityTypeBuilder<EndedSession> builder)
    {
        builder.ToTable("EndedSessions");
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.HasIndex(s => s.ForgetAfterUtc);
    }
}

/// <summary>
/// Server-side end of a sign-in session. Every cookie carries a random session id; signing out records
/// it here, and cookie validation (per request) and circuit revalidation refuse it from then on. A
/// password change still ends every session at once through the security stamp.
/// </summary>
public sealed class OwnerSessions(IDbContextFactory<SellerDb> dbs, TimeProvider clock)
{
    public const string SessionClaim = "sellerconsole:session";
    public const string SignedInClaim = "sellerconsole:signed-in";

    /// <summary>Longer than any cookie lives (14 days remembered, sliding renewals included).</summary>
    private static readonly TimeSpan Remember = TimeSpan.FromDays(31);

    private readonly SemaphoreSlim _load = new(1, 1);
    private readonly Lock _swap = new();
    private volatile HashSet<string>? _ended;

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string? IdOf(ClaimsPrincipal? user) => user?.FindFirst(SessionClaim)?.Value;

    /// <summary>When the cookie's sign-in happened (the password was last typed), from its claim.</summary>
    public static DateTime? SignedInUtc(ClaimsPrincipal? user) =>
        long.TryParse(user?.FindFirst(SignedInClaim)?.Value, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : null;

    public async Task<bool> IsActiveAsync(ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        var id = IdOf(user);
        return id is not null && !(await EndedAsync(cancellationToken)).Contains(id);
    }

    public async Task EndAsync(ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        if (IdOf(user) is not { } id)
        {
            return;
        }
        await EndedAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.Set<EndedSession>().Where(s => s.ForgetAfterUtc < now).ExecuteDeleteAsync(cancellationToken);
        if (!await db.Set<EndedSession>().AnyAsync(s => s.Id == id, cancellationToken))
        {
            db.Add(new EndedSession { Id = id, EndedUtc = now, ForgetAfterUtc = now + Remember });
            await db.SaveChangesAsync(cancellationToken);
        }
        lock (_swap)
        {
            _ended = new HashSet<string>(_ended!, StringComparer.Ordinal) { id };
        }
    }

    private async Task<HashSet<string>> EndedAsync(CancellationToken cancellationToken)
    {
        if (_ended is { } loaded)
        {
            return loaded;
        }
        await _load.WaitAsync(cancellationToken);
        try
        {
            if (_ended is null)
            {
                await using var db = await dbs.CreateDbContextAsync(cancellationToken);
                _ended = (await db.Set<EndedSession>().Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            }
            return _ended;
        }
        finally
        {
            _load.Release();
        }
    }
}
