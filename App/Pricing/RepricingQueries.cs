using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;

namespace SellerConsole.Pricing;

public sealed record DecisionFilter(string? Sku = null, DecisionStatus? Status = null, DecisionOutcome? Outcome = null, bool ChangesOnly = false, DateTime? FromUtc = null);

public sealed record DecisionPage(IReadOnlyList<StoredDecision> Items, int Total);

/// <summary>Counts for the Repricing page's header: the last 7 days' activity, the review queue, the push queue, confirmation latency.</summary>
public sealed record RepricingOverview(
    int Changes7d, int Up7d, int Down7d, int Held7d, int Suggestions, int Queued, int AwaitingVerify, int Failed7d,
    double? BuyBoxBefore, double? BuyBoxNow, int? ConfirmP50Seconds, int? ConfirmP90Seconds, int? ConfirmMaxSeconds, int Verified7d, int NoFloorSkus,
    DateTime? LastDecidedUtc);

public sealed class RepricingQueries(IDbContextFactory<SellerDb> dbs, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<DecisionPage> DecisionsAsync(DecisionFilter filter, int skip, int take, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = db.PriceDecisions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Sku)) query = query.Where(d => d.Sku == filter.Sku.Trim());
        if (filter.Status is { } status) query = query.Where(d => d.Status == status);
        if (filter.Outcome is { } outcome) query = query.Where(d => d.Outcome == outcome);
        if (filter.ChangesOnly) query = query.Where(d => d.Outcome == DecisionOutcome.Change);
        if (filter.FromUtc is { } from) query = query.Where(d => d.DecidedUtc >= from);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(d => d.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxPageSize)).ToListAsync(ct);
        return new DecisionPage(items, total);
    }

    public async Task<StoredDecision?> DecisionAsync(long id, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.PriceDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
    }

    public async Task<IReadOnlyList<PricePush>> PushesAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.PricePushes.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PricePush>> RecentPushesAsync(string? sku, int take, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = db.PricePushes.AsNoTracking();
        if (sku is not null) query = query.Where(p => p.Sku == sku);
        return await query.OrderByDescending(p => p.Id).Take(take).ToListAsync(ct);
    }

    public async Task<RepricingOverview> OverviewAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var recent = await db.PriceDecisions.AsNoTracking().Where(d => d.DecidedUtc >= since && d.Status != DecisionStatus.DryRun)
            .Select(d => new { d.Sku, d.Outcome, d.Status, d.CurrentPence, d.FinalPence, d.HeldBuyBox }).ToListAsync(ct);
        var pushed = recent.Where(d => d.Status == DecisionStatus.Pushed).ToList();
        var pushes = await db.PricePushes.AsNoTracking().Where(p => p.QueuedUtc >= since || p.State == PushState.Queued || p.State == PushState.Accepted || p.State == PushState.Sending)
            .Select(p => new { p.State, p.ConfirmSeconds }).ToListAsync(ct);
        var latencies = pushes.Where(p => p.ConfirmSeconds is not null).Select(p => p.ConfirmSeconds!.Value).Order().ToList();
        var changedSkus = pushed.Select(d => d.Sku).Distinct().ToList();
        var nowOurs = await db.Listings.AsNoTracking().Where(l => changedSkus.Contains(l.Sku)).Select(l => l.BuyBoxIsOurs).ToListAsync(ct);
        // SKUs whose latest decision was "no floor" (one that got a floor since is no longer counted).
        var latest = db.PriceDecisions.Where(d => d.Status != DecisionStatus.DryRun).GroupBy(d => d.Sku).Select(g => g.Max(d => d.Id));
        // (A manual floor set since counts as fixed straight away, before the next pass decides again.)
        var floored = db.SkuPricing.Where(s => s.ManualFloorPence != null).Select(s => s.Sku);
        var refusedNoFloor = await db.PriceDecisions.AsNoTracking()
            .Where(d => latest.Contains(d.Id) && d.Reason == DecisionReason.NoFloor && !floored.Contains(d.Sku)).CountAsync(ct);
        return new RepricingOverview(
            pushed.Count, pushed.Count(d => d.FinalPence > d.CurrentPence), pushed.Count(d => d.FinalPence < d.CurrentPence),
            recent.Count(d => d.Outcome == DecisionOutcome.Hold),
            await db.PriceDecisions.CountAsync(d => d.Status == DecisionStatus.Suggested, ct),
            pushes.Count(p => p.State is PushState.Queued or PushState.Sending), pushes.Count(p => p.State == PushState.Accepted),
            pushes.Count(p => p.State == PushState.Failed),
            pushed.Count == 0 ? null : pushed.GroupBy(d => d.Sku).Average(g => g.First().HeldBuyBox ? 1.0 : 0.0),
            nowOurs.Count == 0 ? null : nowOurs.Average(o => o == true ? 1.0 : 0.0),
            Percentile(latencies, 0.5), Percentile(latencies, 0.9), latencies.Count == 0 ? null : latencies[^1], latencies.Count, refusedNoFloor,
            await db.PriceDecisions.Where(d => d.Status != DecisionStatus.DryRun).MaxAsync(d => (DateTime?)d.DecidedUtc, ct));
    }

    private static int? Percentile(List<int> sorted, double p) => sorted.Count == 0 ? null : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
}
