using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Shared;

namespace SellerConsole.Pricing;

/// <summary>What one repricing pass did (a dry run included): counts, and the profit effect of the changes.</summary>
public sealed record RepricingRun(Guid RunId, string Trigger, bool DryRun, int Decided, int Up, int Down, int Held, int Refused,
    int Pushed, int Suggested, decimal ProfitChangePerUnit, IReadOnlyList<StoredDecision> Changes)
{
    public string Summary => $"{Decided} SKUs decided: {Up} up, {Down} down, {Held} held, {Refused} not repriced" +
        (DryRun ? " (dry run: nothing sent)" : $"; {Pushed} sent to the push queue, {Suggested} waiting for review");
}

/// <summary>
/// One repricing pass over some SKUs (or all): loads inputs, asks the engine, stores every decision
/// with its explanation, and sends the changes on (Auto), queues them for review (Suggest), or only
/// reports them (dry run). A decision that changes nothing is stored only when its explanation differs
/// from the SKU's last one, so an unchanged market does not fill the table.
/// </summary>
public sealed class Repricer(IDbContextFactory<SellerDb> dbs, RepricingInputs inputs, PricePushQueue queue, LiveFeed live, TimeProvider clock, ILogger<Repricer> log)
{
    public async Task<RepricingRun> RunAsync(IReadOnlyCollection<string>? skus, string trigger, bool dryRun, CancellationToken ct)
    {
        var runId = Guid.NewGuid();
        var loaded = await inputs.LoadAsync(skus, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var lastSentences = await LastSentencesAsync(db, loaded.Select(l => l.Input.Sku).ToList(), ct);
        int up = 0, down = 0, held = 0, refused = 0, pushed = 0, suggested = 0;
        decimal profitChange = 0;
        var changes = new List<StoredDecision>();
        var pushes = new List<(StoredDecision Row, RepricingDecision Decision)>();
        foreach (var item in loaded)
        {
            var input = item.Input with { GlobalChangesToday = item.Input.GlobalChangesToday + pushed };
            var decision = RepricingEngine.Decide(input, item.Strategy);
            if (decision.Outcome == DecisionOutcome.Refused) refused++;
            else if (decision.Outcome == DecisionOutcome.Hold) held++;
            var status = dryRun ? DecisionStatus.DryRun
                : !decision.IsChange ? DecisionStatus.Recorded
                : input.Mode == RepricingMode.Auto ? DecisionStatus.Pushed
                : DecisionStatus.Suggested;
            if (decision.IsChange)
            {
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
            if (status == DecisionStatus.Suggested)
            {
                await db.PriceDecisions.Where(d => d.Sku == input.Sku && d.Status == DecisionStatus.Suggested)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DecisionStatus.Replaced), ct);
            }
        }
        await db.SaveChangesAsync(ct);
        foreach (var (row, decision) in pushes)
        {
            var push = await queue.EnqueueAsync(new PriceOrder(row.Sku, row.FinalPence, row.CurrentPence, "repricer:" + decision.StrategyName, row.Id), ct);
            row.PushId = push.Id;
        }
        await db.SaveChangesAsync(ct);
        var run = new RepricingRun(runId, trigger, dryRun, loaded.Count, up, down, held, refused, pushed, suggested, profitChange, changes);
        if (!dryRun && loaded.Count > 0)
        {
            log.LogInformation("Repricing ({Trigger}): {Summary}", trigger, run.Summary);
            live.Publish(new RepricingUpdated("decisions"));
        }
        return run;
    }

    private void Remember(SellerDb db, SkuToDecide item, RepricingDecision decision, RepricingInput input)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(input.NowUk);
        var settings = item.Settings is null ? new SkuPricing { Sku = input.Sku } : db.SkuPricing.Attach(item.Settings).Entity;
        if (item.Settings is null) db.SkuPricing.Add(settings);
        settings.LastCompetitorPrices = CompetitorPrices.Format(input.Offers);
        if (input.BuyBox != BuyBoxCondition.Suppressed) settings.LastUnsuppressedPricePence = input.PricePence;
        if (decision.IsChange && input.Mode == RepricingMode.Auto)
        {
            RecordChange(settings, now, today, decision.LockUntilUtc);
        }
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

    private static async Task<Dictionary<string, string>> LastSentencesAsync(SellerDb db, List<string> skus, CancellationToken ct)
    {
        var latest = await db.PriceDecisions.AsNoTracking()
            .Where(d => skus.Contains(d.Sku) && d.Status != DecisionStatus.DryRun)
            .GroupBy(d => d.Sku).Select(g => g.Max(d => d.Id)).ToListAsync(ct);
        return await db.PriceDecisions.AsNoTracking().Where(d => latest.Contains(d.Id)).ToDictionaryAsync(d => d.Sku, d => d.Sentence, ct);
    }
}
