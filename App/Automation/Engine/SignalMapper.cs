using SellerConsole.Alerts;
using SellerConsole.Catalog;
using SellerConsole.Competition;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Pricing;
using SellerConsole.Scoring.Data;

namespace SellerConsole.Automation.Engine;

/// <summary>Turns the live events rules listen to into signals; any other event is not a signal (null).</summary>
public static class SignalMapper
{
    public static RuleSignal? From(LiveEvent liveEvent, DateTime nowUtc) => liveEvent switch
    {
        ListingsUpdated e => new(RuleEvents.ListingUpdated, e.Skus.ToList(), $"{e.Changed} listing(s) updated by {e.Source}", nowUtc),
        PriceChanged e => new(RuleEvents.PriceChanged, [e.Sku],
            $"{e.Sku} price {(e.OldPence is { } o ? Shared.Money.FormatPence(o) : "—")} → {Shared.Money.FormatPence(e.NewPence)} ({e.Actor})", nowUtc),
        CompetitorDetected e => new(RuleEvents.CompetitorDetected, e.Sku is null ? [] : [e.Sku], $"competitor change: {e.Title}", nowUtc),
        ScoresChanged e => new(RuleEvents.ScoreChanged, e.Changes.Select(c => c.Sku).ToList(), $"{e.Changes.Count} score(s) changed", nowUtc),
        // The automation check itself completing every few minutes is not news to rules.
        JobCompleted { JobName: AutomationCheckJob.Name } => null,
        JobCompleted { Outcome: JobOutcome.Failed } e => new(RuleEvents.JobFailed, null, $"job {e.JobName} failed: {e.Error}", nowUtc),
        JobCompleted e => new(RuleEvents.JobCompleted, null, $"job {e.JobName} {e.Outcome.ToString().ToLowerInvariant()}: {e.Summary}", nowUtc),
        AlertCreated e => new(RuleEvents.AlertCreated, null, $"alert raised: {e.Title}", nowUtc),
        _ => null,
    };
}
