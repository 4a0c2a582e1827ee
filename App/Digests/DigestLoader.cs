using Microsoft.EntityFrameworkCore;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Reports.Profit;
using SellerConsole.Scoring.Data;

namespace SellerConsole.Digests;

/// <summary>
/// Reads what a digest reports: sales and profit from the profit report (so the digest and the report cannot
/// disagree), the buy box and the listings that cannot sell as they are now, and the competitor changes, score
/// drops and failed jobs of the period; alerts still open as they are now.
/// </summary>
public sealed class DigestLoader(IDbContextFactory<SellerDb> dbs, ProfitReportService profit)
{
    public async Task<DigestContent> LoadAsync(DigestKind kind, DateOnly ukToday, CancellationToken cancellationToken)
    {
        var (period, previous) = DigestContent.PeriodsFor(kind, ukToday);
        var sales = SalesFigures.From(await profit.BuildAsync(period, ProfitGrouping.Sku, cancellationToken));
        var before = SalesFigures.From(await profit.BuildAsync(previous, ProfitGrouping.Sku, cancellationToken));
        var (from, to) = (period.FromUtc, period.ToUtcExclusive);

        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var ordersLoaded = await Orders.OrdersSync.CompletedOnceAsync(db, cancellationToken);
        var listings = await db.Listings.AsNoTracking()
            .Select(l => new { l.Sku, l.Title, l.Status, l.IsBuyable, l.Quantity, l.BuyBoxIsOurs, l.OffersSyncedUtc })
            .ToListAsync(cancellationToken);
        var active = listings.Where(l => l.Status == "Active").ToList();
        var buyBox = new BuyBoxShare(active.Count(l => l.OffersSyncedUtc != null && l.BuyBoxIsOurs == true), active.Count(l => l.OffersSyncedUtc != null));

        var cannotSell = listings
            .Select(l => (l.Sku, l.Title, Reason: l.Status != "Active" ? $"Status {l.Status ?? "unknown"}"
                : !l.IsBuyable ? "Not buyable (suppressed)"
                : l.Quantity <= 0 ? "Out of stock"
                : l.OffersSyncedUtc != null && l.BuyBoxIsOurs == null ? "No buy box (suppressed)" : null))
            .Where(x => x.Reason is not null).OrderBy(x => x.Sku, StringComparer.Ordinal)
            .Select(x => new DigestLine($"{x.Sku}: {x.Title}", x.Reason, ListingPath(x.Sku))).ToList();

        var changes = await db.CompetitionChanges.AsNoTracking().Where(c => c.DetectedUtc >= from && c.DetectedUtc < to)
            .OrderByDescending(c => c.DetectedUtc).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        var changeLines = changes.Select(c => new DigestLine(c.Title, c.Kind.Label(), c.Sku is { } sku ? ListingPath(sku) : "/competition")).ToList();

        var points = await db.ListingScoreHistory.AsNoTracking().Where(p => p.AtUtc < to && p.AtUtc >= from.AddDays(-30))
            .Select(p => new { p.Sku, p.ScoreTenths, p.AtUtc }).ToListAsync(cancellationToken);
        var drops = points.GroupBy(p => p.Sku, StringComparer.Ordinal)
            .Select(g => (Sku: g.Key, Before: g.Where(p => p.AtUtc < from).MaxBy(p => p.AtUtc)?.ScoreTenths, After: g.MaxBy(p => p.AtUtc)!.ScoreTenths))
            .Where(x => x.Before is { } b && b > 0 && x.After < b * (1m - ScoreDropAlerts.DropShare))
            .OrderBy(x => (decimal)x.After / x.Before!.Value).ThenBy(x => x.Sku, StringComparer.Ordinal)
            .Select(x => new DigestLine($"{x.Sku}: score {x.Before / 10m:0.0} to {x.After / 10m:0.0}", null, ListingPath(x.Sku))).ToList();

        // Severity is stored as text, so the most severe first is sorted here, not in SQL.
        var openAlerts = (await db.Alerts.AsNoTracking().Where(a => a.AcknowledgedUtc == null)
                .Select(a => new { a.Id, a.Title, a.Severity, a.Link, a.LastSeenUtc }).ToListAsync(cancellationToken))
            .OrderByDescending(a => a.Severity).ThenByDescending(a => a.LastSeenUtc).ThenByDescending(a => a.Id)
            .Select(a => new DigestLine(a.Title, a.Severity.ToString(), a.Link ?? "/alerts")).ToList();

        var failedRuns = await db.JobRuns.AsNoTracking().Where(r => r.Outcome == JobOutcome.Failed && r.StartedUtc >= from && r.StartedUtc < to)
            .OrderByDescending(r => r.StartedUtc).Select(r => new { r.JobName, r.StartedUtc, r.Error }).ToListAsync(cancellationToken);
        var failedLines = failedRuns.Select(r => new DigestLine(
            $"{JobSchedules.Find(r.JobName)?.Title ?? r.JobName} at {Shared.UkTime.Format(r.StartedUtc)}", r.Error, "/jobs")).ToList();

        return new DigestContent(kind, period, previous, sales, before, buyBox,
        [
            Section("cannot-sell", "Listings that cannot sell", cannotSell, "/catalogue", "Every listing can sell."),
            Section("competition", "New competitor changes", changeLines, "/competition", "No competitor changes."),
            Section("score-drops", "Score drops", drops, "/scoring", "No listing score fell by more than a fifth."),
            Section("alerts", "Alerts still open", openAlerts, "/alerts", "No open alerts."),
            Section("failed-jobs", "Jobs that failed", failedLines, "/jobs", "No job failed."),
        ], ordersLoaded);
    }

    private static DigestSection Section(string id, string title, IReadOnlyList<DigestLine> lines, string path, string empty) =>
        new(id, title, lines.Count, lines.Take(DigestContent.LinesPerSection).ToList(), path, empty);

    private static string ListingPath(string sku) => $"/catalogue/{Uri.EscapeDataString(sku)}";
}
