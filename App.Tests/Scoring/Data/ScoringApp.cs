using Microsoft.EntityFrameworkCore;
using SellerConsole.Alerts;
using SellerConsole.Catalog;
using SellerConsole.Data;
using SellerConsole.Scoring.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Scoring.Data;

/// <summary>Database helpers for scoring tests on a <see cref="SellerAppFactory"/>.</summary>
public static class ScoringApp
{
    public static async Task SeedAsync(this SellerAppFactory app, params Listing[] listings)
    {
        _ = app.CreateAnonymousClient(); // starts the app, which migrates the database
        await CatalogSeed.AddAsync(app.Service<IDbContextFactory<SellerDb>>(), listings);
    }

    /// <summary>
    /// Pumps the app clock until the new-listings worker is done: every listing has a category with stored peers
    /// and a score benchmarked against them (every Sandbox category has peers).
    /// </summary>
    public static Task SettleAsync(SellerAppFactory app, SellerConsole.Shared.ManualTimeProvider clock) =>
        ClockPump.RunAsync(clock, async () =>
        {
            while (!await SettledAsync(app))
            {
                await Task.Delay(20);
            }
        }, TimeSpan.FromSeconds(1));

    private static async Task<bool> SettledAsync(SellerAppFactory app)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        if (await db.Listings.AnyAsync(l => l.Category == null))
        {
            return false;
        }
        var peered = await db.ScoringPeers.Select(p => p.Category).Distinct().ToListAsync();
        if (await db.Listings.AnyAsync(l => !peered.Contains(l.Category!)))
        {
            return false;
        }
        var cards = await db.ListingScores.Select(s => s.CardJson).ToListAsync();
        return cards.Count == await db.Listings.CountAsync()
            && cards.All(c => ScoringJson.Read<SellerConsole.Scoring.ScoreCard>(c).Benchmark.PeerCount > 0);
    }

    public static async Task<string?> LastSummaryAsync(this SellerAppFactory app, string jobName)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.JobRuns.AsNoTracking().Where(r => r.JobName == jobName).OrderByDescending(r => r.Id).Select(r => r.Summary).FirstOrDefaultAsync();
    }

    public static async Task ChangeAsync(this SellerAppFactory app, string sku, Action<Listing> change)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        var listing = await db.Listings.Include(l => l.Issues).SingleAsync(l => l.Sku == sku);
        change(listing);
        await db.SaveChangesAsync();
    }

    public static async Task<List<StoredScorePoint>> HistoryAsync(this SellerAppFactory app, string sku)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.ListingScoreHistory.AsNoTracking().Where(p => p.Sku == sku).OrderBy(p => p.Id).ToListAsync();
    }

    public static async Task<List<Alert>> ScoreAlertsAsync(this SellerAppFactory app)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.Alerts.AsNoTracking().Where(a => a.Kind == ScoreDropAlerts.Kind).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>A listing that scores well on content: five clean bullets, eight images, reviews, a description and search terms.</summary>
    public static Listing Strong(int n) => CatalogSeed.Listing(n, l =>
    {
        l.Title = $"Timbermate Wood Screws {n}, 4.0 x 40mm Pozi Countersunk, Zinc Plated, Box of 200";
        l.Bullets = string.Join('\n',
            "Hardened carbon steel screws that drive cleanly into softwood, hardwood and chipboard without pilot holes",
            "Pozi drive recess keeps the bit seated, so heads do not cam out or strip under a cordless driver",
            "Countersunk head with nibs sits flush in timber for a neat finish on decking, fencing and furniture",
            "Zinc plating resists rust indoors and in sheltered outdoor spots such as sheds and garages",
            "Box of 200 in a resealable tub; each screw is 4.0 mm thick and 40 mm long");
        l.Description = "General purpose wood screws for joinery, flat-pack repairs and carpentry. Steel, zinc plated.";
        l.SearchTerms = "chipboard timber fixings carpentry joinery decking";
        l.ImageCount = 8;
        l.MainImageWidth = 2000;
        l.MainImageHeight = 2000;
        l.RatingTenths = 46;
        l.ReviewCount = 800;
        l.HasAPlusContent = true;
        l.PricePence = 799;
        l.BuyBoxPricePence = 799;
    });
}
