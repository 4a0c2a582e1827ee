using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Catalog.Sync;

/// <summary>The app with a small Sandbox world, on a clock that starts just after a 15-minute market tick.</summary>
public sealed class SandboxApp : SellerAppFactory
{
    public const int Listings = 40;
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 10, 1, 0, TimeSpan.Zero);

    public SandboxApp(IDictionary<string, string?>? extra = null) : base(Settings(extra), startUtc: Start)
    {
        _ = CreateAnonymousClient();
    }

    private static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sandbox:Seed"] = "4242",
            ["Sandbox:Listings"] = Listings.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sandbox:SilentDropRate"] = "0",
            ["SpApi:ReportPollInterval"] = "00:00:05",
            // The clock pump moves app time ~500x faster than real time, so a 30 s per-attempt timeout on the
            // app clock would be ~60 ms of real time: a busy CI machine would see timeouts, open the circuit and
            // fail the sync. In-process requests cannot hang; timeouts have their own tests (SpApiResilienceTests).
            ["SpApi:RequestTimeout"] = Timeout.InfiniteTimeSpan.ToString(),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return settings;
    }

    /// <summary>Everything a sync writes about listings that is not a sync timestamp, for before/after comparisons.</summary>
    public async Task<string> CatalogueDigestAsync()
    {
        await using var db = await Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        var listings = await db.Listings.AsNoTracking().Include(l => l.Issues).Include(l => l.Offers).OrderBy(l => l.Sku).ToListAsync();
        return string.Join('\n', listings.Select(l => string.Join('|',
            l.Sku, l.Asin, l.Title, l.Brand, l.Status, l.IsBuyable, l.IsDiscoverable, l.PricePence, l.MinimumPricePence, l.Quantity,
            l.MainImageUrl, l.MainImageWidth, l.ImageCount, l.Bullets, l.Description, l.SearchTerms, l.OfferCount, l.BuyBoxPricePence, l.BuyBoxIsOurs,
            string.Join(';', l.Issues.OrderBy(i => i.Code).Select(i => $"{i.Code}:{i.Severity}:{i.Enforcements}")),
            string.Join(';', l.Offers.OrderBy(o => o.SellerId).Select(o => $"{o.SellerId}:{o.LandedPence}:{o.IsBuyBoxWinner}")))));
    }

    public async Task<int> CountAsync<T>(Func<SellerDb, IQueryable<T>> query)
    {
        await using var db = await Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await query(db).CountAsync();
    }

    public async Task<List<Listing>> ListingsAsync()
    {
        await using var db = await Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.Listings.AsNoTracking().Include(l => l.Issues).Include(l => l.Offers).OrderBy(l => l.Sku).ToListAsync();
    }
}
