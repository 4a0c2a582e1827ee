using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Competition;

/// <summary>One ASIN on the Competition page. Shares are of the last 30 days (gaps: nobody held the buy box).</summary>
public sealed record CompetitionRow(
    string Sku, string Asin, string Title, int Competitors, string CompetitorList, bool? BuyBoxOurs,
    double BuyBoxShareOurs, double BuyBoxShareOthers, long? OurPricePence, long? LowestCompetitorPence,
    string? LatestChange, DateTime? LatestChangeUtc);

public sealed class CompetitionQueries(IDbContextFactory<SellerDb> dbs, HistoryStore store, TimeProvider clock)
{
    public static readonly TimeSpan ShareWindow = TimeSpan.FromDays(30);

    public async Task<IReadOnlyList<CompetitionRow>> RowsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var listings = await db.Listings.AsNoTracking().Include(l => l.Offers).Where(l => l.Status != "Deleted").OrderBy(l => l.Sku).ToListAsync(ct);
        var shares = await store.ReadSeriesAsync(HistorySeries.BuyBoxOurs, ct);
        var latest = (await db.CompetitionChanges.AsNoTracking().OrderByDescending(c => c.DetectedUtc).ThenByDescending(c => c.Id).Take(2000).ToListAsync(ct))
            .GroupBy(c => c.Asin).ToDictionary(g => g.Key, g => g.First());
        return [.. listings.Select(l =>
        {
            var others = l.Offers.Where(o => !o.IsOurs).OrderBy(o => o.LandedPence).ToList();
            var (ours, theirs) = shares.TryGetValue(l.Asin, out var points) ? HistoryMerge.Shares(points, now - ShareWindow, now) : (0, 0);
            var change = latest.GetValueOrDefault(l.Asin);
            return new CompetitionRow(l.Sku, l.Asin, l.Title, others.Count,
                string.Join(", ", others.Select(o => o.SellerId).Distinct().Take(6)) + (others.Count > 6 ? ", …" : ""),
                l.BuyBoxIsOurs, ours, theirs, l.Offers.FirstOrDefault(o => o.IsOurs)?.LandedPence ?? l.PricePence,
                others.Count > 0 ? others[0].LandedPence : null, change?.Title, change?.DetectedUtc);
        })];
    }

    public async Task<IReadOnlyList<CompetitionChange>> ChangesAsync(string? asin, ChangeKind? kind, DateTime? since, int take, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = db.CompetitionChanges.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(asin)) query = query.Where(c => c.Asin == asin);
        if (kind is { } k) query = query.Where(c => c.Kind == k);
        if (since is { } s) query = query.Where(c => c.DetectedUtc >= s);
        return await query.OrderByDescending(c => c.DetectedUtc).ThenByDescending(c => c.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
    }
}
