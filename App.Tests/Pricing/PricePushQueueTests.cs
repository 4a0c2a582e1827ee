using Microsoft.EntityFrameworkCore;
using SellerConsole.Bench;
using SellerConsole.Pricing.Push;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Pricing;

/// <summary>The push queue's batch keeps the one-price-at-a-time rules: the latest price per SKU waits, older ones are replaced.</summary>
public sealed class PricePushQueueTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_batch_replaces_waiting_prices_in_order_and_wakes_the_push_job_once()
    {
        await using var database = await BenchDatabase.CreateAsync(CancellationToken.None);
        var queue = new PricePushQueue(database.Factory, new ManualTimeProvider(Start));
        var waiting = await queue.EnqueueAsync(new PriceOrder("A-1", 900, 1000, "owner"), CancellationToken.None);
        var other = await queue.EnqueueAsync(new PriceOrder("C-1", 500, 510, "owner"), CancellationToken.None);
        var woken = 0;
        queue.Enqueued += () => { woken++; return Task.CompletedTask; };

        var batch = await queue.EnqueueBatchAsync(
            [new PriceOrder("A-1", 800, 1000, "repricer:x", 11), new PriceOrder("B-1", 700, 650, "repricer:x", 12), new PriceOrder("A-1", 750, 1000, "undo:owner")],
            CancellationToken.None);

        Assert.Equal(1, woken);
        Assert.Equal(["A-1", "B-1", "A-1"], batch.Select(p => p.Sku));
        await using var db = await database.Factory.CreateDbContextAsync();
        var rows = await db.PricePushes.AsNoTracking().ToDictionaryAsync(p => p.Id);
        Assert.Equal(PushState.Superseded, rows[waiting.Id].State);
        Assert.Equal("Replaced by a newer price before it was sent (repricer:x)", rows[waiting.Id].LastError);
        Assert.Equal(PushState.Superseded, rows[batch[0].Id].State);
        Assert.Equal("Replaced by a newer price before it was sent (undo:owner)", rows[batch[0].Id].LastError);
        Assert.Equal(11, rows[batch[0].Id].DecisionId);
        Assert.Equal(PushState.Queued, rows[batch[1].Id].State);
        Assert.Equal(PushState.Queued, rows[batch[2].Id].State);
        Assert.Equal(750, rows[batch[2].Id].TargetPence);
        Assert.Equal(PushState.Queued, rows[other.Id].State);
        Assert.Equal(["A-1", "B-1", "C-1"], rows.Values.Where(p => p.State == PushState.Queued).Select(p => p.Sku).Order());
        Assert.Equal(rows.Count, rows.Values.Select(p => p.Key).Distinct().Count());
    }

    [Fact]
    public async Task A_batch_with_one_invalid_price_queues_nothing()
    {
        await using var database = await BenchDatabase.CreateAsync(CancellationToken.None);
        var queue = new PricePushQueue(database.Factory, new ManualTimeProvider(Start));
        var waiting = await queue.EnqueueAsync(new PriceOrder("A-1", 900, 1000, "owner"), CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            queue.EnqueueBatchAsync([new PriceOrder("A-1", 800, 900, "owner"), new PriceOrder("B-1", 0, 650, "owner")], CancellationToken.None));

        await using var db = await database.Factory.CreateDbContextAsync();
        var only = Assert.Single(await db.PricePushes.AsNoTracking().ToListAsync());
        Assert.Equal(waiting.Id, only.Id);
        Assert.Equal(PushState.Queued, only.State);
    }
}
