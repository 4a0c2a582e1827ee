using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Catalog.Sync;

/// <summary>
/// Records each marketplace sync's attempts in SyncStates: when it last succeeded, how many times in
/// a row it has failed and why, and its cursor. The data a sync wrote is only ever replaced by a
/// complete, successful step, so a failure leaves the last good data in place.
/// </summary>
public sealed class SyncTracker(IDbContextFactory<SellerDb> dbs, TimeProvider clock)
{
    public async Task<SyncState> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.SyncStates.AsNoTracking().FirstOrDefaultAsync(s => s.Name == name, cancellationToken) ?? new SyncState { Name = name };
    }

    public async Task<IReadOnlyList<SyncState>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.SyncStates.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Runs one sync, recording the attempt, then the success (with its new cursor: null keeps the old one, an
    /// empty string clears it) or the failure.
    /// </summary>
    public async Task<T> RunAsync<T>(string name, Func<SyncState, CancellationToken, Task<(T Result, string? Cursor)>> sync, CancellationToken cancellationToken)
    {
        var state = await UpdateAsync(name, s => s.LastAttemptUtc = Now, cancellationToken);
        var allocated = Shared.MemoryRelief.Mark();
        try
        {
            var (result, cursor) = await sync(state, cancellationToken);
            await UpdateAsync(name, s =>
            {
                s.LastSuccessUtc = Now;
                s.ConsecutiveFailures = 0;
                s.LastError = null;
                s.Cursor = cursor is null ? s.Cursor : cursor.Length == 0 ? null : cursor;
            }, CancellationToken.None);
            return result;
        }
        catch (Exception ex)
        {
            var message = ex is OperationCanceledException ? "Cancelled" : $"{ex.GetType().Name}: {ex.Message}";
            await UpdateAsync(name, s =>
            {
                s.ConsecutiveFailures++;
                s.LastError = message.Length > 2000 ? message[..2000] : message;
            }, CancellationToken.None);
            throw;
        }
        finally
        {
            Shared.MemoryRelief.AfterBulkWork(allocated);
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<SyncState> UpdateAsync(string name, Action<SyncState> change, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var state = await db.SyncStates.FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
        if (state is null)
        {
            state = new SyncState { Name = name };
            db.SyncStates.Add(state);
        }
        change(state);
        await db.SaveChangesAsync(cancellationToken);
        return state;
    }
}
