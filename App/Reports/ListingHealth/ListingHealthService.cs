using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Reports.Profit;
using SellerConsole.Scoring;
using SellerConsole.Scoring.Data;

namespace SellerConsole.Reports.ListingHealth;

/// <summary>
/// Loads every stored score card (the scorer's findings, already in fix-first order) with its listing's
/// title, and each listing's last history point before the period started, and builds the report.
/// </summary>
public sealed class ListingHealthService(IDbContextFactory<SellerDb> dbs, TimeProvider clock) : IReportKind
{
    public string Kind => "listing-health";

    public string Title => ListingHealthReport.Title;

    public string Description => "Every listing's score and grade with the first things to fix, how each score moved since the period began, listings by grade and the biggest drops.";

    public async Task<ListingHealthReport> ReportAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var start = period.FromUtc;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var scores = await (
            from s in db.ListingScores.AsNoTracking()
            join l in db.Listings.AsNoTracking() on s.Sku equals l.Sku into matches
            from l in matches.DefaultIfEmpty()
            select new { s.Sku, Title = l == null ? null : l.Title, s.ScoreTenths, s.CardJson }).ToListAsync(cancellationToken);
        var earlier = await db.ListingScoreHistory.AsNoTracking().Where(p => p.AtUtc < start)
            .Select(p => new { p.Sku, p.ScoreTenths, p.AtUtc, p.Id }).ToListAsync(cancellationToken);
        var previous = earlier.GroupBy(p => p.Sku, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.AtUtc).ThenBy(p => p.Id).Last().ScoreTenths / 10m, StringComparer.Ordinal);
        var listings = scores.GroupBy(s => s.Sku, StringComparer.Ordinal).Select(g => g.First()).Select(s =>
        {
            var card = ScoringJson.Read<ScoreCard>(s.CardJson);
            return new ScoredListing(s.Sku, s.Title ?? "", s.ScoreTenths / 10m, card.Findings, previous.TryGetValue(s.Sku, out var p) ? p : null);
        });
        return ListingHealthReport.Build(period, clock.GetUtcNow().UtcDateTime, listings.ToList());
    }

    public async Task<BuiltReport> BuildAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(request.Period, cancellationToken);
        return new BuiltReport(ListingHealthDefinition.Document(report), ListingHealthDefinition.View(report), report);
    }
}
