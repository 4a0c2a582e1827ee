using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Catalog;

public sealed record CatalogFilter(string? Search = null, BuyBoxState? BuyBox = null, bool? InStock = null, bool? WithIssues = null);

public sealed record CatalogRow(
    string Sku, string Asin, string Title, long? PricePence, int Quantity, BuyBoxState BuyBox, long? BuyBoxPricePence,
    int? OfferCount, string? Status, int IssueCount, bool Suppressed, int? SalesRank, DateTime? OffersSyncedUtc);

public sealed record CatalogPage(IReadOnlyList<CatalogRow> Rows, int Total);

/// <summary>
/// The Catalogue grid's reads: filter, sort and page in SQL so 50,000 listings never load at once.
/// Sorting is by a fixed set of columns (names as the grid and API use them).
/// </summary>
public sealed class CatalogQueries(IDbContextFactory<SellerDb> dbs)
{
    public const int MaxPageSize = 500;

    private static readonly Dictionary<string, Expression<Func<Listing, object?>>> SortColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sku"] = l => l.Sku,
        ["asin"] = l => l.Asin,
        ["title"] = l => l.Title,
        ["price"] = l => l.PricePence,
        ["quantity"] = l => l.Quantity,
        ["buyBoxPrice"] = l => l.BuyBoxPricePence,
        ["offerCount"] = l => l.OfferCount,
        ["salesRank"] = l => l.SalesRank,
        ["status"] = l => l.Status,
    };

    public static IReadOnlyCollection<string> SortableColumns => SortColumns.Keys;

    public async Task<CatalogPage> PageAsync(CatalogFilter filter, string? sortBy, bool descending, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var query = Filter(db.Listings.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);

        var sort = sortBy is not null && SortColumns.TryGetValue(sortBy, out var column) ? column : SortColumns["sku"];
        var ordered = descending ? query.OrderByDescending(sort) : query.OrderBy(sort);
        // Page the ids first, then fetch the details of those rows only: SQLite would otherwise work out
        // the issue columns for every matching row before sorting (200 ms at 16k matches; ~5 ms this way).
        var ids = await ordered.ThenBy(l => l.Id)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 1, MaxPageSize))
            .Select(l => l.Id)
            .ToListAsync(cancellationToken);
        var details = await db.Listings.AsNoTracking()
            .Where(l => ids.Contains(l.Id))
            .Select(l => new
            {
                l.Id, l.Sku, l.Asin, l.Title, l.PricePence, l.Quantity, l.BuyBoxIsOurs, l.BuyBoxPricePence, l.OfferCount, l.Status, l.SalesRank, l.OffersSyncedUtc,
                Issues = l.Issues.Count,
                Suppressed = l.Issues.Any(i => i.Enforcements != null && (i.Enforcements.Contains("LISTING_SUPPRESSED") || i.Enforcements.Contains("SEARCH_SUPPRESSED"))),
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var rows = ids.Select(id => details[id]).ToList();

        return new CatalogPage(rows.Select(r => new CatalogRow(
            r.Sku, r.Asin, r.Title, r.PricePence, r.Quantity, BuyBoxOf(r.BuyBoxIsOurs, r.OffersSyncedUtc), r.BuyBoxPricePence,
            r.OfferCount, r.Status, r.Issues, r.Suppressed, r.SalesRank, r.OffersSyncedUtc)).ToList(), total);
    }

    /// <summary>Every SKU the filter matches (what a bulk change "for these listings" applies to), in SKU order.</summary>
    public async Task<IReadOnlyList<string>> SkusAsync(CatalogFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await Filter(db.Listings.AsNoTracking(), filter).OrderBy(l => l.Sku).Select(l => l.Sku).ToListAsync(cancellationToken);
    }

    public async Task<Listing?> FindAsync(string sku, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Listings.AsNoTracking()
            .Include(l => l.Issues)
            .Include(l => l.Offers.OrderBy(o => o.LandedPence))
            .AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Sku == sku, cancellationToken);
    }

    private static IQueryable<Listing> Filter(IQueryable<Listing> listings, CatalogFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            // LIKE, not Contains: SQLite's instr() is case-sensitive, so "screws" missed "Decking Screws". The user's % and _ are literal.
            // Both sides lower-cased: PostgreSQL's LIKE is case-sensitive where SQLite's is not.
            var like = term.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
            listings = listings.Where(l => EF.Functions.Like(l.Sku.ToLower(), like + "%", "\\") || l.Asin == term.ToUpper() || EF.Functions.Like(l.Title.ToLower(), "%" + like + "%", "\\"));
        }
        listings = filter.BuyBox switch
        {
            BuyBoxState.Won => listings.Where(l => l.BuyBoxIsOurs == true),
            BuyBoxState.Lost => listings.Where(l => l.BuyBoxIsOurs == false),
            BuyBoxState.None => listings.Where(l => l.BuyBoxIsOurs == null && l.OffersSyncedUtc != null),
            BuyBoxState.Unknown => listings.Where(l => l.OffersSyncedUtc == null),
            _ => listings,
        };
        if (filter.InStock is { } inStock)
        {
            listings = inStock ? listings.Where(l => l.Quantity > 0) : listings.Where(l => l.Quantity <= 0);
        }
        if (filter.WithIssues is { } withIssues)
        {
            listings = withIssues ? listings.Where(l => l.Issues.Any()) : listings.Where(l => !l.Issues.Any());
        }
        return listings;
    }

    private static BuyBoxState BuyBoxOf(bool? ours, DateTime? synced) => ours switch
    {
        true => BuyBoxState.Won,
        false => BuyBoxState.Lost,
        null when synced is null => BuyBoxState.Unknown,
        _ => BuyBoxState.None,
    };
}
