using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Competition;

/// <summary>Reads and merges the per ASIN-series history blobs.</summary>
public sealed class HistoryStore(IDbContextFactory<SellerDb> dbs)
{
    public async Task<Dictionary<HistorySeries, List<HistoryPoint>>> ReadAsync(string asin, IReadOnlyCollection<HistorySeries> series, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var blocks = await db.HistoryBlocks.AsNoTracking().Where(b => b.Asin == asin && series.Contains(b.Series)).ToListAsync(ct);
        var result = series.ToDictionary(s => s, _ => new List<HistoryPoint>());
        foreach (var block in blocks)
        {
            result[block.Series] = HistoryCodec.Decode(block.Data);
        }
        return result;
    }

    /// <summary>
    /// <see cref="ReadAsync"/> for many ASINs in a few queries (chunks of 500 ASINs): ASIN -> every asked
    /// series (empty when none is stored). ASINs with no history at all are left out.
    /// </summary>
    public async Task<Dictionary<string, Dictionary<HistorySeries, List<HistoryPoint>>>> ReadManyAsync(IReadOnlyCollection<string> asins, IReadOnlyCollection<HistorySeries> series, CancellationToken ct)
    {
        var result = new Dictionary<string, Dictionary<HistorySeries, List<HistoryPoint>>>();
        if (asins.Count == 0) return result;
        await using var db = await dbs.CreateDbContextAsync(ct);
        foreach (var chunk in asins.Distinct().Chunk(500))
        {
            var blocks = await db.HistoryBlocks.AsNoTracking().Where(b => chunk.Contains(b.Asin) && series.Contains(b.Series))
                .Select(b => new { b.Asin, b.Series, b.Data }).ToListAsync(ct);
            foreach (var block in blocks)
            {
                if (!result.TryGetValue(block.Asin, out var one)) result[block.Asin] = one = series.ToDictionary(s => s, _ => new List<HistoryPoint>());
                one[block.Series] = HistoryCodec.Decode(block.Data);
            }
        }
        return result;
    }

    /// <summary>One series of many ASINs (e.g. buy-box ownership for the Competition page).</summary>
    public async Task<Dictionary<string, List<HistoryPoint>>> ReadSeriesAsync(HistorySeries series, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var blocks = await db.HistoryBlocks.AsNoTracking().Where(b => b.Series == series).Select(b => new { b.Asin, b.Data }).ToListAsync(ct);
        return blocks.ToDictionary(b => b.Asin, b => HistoryCodec.Decode(b.Data));
    }

    /// <summary>
    /// Merges new points into the stored histories (ASIN -> series -> points), all in one transaction:
    /// a failure leaves every history as it was.
    /// </summary>
    public async Task<int> MergeAsync(IReadOnlyDictionary<string, Dictionary<HistorySeries, List<HistoryPoint>>> incoming, CancellationToken ct)
    {
        if (incoming.Count == 0)
        {
            return 0;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var asins = incoming.Keys.ToList();
        var stored = new Dictionary<(string, HistorySeries), HistoryBlock>();
        foreach (var chunk in asins.Chunk(500))
        {
            foreach (var block in await db.HistoryBlocks.Where(b => chunk.Contains(b.Asin)).ToListAsync(ct))
            {
                stored[(block.Asin, block.Series)] = block;
            }
        }
        var written = 0;
        foreach (var (asin, bySeries) in incoming)
        {
            foreach (var (series, points) in bySeries)
            {
                if (points.Count == 0)
                {
                    continue;
                }
                stored.TryGetValue((asin, series), out var block);
                var merged = HistoryMerge.Merge(block is null ? [] : HistoryCodec.Decode(block.Data), points);
                var data = HistoryCodec.Encode(merged);
                if (block is null)
                {
                    block = new HistoryBlock { Asin = asin, Series = series, Data = data };
                    db.HistoryBlocks.Add(block);
                }
                else if (block.Data.AsSpan().SequenceEqual(data))
                {
                    continue;
                }
                block.Data = data;
                block.FirstUtc = merged[0].Utc;
                block.LastUtc = merged[^1].Utc;
                block.PointCount = merged.Count;
                block.LatestValue = merged[^1].Value;
                written++;
            }
        }
        await db.SaveChangesAsync(ct);
        return written;
    }
}
