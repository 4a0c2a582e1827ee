using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Costing.Data;
using SellerConsole.Data;
using SellerConsole.Live;

namespace SellerConsole.Costing.Margins;

public sealed record MarginFilter(string? Search = null, MarginFlag? Flag = null);

public sealed record MarginSummary(int Listings, int WithCosts, int UnderTarget, int LossMaking, int MissingCosts, int CannotCost, decimal TargetMargin);

public sealed record MarginPage(IReadOnlyList<MarginRow> Rows, int Total, MarginSummary Summary);

/// <summary>
/// The Margins grid over every listing joined with its cost definition. Profit needs the calculator,
/// not SQL (and SQLite cannot order decimals), so rows are computed for the whole catalogue once and
/// cached; filter, sort and paging then run on the server over that array. The cache is rebuilt when
/// costs change (snapshot version), when listing prices change (a cheap SQL fingerprint or a
/// listing.updated event) and at most every few minutes so dated costs roll over.
/// </summary>
public sealed class MarginsQuery
{
    public const int MaxPageSize = 500;
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly IDbContextFactory<SellerDb> _dbs;
    private readonly CostingStore _store;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _build = new(1, 1);
    private Cached? _cached;
    private long _listingsVersion;

    public MarginsQuery(IDbContextFactory<SellerDb> dbs, CostingStore store, TimeProvider clock, LiveFeed live)
    {
        _dbs = dbs;
        _store = store;
        _clock = clock;
        live.Subscribe<ListingsUpdated>(_ =>
        {
            Interlocked.Increment(ref _listingsVersion);
            return Task.CompletedTask;
        });
    }

    public static IReadOnlyCollection<string> SortableColumns => MarginSort.Columns;

    public async Task<MarginPage> PageAsync(MarginFilter filter, string? sortBy, bool descending, int skip, int take, CancellationToken ct)
    {
        var (set, snapshot) = await RowsAsync(ct);
        if (MarginSort.NeedsSolvedPrices(sortBy))
        {
            await Task.Run(() => set.Solve(), ct);
        }
        var rows = set.Rows;
        IEnumerable<int> matching = Enumerable.Range(0, rows.Count);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            matching = matching.Where(i => rows[i].Sku.StartsWith(term, StringComparison.OrdinalIgnoreCase) || rows[i].Title.Contains(term, StringComparison.OrdinalIgnoreCase));
        }
        if (filter.Flag is { } flag)
        {
            matching = matching.Where(i => rows[i].Has(flag));
        }
        var list = matching.ToList();
        var pageIndexes = MarginSort.Apply(list, rows, sortBy, descending).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxPageSize)).ToList();
        set.Solve(pageIndexes);
        var page = pageIndexes.Select(i => set[i]).ToList();
        var summary = new MarginSummary(rows.Count, rows.Count(r => r.HasCosts), rows.Count(r => r.UnderTarget), rows.Count(r => r.Profit < 0m),
            rows.Count(r => !r.HasCosts), rows.Count(r => r.Problem is not null), snapshot.Settings.TargetMargin);
        return new MarginPage(page, list.Count, summary);
    }

    private async Task<(MarginSet Rows, CostingSnapshot Snapshot)> RowsAsync(CancellationToken ct)
    {
        var snapshot = await _store.SnapshotAsync(ct);
        var now = _clock.GetUtcNow().UtcDateTime;
        var listingsVersion = Interlocked.Read(ref _listingsVersion);
        var fingerprint = await FingerprintAsync(ct);
        if (_cached is { } hit && hit.Matches(snapshot.Version, listingsVersion, fingerprint, now))
        {
            return (hit.Rows, snapshot);
        }
        await _build.WaitAsync(ct);
        try
        {
            if (_cached is { } again && again.Matches(snapshot.Version, listingsVersion, fingerprint, now))
            {
                return (again.Rows, snapshot);
            }
            await using var db = await _dbs.CreateDbContextAsync(ct);
            var listings = await db.Listings.AsNoTracking()
                .Select(l => new MarginSet.ListingPrice(l.Sku, l.Title, l.PricePence))
                .ToListAsync(ct);
            var rows = await Task.Run(() => new MarginSet(snapshot, listings, now), ct);
            _cached = new Cached(snapshot.Version, listingsVersion, fingerprint, now, rows);
            return (rows, snapshot);
        }
        finally
        {
            _build.Release();
        }
    }

    // Changes when a listing is added or removed or any price changes (each price is weighted by its row id).
    private async Task<(int Count, long Sum)> FingerprintAsync(CancellationToken ct)
    {
        await using var db = await _dbs.CreateDbContextAsync(ct);
        var count = await db.Listings.CountAsync(ct);
        var sum = count == 0 ? 0 : await db.Listings.SumAsync(l => (long)l.Id * (l.PricePence ?? -1L), ct);
        return (count, sum);
    }

    private sealed record Cached(long Version, long ListingsVersion, (int, long) Fingerprint, DateTime BuiltUtc, MarginSet Rows)
    {
        public bool Matches(long version, long listingsVersion, (int, long) fingerprint, DateTime now) =>
            Version == version && ListingsVersion == listingsVersion && Fingerprint == fingerprint && now - BuiltUtc < MaxAge;
    }
}
