using Microsoft.EntityFrameworkCore;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Reports.Profit;

namespace SellerConsole.Reports.Repricing;

/// <summary>
/// Loads the repricer's decisions of the period (dry runs and "no change" records left out) with what
/// became of their pushes, the owner's own pushes, units sold and buy-box history for the window
/// before the period and the period itself, and builds the report.
/// </summary>
public sealed class RepricingReportService(IDbContextFactory<SellerDb> dbs, HistoryStore history, TimeProvider clock) : IReportKind
{
    public string Kind => "repricing";

    public string Title => RepricingActivity.Title;

    public string Description => "Price changes by SKU with the repricer's reasons and guards, holds by reason, and each SKU's buy-box share and units before and during the period.";

    public async Task<RepricingActivity> ReportAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var before = RepricingActivity.BeforeOf(period);
        var now = clock.GetUtcNow().UtcDateTime;
        var (start, end) = (period.FromUtc, period.ToUtcExclusive);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var ever = await db.PriceDecisions.AnyAsync(d => d.Status != DecisionStatus.DryRun, cancellationToken);
        var decisions = await (
            from d in db.PriceDecisions.AsNoTracking()
            where d.DecidedUtc >= start && d.DecidedUtc < end && d.Status != DecisionStatus.DryRun && d.Outcome != DecisionOutcome.NoChange
            join p in db.PricePushes.AsNoTracking() on d.PushId equals (long?)p.Id into pushes
            from p in pushes.DefaultIfEmpty()
            orderby d.DecidedUtc, d.Id
            select new DecisionRecord(d.DecidedUtc, d.Sku, d.StrategyName, d.Outcome, d.Reason, d.Status, d.CurrentPence, d.FinalPence, d.BindingGuard, d.Sentence,
                p == null ? null : p.State)).ToListAsync(cancellationToken);
        var manual = await db.PricePushes.AsNoTracking().Where(p => p.DecisionId == null && p.QueuedUtc >= start && p.QueuedUtc < end)
            .Select(p => new ManualChange(p.QueuedUtc, p.Sku, p.Actor, p.PreviousPence, p.TargetPence, p.State)).ToListAsync(cancellationToken);
        var listings = await db.Listings.AsNoTracking().Select(l => new { l.Sku, l.Asin, l.Title }).ToListAsync(cancellationToken);
        var unitsBefore = await ReportReads.UnitsBySkuAsync(db, before.FromUtc, before.ToUtcExclusive, cancellationToken);
        var unitsAfter = await ReportReads.UnitsBySkuAsync(db, start, end, cancellationToken);
        var buyBox = await history.ReadSeriesAsync(HistorySeries.BuyBoxOurs, cancellationToken);

        var asins = listings.GroupBy(l => l.Sku, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Asin, StringComparer.Ordinal);
        var titles = listings.GroupBy(l => l.Sku, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        // The period may run into today or beyond: its buy box is measured up to now, not over hours still to come.
        WindowFigures Window(string sku, DateTime from, DateTime to, Dictionary<string, int> units) => new(
            ReportReads.Split(asins.TryGetValue(sku, out var asin) ? buyBox.GetValueOrDefault(asin) : null, from, to < now ? to : now)?.Ours,
            units.GetValueOrDefault(sku));
        return RepricingActivityBuilder.Build(period, ever, decisions, manual, titles,
            sku => Window(sku, before.FromUtc, before.ToUtcExclusive, unitsBefore), sku => Window(sku, start, end, unitsAfter));
    }

    public async Task<BuiltReport> BuildAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(request.Period, cancellationToken);
        return new BuiltReport(RepricingReportDefinition.Document(report), RepricingReportDefinition.View(report), report);
    }
}
