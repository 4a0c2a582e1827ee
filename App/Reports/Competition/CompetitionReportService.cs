using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Reports.Profit;

namespace SellerConsole.Reports.Competition;

/// <summary>
/// Loads the competitive changes detected in the period, the listings and their buy-box history, and
/// builds the report. The buy box is measured up to now when the period runs into today.
/// </summary>
public sealed class CompetitionReportService(IDbContextFactory<SellerDb> dbs, HistoryStore history, TimeProvider clock) : IReportKind
{
    public string Kind => "competition";

    public string Title => CompetitionReport.Title;

    public string Description => "Competitive changes by kind and day, each listing's buy-box share over the period, and the rival sellers that moved most (moves, biggest price cut).";

    public async Task<CompetitionReport> ReportAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = (period.FromUtc, period.ToUtcExclusive);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var stored = await db.CompetitionChanges.AsNoTracking().Where(c => c.DetectedUtc >= start && c.DetectedUtc < end)
            .OrderBy(c => c.DetectedUtc).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var listings = await db.Listings.AsNoTracking().Where(l => l.Status != "Deleted").OrderBy(l => l.Sku)
            .Select(l => new ListedAsin(l.Sku, l.Asin, l.Title)).ToListAsync(cancellationToken);
        var buyBox = await history.ReadSeriesAsync(HistorySeries.BuyBoxOurs, cancellationToken);
        var changes = stored.Select(c => new ChangeRecord(c.DetectedUtc, c.Kind, c.Asin, c.Sku, c.SellerId, c.Title, Evidence(c.Evidence)));
        var until = end < now ? end : now;
        return CompetitionReportBuilder.Build(period, changes, listings, asin => ReportReads.Split(buyBox.GetValueOrDefault(asin), start, until));
    }

    private static IReadOnlyDictionary<string, string> Evidence(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            // Evidence is clipped at 2,000 characters when stored; a clipped one has no readable prices, and the change still counts.
            return new Dictionary<string, string>();
        }
    }

    public async Task<BuiltReport> BuildAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(request.Period, cancellationToken);
        return new BuiltReport(CompetitionReportDefinition.Document(report), CompetitionReportDefinition.View(report), report);
    }
}
