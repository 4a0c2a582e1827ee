using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Competition;

public sealed record ChartSeries(HistorySeries Series, string Name, string Title, IReadOnlyList<HistoryPoint> Points);

public sealed record PriceChange(DateTime Utc, long? FromPence, long? ToPence);

/// <summary>Histories of one listing over [From, To]; each series starts with the value holding at From.</summary>
public sealed record ListingHistory(string? Sku, string Asin, DateTime From, DateTime To, IReadOnlyList<ChartSeries> Series, IReadOnlyList<PriceChange> OurPriceChanges);

/// <summary>Chart data: one indexed read of a few blobs per listing, decoded and cut to the window.</summary>
public sealed class HistoryQueries(IDbContextFactory<SellerDb> dbs, HistoryStore store, TimeProvider clock)
{
    public static readonly IReadOnlyList<HistorySeries> ChartSeriesSet =
        [HistorySeries.OurPrice, HistorySeries.BuyBox, HistorySeries.LowestFbm, HistorySeries.LowestFba, HistorySeries.Amazon,
         HistorySeries.SalesRank, HistorySeries.OfferCount, HistorySeries.BuyBoxOurs];

    public async Task<ListingHistory?> ForSkuAsync(string sku, IReadOnlyCollection<HistorySeries>? series, DateTime? from, DateTime? to, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var asin = await db.Listings.AsNoTracking().Where(l => l.Sku == sku).Select(l => l.Asin).FirstOrDefaultAsync(ct);
        return asin is null ? null : await ForAsinAsync(asin, sku, series, from, to, ct);
    }

    public async Task<ListingHistory> ForAsinAsync(string asin, string? sku, IReadOnlyCollection<HistorySeries>? series, DateTime? from, DateTime? to, CancellationToken ct)
    {
        var wanted = series is { Count: > 0 } ? series : ChartSeriesSet;
        var read = await store.ReadAsync(asin, [.. wanted.Append(HistorySeries.OurPrice).Distinct()], ct);
        var end = to ?? clock.GetUtcNow().UtcDateTime;
        var start = from ?? read.Values.Where(p => p.Count > 0).Select(p => p[0].Utc).DefaultIfEmpty(end).Min();
        var charts = wanted.Select(s => new ChartSeries(s, s.ApiName(), s.Title(), HistoryMerge.Window(read[s], start, end))).ToList();
        var ours = read[HistorySeries.OurPrice];
        var changes = new List<PriceChange>();
        for (var i = 1; i < ours.Count; i++)
        {
            if (ours[i].Utc >= start && ours[i].Utc <= end)
            {
                changes.Add(new PriceChange(ours[i].Utc, ours[i - 1].Value, ours[i].Value));
            }
        }
        return new ListingHistory(sku, asin, start, end, charts, changes);
    }
}
