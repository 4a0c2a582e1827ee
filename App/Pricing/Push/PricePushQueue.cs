using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Pricing.Push;

/// <summary>A price someone (the repricer, the owner, an undo) wants on Amazon.</summary>
public sealed record PriceOrder(string Sku, long TargetPence, long? PreviousPence, string Actor, long? DecisionId = null);

/// <summary>
/// Puts prices in the durable push queue. A newer price for a SKU replaces one still waiting, so an
/// outage that lasts an hour sends each SKU's latest price once, not every price decided meanwhile.
/// </summary>
public sealed class PricePushQueue(IDbContextFactory<SellerDb> dbs, TimeProvider clock)
{
    /// <summary>Raised after a price was queued (the push job starts at once instead of within the minute).</summary>
    public event Func<Task>? Enqueued;

    /// <summary>SKUs per look-up of waiting prices: bounded statements on either database.</summary>
    private const int ChunkSize = 500;

    public async Task<PricePush> EnqueueAsync(PriceOrder order, CancellationToken cancellationToken) =>
        (await EnqueueBatchAsync([order], cancellationToken))[0];

    /// <summary>
    /// Queues many prices in one transaction, exactly as if each were queued alone in this order: each
    /// replaces the price still waiting for its SKU (a later order in the batch replaces an earlier one).
    /// </summary>
    public async Task<IReadOnlyList<PricePush>> EnqueueBatchAsync(IReadOnlyList<PriceOrder> orders, CancellationToken cancellationToken)
    {
        if (orders.Count == 0) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var pushes = await StageAsync(db, orders, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        await NotifyEnqueuedAsync();
        return pushes;
    }

    /// <summary>
    /// The batch's work inside the caller's context and transaction (a repricing pass stores its decisions
    /// and their pushes together): marks the waiting prices replaced and adds the new rows. The caller
    /// saves, commits, then calls <see cref="NotifyEnqueuedAsync"/>. Every order is checked before anything is staged.
    /// </summary>
    public async Task<IReadOnlyList<PricePush>> StageAsync(SellerDb db, IReadOnlyList<PriceOrder> orders, CancellationToken cancellationToken)
    {
        foreach (var order in orders)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(order.Sku);
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(order.TargetPence, 0, nameof(order.TargetPence));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var skus = orders.Select(o => o.Sku).Distinct().ToList();
        var waiting = new Dictionary<string, List<PricePush>>();
        foreach (var chunk in skus.Chunk(ChunkSize))
        {
            foreach (var push in await db.PricePushes.Where(p => chunk.Contains(p.Sku) && p.State == PushState.Queued).ToListAsync(cancellationToken))
            {
                (waiting.TryGetValue(push.Sku, out var list) ? list : waiting[push.Sku] = []).Add(push);
            }
        }
        var pushes = new List<PricePush>(orders.Count);
        foreach (var order in orders)
        {
            if (waiting.TryGetValue(order.Sku, out var older))
            {
                foreach (var old in older)
                {
                    old.State = PushState.Superseded;
                    old.LastError = $"Replaced by a newer price before it was sent ({order.Actor})";
                    old.UpdatedUtc = now;
                }
            }
            var push = new PricePush
            {
                Sku = order.Sku,
                DecisionId = order.DecisionId,
                TargetPence = order.TargetPence,
                PreviousPence = order.PreviousPence,
                Actor = order.Actor,
                Key = Guid.NewGuid(),
                State = PushState.Queued,
                QueuedUtc = now,
                NextAttemptUtc = now,
                UpdatedUtc = now,
            };
            db.PricePushes.Add(push);
            waiting[order.Sku] = [push]; // the next order for this SKU in the batch replaces this one
            pushes.Add(push);
        }
        return pushes;
    }

    /// <summary>Tells the push trigger that prices were committed to the queue (once per batch).</summary>
    public async Task NotifyEnqueuedAsync()
    {
        if (Enqueued is { } enqueued) await enqueued();
    }

    /// <summary>Withdraws prices not yet sent; returns how many.</summary>
    public async Task<int> CancelWaitingAsync(string? sku, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var waiting = await db.PricePushes.Where(p => p.State == PushState.Queued && (sku == null || p.Sku == sku)).ToListAsync(cancellationToken);
        foreach (var push in waiting)
        {
            push.State = PushState.Cancelled;
            push.LastError = $"Withdrawn by {actor}";
            push.UpdatedUtc = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return waiting.Count;
    }

    /// <summary>Prices not yet confirmed (queued, being sent, or waiting to be read back), oldest first.</summary>
    /// <summary>Whether any price waits to be sent, is being sent, or waits to be read back.</summary>
    public async Task<bool> HasOpenAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.PricePushes.AnyAsync(p => p.State == PushState.Queued || p.State == PushState.Sending || p.State == PushState.Accepted, cancellationToken);
    }

    public async Task<IReadOnlyList<PricePush>> OpenAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.PricePushes.AsNoTracking()
            .Where(p => p.State == PushState.Queued || p.State == PushState.Sending || p.State == PushState.Accepted)
            .OrderBy(p => p.QueuedUtc).ThenBy(p => p.Id).ToListAsync(cancellationToken);
    }
}
