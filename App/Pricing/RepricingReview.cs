using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Pricing;

/// <summary>What an owner action did, for the page's message and the API's answer.</summary>
public sealed record ReviewResult(int Done, IReadOnlyList<string> Refused)
{
    public string Summary => Refused.Count == 0 ? $"{Done} done" : $"{Done} done; {Refused.Count} refused: {string.Join("; ", Refused.Take(5))}";
}

/// <summary>
/// The owner's hand on the repricer: approve or reject suggestions, undo a SKU or a whole run, and the
/// kill switch. Every action is audited; an approval or an undo goes out through the same push queue,
/// so the kill switch, verification and retries apply to it too.
/// </summary>
public sealed class RepricingReview(IDbContextFactory<SellerDb> dbs, PricePushQueue queue, RepricingInputs inputs, AuditLog audit, LiveFeed live, TimeProvider clock)
{
    /// <summary>Suggestions older than this are refused on approval: the market has moved; the next pass suggests afresh.</summary>
    public static readonly TimeSpan SuggestionLifetime = TimeSpan.FromHours(24);

    public async Task<ReviewResult> ApproveAsync(IReadOnlyCollection<long> ids, string actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.PriceDecisions.Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var refused = Missing(ids, rows);
        var approved = new List<StoredDecision>();
        foreach (var row in rows)
        {
            if (row.Status != DecisionStatus.Suggested) { refused.Add($"{row.Sku}: not waiting for review ({row.Status})"); continue; }
            if (now - row.DecidedUtc > SuggestionLifetime) { refused.Add($"{row.Sku}: suggested {UkTime.Format(row.DecidedUtc)}, too old to send"); continue; }
            approved.Add(row);
        }
        if (approved.Count > 0)
        {
            // The pushes, the decisions they come from and each SKU's change count are stored together or not at all.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var skus = approved.Select(r => r.Sku).Distinct().ToList();
            var settings = await db.SkuPricing.Where(s => skus.Contains(s.Sku)).ToDictionaryAsync(s => s.Sku, ct);
            var pushes = await queue.StageAsync(db, [.. approved.Select(r => new PriceOrder(r.Sku, r.FinalPence, r.CurrentPence, actor, r.Id))], ct);
            await db.SaveChangesAsync(ct);
            var today = DateOnly.FromDateTime(UkTime.FromUtc(now));
            for (var i = 0; i < approved.Count; i++)
            {
                var row = approved[i];
                row.Status = DecisionStatus.Pushed;
                row.PushId = pushes[i].Id;
                row.ReviewedBy = actor;
                row.ReviewedUtc = now;
                if (!settings.TryGetValue(row.Sku, out var sku)) db.SkuPricing.Add(settings[row.Sku] = sku = new SkuPricing { Sku = row.Sku });
                Repricer.RecordChange(sku, now, today, PricingJson.Read<RepricingDecision>(row.Json).LockUntilUtc);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            await queue.NotifyEnqueuedAsync();
            foreach (var row in approved)
            {
                await audit.WriteAsync(actor, "repricing.approved", row.Sku, $"{Money.FormatPence(row.CurrentPence)} -> {Money.FormatPence(row.FinalPence)}: {row.Sentence}", cancellationToken: ct);
            }
        }
        live.Publish(new RepricingUpdated("review"));
        return new ReviewResult(approved.Count, refused);
    }

    public async Task<ReviewResult> RejectAsync(IReadOnlyCollection<long> ids, string actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.PriceDecisions.Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var refused = Missing(ids, rows);
        foreach (var row in rows.Where(r => r.Status != DecisionStatus.Suggested)) refused.Add($"{row.Sku}: not waiting for review ({row.Status})");
        var rejected = rows.Where(r => r.Status == DecisionStatus.Suggested).ToList();
        foreach (var row in rejected)
        {
            row.Status = DecisionStatus.Rejected;
            row.ReviewedBy = actor;
            row.ReviewedUtc = now;
        }
        await db.SaveChangesAsync(ct);
        if (rejected.Count > 0) await audit.WriteAsync(actor, "repricing.rejected", string.Join(",", rejected.Select(r => r.Sku).Take(20)), $"{rejected.Count} suggestion(s)", cancellationToken: ct);
        live.Publish(new RepricingUpdated("review"));
        return new ReviewResult(rejected.Count, refused);
    }

    /// <summary>
    /// Puts back the price a SKU had before its last change (or every SKU a run changed). Guarded: the
    /// old price must still be within today's floor and ceiling, so an undo never sells below cost.
    /// </summary>
    public async Task<ReviewResult> UndoAsync(string? sku, Guid? runId, string actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var sent = db.PricePushes.AsNoTracking().Where(p => p.PreviousPence != null && (p.State == PushState.Verified || p.State == PushState.Accepted));
        List<PricePush> targets;
        if (runId is { } run)
        {
            var pushIds = await db.PriceDecisions.Where(d => d.RunId == run && d.PushId != null).Select(d => d.PushId!.Value).ToListAsync(ct);
            targets = await sent.Where(p => pushIds.Contains(p.Id)).ToListAsync(ct);
        }
        else
        {
            targets = (await sent.Where(p => p.Sku == sku).OrderByDescending(p => p.Id).Take(1).ToListAsync(ct));
        }
        var refused = new List<string>();
        if (targets.Count == 0) refused.Add(runId is null ? $"{sku}: no price change to undo" : "that run sent no price that can be undone");
        var limits = (await inputs.LoadAsync([.. targets.Select(t => t.Sku)], ct)).ToDictionary(i => i.Input.Sku);
        var done = 0;
        foreach (var push in targets)
        {
            var back = push.PreviousPence!.Value;
            if (!limits.TryGetValue(push.Sku, out var item)) { refused.Add($"{push.Sku}: no longer in the catalogue"); continue; }
            var floor = FloorCalculator.Floor(item.Strategy.Floor, item.Input.Profit, item.Input.ManualFloorPence);
            if (floor.Pence is { } f && back < f) { refused.Add($"{push.Sku}: {Money.FormatPence(back)} is below today's floor {Money.FormatPence(f)} ({floor.Source})"); continue; }
            await queue.EnqueueAsync(new PriceOrder(push.Sku, back, push.TargetPence, $"undo:{actor}"), ct);
            await audit.WriteAsync(actor, "repricing.undo", push.Sku, $"{Money.FormatPence(push.TargetPence)} -> {Money.FormatPence(back)} (undoing push {push.Key})", cancellationToken: ct);
            done++;
        }
        live.Publish(new RepricingUpdated("undo"));
        return new ReviewResult(done, refused);
    }

    /// <summary>The kill switch: while paused nothing is decided as a change or sent.</summary>
    public async Task SetPausedAsync(bool paused, string actor, string? reason, CancellationToken ct)
    {
        var state = await UpdateStateAsync(s =>
        {
            s.Paused = paused;
            s.PausedBy = paused ? actor : null;
            s.PausedUtc = paused ? clock.GetUtcNow().UtcDateTime : null;
            s.PauseReason = paused ? reason : null;
        }, ct);
        await audit.WriteAsync(actor, paused ? "repricing.paused" : "repricing.resumed", null, reason, cancellationToken: ct);
    }

    public async Task SetModeAsync(RepricingMode mode, int? dailyBudget, string actor, CancellationToken ct)
    {
        if (dailyBudget is < 0 or > 1_000_000) throw new ArgumentOutOfRangeException(nameof(dailyBudget), "The daily change budget must be 0 to 1,000,000 (empty for none).");
        await UpdateStateAsync(s => { s.Mode = mode; s.DailyChangeBudget = dailyBudget; }, ct);
        await audit.WriteAsync(actor, "repricing.mode", null, $"mode {mode}, daily budget {dailyBudget?.ToString() ?? "none"}", cancellationToken: ct);
    }

    public async Task<RepricerState> StateAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.RepricerStates.AsNoTracking().FirstOrDefaultAsync(ct) ?? new RepricerState();
    }

    private async Task<RepricerState> UpdateStateAsync(Action<RepricerState> change, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var state = await db.RepricerStates.FirstOrDefaultAsync(ct);
        if (state is null) db.RepricerStates.Add(state = new RepricerState());
        change(state);
        state.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        live.Publish(new RepricingUpdated("state"));
        return state;
    }

    private static List<string> Missing(IReadOnlyCollection<long> ids, List<StoredDecision> rows) =>
        [.. ids.Except(rows.Select(r => r.Id)).Select(id => $"decision {id} not found")];
}
