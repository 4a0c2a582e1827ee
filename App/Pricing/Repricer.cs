using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Shared;

namespace SellerConsole.Pricing;

/// <summary>
/// One repricing pass over some SKUs (or all): loads inputs, asks the engine, stores every decision
/// with its explanation, and sends the changes on (Auto), queues them for review (Suggest), or only
/// reports them (dry run). A decision that changes nothing is stored only when its explanation differs
/// from the SKU's last one, so an unchanged market does not fill the table. A pass is stored in one
/// transaction and a fixed number of statements per row (issue 12: no transaction or query per SKU).
/// </summary>
public sealed class Repricer(IDbContextFactory<SellerDb> dbs, RepricingInputs inputs, PricePushQueue queue, LiveFeed live, TimeProvider clock, ILogger<Repricer> log)
{
    public async Task<RepricingRun> RunAsync(IReadOnlyCollection<string>? skus, string trigger, bool dryRun, CancellationToken ct)
    {
        var runId = Guid.NewGuid();
        var mark = Stopwatch.GetTimestamp();
        var loaded = await inputs.LoadAsync(skus, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var lastSentences = await LastSentencesAsync(db, skus is null ? null : loaded.Select(l => l.Input.Sku).ToList(), ct);
        var load = Lap(ref mark);
        int up = 0, down = 0, held = 0, refused = 0, pushed = 0, suggested = 0, spent = 0;
        decimal profitChange = 0;
        var changes = new List<StoredDecision>();
        var pushes = new List<(StoredDecision Row, RepricingDecision Decision)>();
        var newSuggestions = new List<string>();
        foreach (var item in loaded)
        {
            // The pass's own changes count against the daily budget as they are made (a dry run's too, so it answers truly).
            var input = item.Input with { GlobalChangesToday = item.Input.GlobalChangesToday + spent };
            var decision = RepricingEngine.Decide(input, item.Strategy);
            if (decision.Outcome == DecisionOutcome.Refused) refused++;
            else if (decision.Outcome == DecisionOutcome.Hold) held++;
            var status = dryRun ? DecisionStatus.DryRun
                : !decision.IsChange ? DecisionStatus.Recorded
                : input.Mode == RepricingMode.Auto ? DecisionStatus.Pushed
                : DecisionStatus.Suggested;
            if (decision.IsChange)
            {
                if (input.Mode == RepricingMode.Auto) spent++;
                if (decision.ChangePence > 0) up++; else down++;
                if (input.Profit is { } profit) profitChange += ProfitAt(profit, decision.FinalPricePence) - ProfitAt(profit, decision.CurrentPricePence);
                if (status == DecisionStatus.Pushed) pushed++;
                if (status == DecisionStatus.Suggested) suggested++;
            }
            if (!dryRun) Remember(db, item, decision, input);
            if (status == DecisionStatus.Recorded && lastSentences.GetValueOrDefault(input.Sku) == decision.Sentence) continue;
            var row = Row(runId, trigger, decision, status, input);
            if (!dryRun) db.PriceDecisions.Add(row); // a dry run's decisions are answered, not stored
            if (decision.IsChange) changes.Add(row);
            if (decision.IsChange && !dryRun) SellerConsole.Operations.SellerMetrics.Repriced(status.ToString());
            if (status == DecisionStatus.Pushed) pushes.Add((row, decision));
            if (status == DecisionStatus.Suggested) newSuggestions.Add(input.Sku);
        }
        var decide = Lap(ref mark);
        TimeSpan store = TimeSpan.Zero, enqueue = TimeSpan.Zero;
        if (!dryRun)
        {
            // One transaction for the pass: its decisions, price states and pushes are stored together or not at all.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await ReplaceSuggestionsAsync(db, newSuggestions, ct);
            await db.SaveChangesAsync(ct);
            store = Lap(ref mark);
            if (pushes.Count > 0)
            {
                var queued = await queue.StageAsync(db,
                    [.. pushes.Select(p => new PriceOrder(p.Row.Sku, p.Row.FinalPence, p.Row.CurrentPence, "repricer:" + p.Decision.StrategyName, p.Row.Id))], ct);
                await db.SaveChangesAsync(ct);
                // Each sent decision points at its push: one statement rather than an update per row.
                await db.PriceDecisions.Where(d => d.RunId == runId && d.Status == DecisionStatus.Pushed)
                    .ExecuteUpdateAsync(u => u.SetProperty(d => d.PushId,
                        d => db.PricePushes.Where(p => p.Sku == d.Sku && p.DecisionId == d.Id).Select(p => (long?)p.Id).FirstOrDefault()), ct);
                for (var i = 0; i < pushes.Count; i++) pushes[i].Row.PushId = queued[i].Id; // the rows handed back match the table
            }
            await tx.CommitAsync(ct);
            if (pushes.Count > 0) await queue.NotifyEnqueuedAsync();
            enqueue = Lap(ref mark);
        }
        var run = new RepricingRun(runId, trigger, dryRun, loaded.Count, up, down, held, refused, pushed, suggested, profitChange, changes)
        {
            Timings = new RunTimings(load, decide, store, enqueue),
        };
        if (!dryRun && loaded.Count > 0)
        {
            log.LogInformation("Repricing ({Trigger}): {Summary} ({Timings})", trigger, run.Summary, run.Timings);
            live.Publish(new RepricingUpdated("decisions"));
        }
        return run;
    }

    private static TimeSpan Lap(ref long mark)
    {
        var now = Stopwatch.GetTimestamp();
        var elapsed = Stopwatch.GetElapsedTime(mark, now);
        mark = now;
        return elapsed;
    }

    /// <summary>A SKU's new suggestion replaces the one still waiting for review (before the new rows are saved).</summary>
    private static async Task ReplaceSuggestionsAsync(SellerDb db, List<string> skus, CancellationToken ct)
    {
        foreach (var chunk in skus.Chunk(RepricingInputs.ChunkSize))
        {
            await db.PriceDecisions.Where(d => chunk.Contains(d.Sku) && d.Status == DecisionStatus.Suggested)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DecisionStatus.Replaced), ct);
        }
    }

    /// <summary>
    /// The SKU's price state after this decision: the competitors' prices seen, the last price not under a
    /// suppressed buy box, and a sent change against its cooldown and daily limit. Nothing new: no write.
    /// </summary>
    private void Remember(SellerDb db, SkuToDecide item, RepricingDecision decision, RepricingInput input)
    {
        var competitors = CompetitorPrices.Format(input.Offers);
        var unsuppressed = input.BuyBox != BuyBoxCondition.Suppressed ? input.PricePence : item.Settings?.LastUnsuppressedPricePence;
        var counts = decision.IsChange && input.Mode == RepricingMode.Auto;
        if (item.Settings is { } known && !counts && known.LastCompetitorPrices == competitors && known.LastUnsuppressedPricePence == unsuppressed) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = item.Settings is null ? db.SkuPricing.Add(new SkuPricing { Sku = input.Sku }).Entity : db.SkuPricing.Attach(item.Settings).Entity;
        settings.LastCompetitorPrices = competitors;
        settings.LastUnsuppressedPricePence = unsuppressed;
        if (counts) RecordChange(settings, now, DateOnly.FromDateTime(input.NowUk), decision.LockUntilUtc);
        settings.UpdatedUtc = now;
    }

    /// <summary>Counts a change against the SKU's cooldown and daily limit (and a sales rule's lock).</summary>
    public static void RecordChange(SkuPricing settings, DateTime nowUtc, DateOnly ukToday, DateTime? lockUntil)
    {
        settings.ChangesToday = settings.ChangesDay == ukToday ? settings.ChangesToday + 1 : 1;
        settings.ChangesDay = ukToday;
        settings.LastChangeUtc = nowUtc;
        if (lockUntil is not null) settings.LockedUntilUtc = lockUntil;
    }

    private static StoredDecision Row(Guid runId, string trigger, RepricingDecision decision, DecisionStatus status, RepricingInput input) => new()
    {
        RunId = runId,
        Sku = decision.Sku,
        Trigger = trigger,
        DecidedUtc = decision.DecidedUtc,
        Outcome = decision.Outcome,
        Reason = decision.Reason,
        Status = status,
        StrategyName = decision.StrategyName,
        CurrentPence = decision.CurrentPricePence,
        FinalPence = decision.FinalPricePence,
        BindingGuard = decision.BindingGuard,
        HeldBuyBox = decision.Inputs.WeHoldBuyBox,
        Sentence = decision.Sentence.Length > 2000 ? decision.Sentence[..2000] : decision.Sentence,
        Json = PricingJson.Write(decision),
    };

    private static decimal ProfitAt(ProfitModel profit, long pricePence)
    {
        try
        {
            return ProfitCalculator.Quote(profit.Landed, profit.Sale, Money.FromPence(pricePence)).Profit;
        }
        catch (CostingException)
        {
            return 0m;
        }
    }

    /// <summary>Each SKU's last stored explanation (all SKUs' when <paramref name="skus"/> is null).</summary>
    private static async Task<Dictionary<string, string>> LastSentencesAsync(SellerDb db, List<string>? skus, CancellationToken ct)
    {
        var result = new Dictionary<string, string>();
        foreach (var chunk in RepricingInputs.Chunks(skus))
        {
            var stored = db.PriceDecisions.AsNoTracking().Where(d => d.Status != DecisionStatus.DryRun);
            if (chunk is not null) stored = stored.Where(d => chunk.Contains(d.Sku));
            var latest = stored.GroupBy(d => d.Sku).Select(g => g.Max(d => d.Id));
            foreach (var row in await db.PriceDecisions.AsNoTracking().Where(d => latest.Contains(d.Id)).Select(d => new { d.Sku, d.Sentence }).ToListAsync(ct))
            {
                result[row.Sku] = row.Sentence;
            }
        }
        return result;
    }
}
