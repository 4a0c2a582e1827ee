using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Reports.Profit;
using SellerConsole.Shared;

namespace SellerConsole.Reports.Repricing;

/// <summary>
/// Builds the repricing activity report from the repricer's stored decisions and the push queue.
/// Pure. A change is a decision sent to the push queue (or an owner's own push); it counts when
/// its price reached Amazon or is on its way, and is listed either way with what became of it.
/// Holds are decisions that wanted to move a price and were stopped by a guard or rule; the
/// repricer stores a hold again only when its explanation changes, so each is one episode.
/// </summary>
public static class RepricingActivityBuilder
{
    public static RepricingActivity Build(ReportPeriod period, bool everDecided, IEnumerable<DecisionRecord> decisions, IEnumerable<ManualChange> manual,
        IReadOnlyDictionary<string, string> titles, Func<string, WindowFigures> before, Func<string, WindowFigures> after)
    {
        var (from, to) = (period.FromUtc, period.ToUtcExclusive);
        var inPeriod = decisions.Where(d => d.DecidedUtc >= from && d.DecidedUtc < to && d.Status != DecisionStatus.DryRun).OrderBy(d => d.DecidedUtc).ToList();
        var changes = inPeriod.Where(d => d.Outcome == DecisionOutcome.Change && d.Status == DecisionStatus.Pushed)
            .Select(d => new PriceChangeRow(d.DecidedUtc, d.Sku, d.Strategy, Money.FromPence(d.CurrentPence), Money.FromPence(d.FinalPence),
                Sent(d.Push ?? PushState.Queued), d.Sentence, d.Guard is { } g ? GuardText(g) : null, Effective(d.Push ?? PushState.Queued)))
            .Concat(manual.Where(m => m.QueuedUtc >= from && m.QueuedUtc < to)
                .Select(m => new PriceChangeRow(m.QueuedUtc, m.Sku, m.Actor == "undo" ? "Undo" : "Owner", m.PreviousPence is { } p ? Money.FromPence(p) : null,
                    Money.FromPence(m.TargetPence), Sent(m.State), m.Actor == "undo" ? "Undo of an earlier change" : "Set by hand on the console", null, Effective(m.State))))
            .OrderBy(c => c.AtUtc).ThenBy(c => c.Sku, StringComparer.Ordinal).ToList();
        var holds = inPeriod.Where(d => d.Outcome is DecisionOutcome.Hold or DecisionOutcome.Refused).ToList();

        var countedBySku = changes.Where(c => c.Effective).ToLookup(c => c.Sku, StringComparer.Ordinal);
        var holdsBySku = holds.ToLookup(h => h.Sku, StringComparer.Ordinal);
        var lastReason = inPeriod.Where(d => d.Outcome != DecisionOutcome.NoChange).GroupBy(d => d.Sku, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Sentence, StringComparer.Ordinal);
        var skus = changes.Select(c => c.Sku).Concat(holds.Select(h => h.Sku)).Distinct(StringComparer.Ordinal).Select(sku =>
        {
            var counted = countedBySku[sku].ToList();
            return new SkuActivityRow(sku, titles.GetValueOrDefault(sku, ""), counted.Count, counted.Count(c => c.Change > 0), counted.Count(c => c.Change < 0),
                holdsBySku[sku].Count(), counted.FirstOrDefault()?.From, counted.LastOrDefault()?.To, before(sku), after(sku), lastReason.GetValueOrDefault(sku));
        }).OrderByDescending(s => s.Changes).ThenByDescending(s => s.Held).ThenBy(s => s.Sku, StringComparer.Ordinal).ToList();

        var reasons = holds.GroupBy(h => ReasonText(h.Reason))
            .Select(g => new HoldRow(g.Key, g.Count(), g.Select(h => h.Sku).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(h => h.Decisions).ThenBy(h => h.Reason, StringComparer.Ordinal).ToList();
        return new RepricingActivity(period, RepricingActivity.BeforeOf(period), everDecided, changes, skus, reasons);
    }

    private static bool Effective(PushState state) => state is not (PushState.Failed or PushState.Superseded or PushState.Cancelled);

    public static string Sent(PushState state) => state switch
    {
        PushState.Verified => "Confirmed on Amazon",
        PushState.Accepted => "Accepted, not yet read back",
        PushState.Queued or PushState.Sending => "Waiting to send",
        PushState.Failed => "Failed",
        PushState.Superseded => "Replaced before sending",
        PushState.Cancelled => "Withdrawn",
        _ => state.ToString(),
    };

    /// <summary>A guard's name in words: MaxStep is "Max step", SkuDailyLimit "Sku daily limit".</summary>
    public static string GuardText(GuardKind guard)
    {
        var name = guard.ToString();
        return name[0] + string.Concat(name.Skip(1).Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
    }

    public static string ReasonText(DecisionReason reason) => reason switch
    {
        DecisionReason.KillSwitch => "Kill switch on",
        DecisionReason.ModeOff => "Repricing off",
        DecisionReason.StaleData => "Offer data too old",
        DecisionReason.Anomaly => "Market anomaly",
        DecisionReason.SalesLock => "Sales rule lock",
        DecisionReason.Cooldown => "Cooldown",
        DecisionReason.SkuDailyLimit => "SKU's daily change limit",
        DecisionReason.GlobalBudget => "Daily change budget",
        DecisionReason.MaxStep => "Max step per change",
        DecisionReason.PriceBand => "Floor or ceiling",
        DecisionReason.NoFloor => "No floor price",
        DecisionReason.CeilingBelowFloor => "Ceiling below floor",
        DecisionReason.SchedulePause => "Schedule pause",
        DecisionReason.AmazonOn => "Amazon on the listing",
        DecisionReason.NoCompetitionHold => "No competition",
        DecisionReason.BelowFloorHold => "Competitor below our floor",
        DecisionReason.SuppressedHold => "Buy box suppressed",
        DecisionReason.MissingInput => "A strategy input is missing",
        _ => reason.ToString(),
    };
}
