using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Data;

/// <summary>
/// Loads costing data into a cached <see cref="CostingSnapshot"/> and saves edits. Every edit is
/// applied to the in-memory data first and validated by the costing core (BOM loops, dangling codes,
/// dated clashes); only a valid result is written, in one transaction. Then the cache is dropped, a
/// <see cref="CostsChanged"/> event goes out and the change is audited.
/// </summary>
public sealed partial class CostingStore(
    IDbContextFactory<SellerDb> dbs, LiveFeed live, AuditLog audit, TimeProvider clock, ILogger<CostingStore> log)
{
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private CostingSnapshot? _snapshot;
    private long _generation;
    private long _version;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CostingSnapshot> SnapshotAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _snapshot) is { } cached)
        {
            return cached;
        }
        await _loadLock.WaitAsync(ct);
        try
        {
            if (_snapshot is { } loaded)
            {
                return loaded;
            }
            var generation = Interlocked.Read(ref _generation);
            await using var db = await dbs.CreateDbContextAsync(ct);
            await CostingSeeder.EnsureSeededAsync(db, Now, ct);
            var snapshot = CostingSnapshot.Build(await CostingLoader.LoadAsync(db, ct), Interlocked.Increment(ref _version));
            // A write that finished while we were reading makes this copy stale: hand it out once, do not cache it.
            if (generation == Interlocked.Read(ref _generation))
            {
                Volatile.Write(ref _snapshot, snapshot);
            }
            return snapshot;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>Drops the cache after a write made outside the store's edit methods (bulk imports).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _snapshot, null);
    }

    /// <summary>Serialises writers so two edits cannot each pass validation and together break it.</summary>
    internal async Task<IDisposable> WriteLockAsync(CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct);
        return new Releaser(_writeLock);
    }

    /// <summary>Announces a committed change: cache, live event, audit entry.</summary>
    internal async Task AnnounceAsync(string auditAction, string what, IReadOnlyCollection<string> codes, string actor, string target, string details, CancellationToken ct)
    {
        Invalidate();
        live.Publish(new CostsChanged(what, codes));
        await audit.WriteAsync(actor, auditAction, target, details, cancellationToken: ct);
        log.LogInformation("Costing {What} changed by {Actor}: {Target}", what, actor, target);
    }

    /// <summary>
    /// The edit pipeline: validate <paramref name="apply"/>'s result with the core, then run
    /// <paramref name="write"/> and commit; any error rolls everything back and is returned for the user.
    /// </summary>
    private async Task<CostingEditResult> EditAsync(
        string actor, string what, string code, string details,
        Func<CostingMasterData, CostingMasterData> apply,
        Func<SellerDb, CancellationToken, Task> write,
        CancellationToken ct)
    {
        using (await WriteLockAsync(ct))
        {
            var current = await SnapshotAsync(ct);
            try
            {
                CostingSnapshot.Build(apply(current.Data), 0);
                await using var db = await dbs.CreateDbContextAsync(ct);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await write(db, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (CostingException ex)
            {
                return new CostingEditResult(ex.Message);
            }
            catch (DbUpdateException ex)
            {
                log.LogWarning(ex, "Costing {What} {Code} could not be saved", what, code);
                return new CostingEditResult($"The {what} could not be saved: {ex.InnerException?.Message ?? ex.Message}");
            }
            Invalidate();
        }
        await AnnounceAsync(AuditActions.CostsChanged, what, [code], actor, $"{Capital(what)} '{code}'", details, ct);
        return CostingEditResult.Ok;
    }

    internal static long Pence(decimal amount, string what) => amount == Money.Round(amount)
        ? Money.ToPence(amount)
        : throw new CostingException($"{what} must be in whole pence, got {amount}.");

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Makes a stored dated list equal the wanted one: drop missing dates, update, add.</summary>
    private static void SyncDated<T>(List<T> stored, IReadOnlyList<DatedPrice> wanted, Func<T, DateTime> dateOf,
        Action<T, long> setPence, Func<DateTime, long, T> create, string what)
    {
        var byDate = wanted.ToDictionary(w => w.EffectiveFrom, w => Pence(w.Amount, what));
        stored.RemoveAll(s => !byDate.ContainsKey(dateOf(s)));
        foreach (var row in stored)
        {
            setPence(row, byDate[dateOf(row)]);
            byDate.Remove(dateOf(row));
        }
        stored.AddRange(byDate.Select(kv => create(kv.Key, kv.Value)));
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
