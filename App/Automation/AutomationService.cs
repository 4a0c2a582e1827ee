using Microsoft.EntityFrameworkCore;
using SellerConsole.Automation.Actions;
using SellerConsole.Automation.Data;
using SellerConsole.Automation.Engine;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Security;

namespace SellerConsole.Automation;

/// <summary>
/// The I/O shell around <see cref="RuleEngine"/>: loads rules, facts and recent firings, asks the engine, runs the
/// actions, then records the firing (history with its explanation, audit entry, rule.triggered event). Signals are
/// handled one at a time, so a rule's own firing is recorded before any event its actions caused is looked at.
/// </summary>
public sealed class AutomationService(RuleStore store, FactsLoader factsLoader, RuleActions actions, CausationLedger ledger,
    IDbContextFactory<SellerDb> dbs, LiveFeed live, AuditLog audit, TimeProvider clock, ILogger<AutomationService> log)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>A live event: mapped to a signal (with the rule that caused it, if any) and given to every rule that is on.</summary>
    public async Task<int> HandleAsync(LiveEvent liveEvent, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return SignalMapper.From(liveEvent, now) is { } signal
                ? await RunRulesAsync(signal with { CausedByRuleId = ledger.CauseOf(liveEvent) }, ct)
                : 0;
        }
        finally { _gate.Release(); }
    }

    /// <summary>The periodic check: thresholds, then schedules that have come due.</summary>
    public async Task<int> CheckAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return await RunRulesAsync(new RuleSignal(RuleEvents.Check, [], "periodic threshold check", now), ct)
                + await RunRulesAsync(new RuleSignal(RuleEvents.Schedule, null, "scheduled time", now), ct);
        }
        finally { _gate.Release(); }
    }

    /// <summary>"Test against today's data": which listings would fire now, and why; nothing is done or recorded.</summary>
    public async Task<RuleEvaluation> TestAsync(long ruleId, RuleDefinition rule, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var facts = await factsLoader.LoadAsync(ct);
        var last = ruleId == 0 ? new Dictionary<string, DateTime>() : await LastFiredAsync(ruleId, rule.CooldownMinutes, now, ct);
        var signal = new RuleSignal("test", [], $"test against today's data ({facts.Count} listings)", now);
        return RuleEngine.Evaluate(ruleId, rule, signal, facts, last, now, now, EvaluationMode.Test);
    }

    private async Task<int> RunRulesAsync(RuleSignal signal, CancellationToken ct)
    {
        var rules = (await store.ListAsync(ct)).Where(r => r.Definition.Enabled).ToList();
        IReadOnlyList<SkuFacts>? facts = null;
        var fired = 0;
        foreach (var rule in rules)
        {
            try
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var last = await LastFiredAsync(rule.Id, rule.Definition.CooldownMinutes, now, ct);
                // Facts are loaded once per signal, and only if some rule gets past its trigger.
                var probe = RuleEngine.Evaluate(rule.Id, rule.Definition, signal, [], last, now, rule.EnabledSinceUtc);
                if (!probe.Considered) continue;
                facts ??= await factsLoader.LoadAsync(ct);
                var evaluation = RuleEngine.Evaluate(rule.Id, rule.Definition, signal, facts, last, now, rule.EnabledSinceUtc);
                if (evaluation.Firing.Count == 0) continue;
                await FireAsync(rule, signal, evaluation, now, ct);
                fired++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Rule {Rule} failed on {Signal}", rule.Definition.Name, signal.Kind);
            }
        }
        return fired;
    }

    private async Task FireAsync(RuleView rule, RuleSignal signal, RuleEvaluation evaluation, DateTime now, CancellationToken ct)
    {
        var firing = new FiringContext(rule.Id, rule.Definition.Name, signal, evaluation.Firing, now);
        var outcomes = new List<string>();
        var ok = true;
        foreach (var action in rule.Definition.Actions)
        {
            try
            {
                outcomes.Add($"{RuleText.Action(action)}: {await actions.RunAsync(action, firing, rule.Definition.CooldownMinutes, ct)}");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ok = false;
                outcomes.Add($"{RuleText.Action(action)}: FAILED: {ex.Message}");
                log.LogWarning("Rule {Rule} action {Action} failed: {Error}", rule.Definition.Name, action.Kind, ex.Message);
            }
        }
        var skus = firing.Skus;
        var row = new RuleFiring
        {
            RuleId = rule.Id,
            FiredUtc = now,
            Signal = Limit(signal.Summary, 500),
            Skus = skus.Count == 0 ? $"|{RuleEngine.RuleLevel}|" : "|" + string.Join("|", skus) + "|",
            SkuCount = skus.Count,
            Explanation = string.Join("\n", firing.Lines),
            Outcome = string.Join("\n", outcomes),
            Succeeded = ok,
        };
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            db.Add(row);
            var stored = await db.Set<StoredRule>().FirstAsync(r => r.Id == rule.Id, ct);
            stored.LastFiredUtc = now;
            stored.LastFiredSummary = Limit($"{firing.Headline}{(ok ? "" : " (an action failed)")}", 500);
            await db.SaveChangesAsync(ct);
        }
        await audit.WriteAsync(AutomationAudit.Actor, AutomationAudit.Triggered, rule.Definition.Name,
            $"#{rule.Id} firing {row.Id}: {signal.Summary}. {firing.Headline}. {string.Join(" | ", outcomes)}", cancellationToken: ct);
        live.Publish(new RuleTriggered(rule.Id, rule.Definition.Name, row.Id, skus.Count, firing.Headline, ok));
        log.LogInformation("Rule {Rule} fired on {Signal} for {Count} SKU(s)", rule.Definition.Name, signal.Kind, skus.Count);
    }

    /// <summary>When the rule last fired for each SKU ("*" for firings not about listings), within its cooldown.</summary>
    private async Task<Dictionary<string, DateTime>> LastFiredAsync(long ruleId, int cooldownMinutes, DateTime now, CancellationToken ct)
    {
        // A schedule needs its last run even when the cooldown is shorter than a day.
        var since = now.AddMinutes(-Math.Max(cooldownMinutes, 8 * 24 * 60));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Set<RuleFiring>().AsNoTracking().Where(f => f.RuleId == ruleId && f.FiredUtc > since)
            .Select(f => new { f.FiredUtc, f.Skus }).ToListAsync(ct);
        var last = new Dictionary<string, DateTime>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            foreach (var sku in row.Skus.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!last.TryGetValue(sku, out var seen) || seen < row.FiredUtc) last[sku] = row.FiredUtc;
            }
        }
        return last;
    }

    private static string Limit(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
