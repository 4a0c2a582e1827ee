using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SellerConsole.Catalog;
using SellerConsole.Data;

namespace SellerConsole.Bench;

/// <summary>
/// The Catalogue page's queries over 50,000 listings on SQLite (target: first page under 150 ms
/// server time). Prints median and 95th percentile of 30 runs per query shape.
/// </summary>
public sealed class CataloguePageBenchmark : IBenchmark
{
    private const int Listings = 50_000;

    public string Name => "catalogue-page";

    public string Description => $"Catalogue grid queries over {Listings:N0} listings (first page, sorted, searched, filtered)";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await using var database = await BenchDatabase.CreateAsync(cancellationToken);
        var factory = database.Factory;
        var seeding = Stopwatch.StartNew();
        await SeedAsync(factory, cancellationToken);
        output.WriteLine($"   seeded {Listings:N0} listings in {seeding.Elapsed.TotalSeconds:F1} s");

        var queries = new CatalogQueries(factory);
        await MeasureAsync(output, "first page (50, by SKU)", () => queries.PageAsync(new CatalogFilter(), null, false, 0, 50, cancellationToken));
        await MeasureAsync(output, "page 500 (50, by SKU)", () => queries.PageAsync(new CatalogFilter(), null, false, 24_950, 50, cancellationToken));
        await MeasureAsync(output, "first page by price desc", () => queries.PageAsync(new CatalogFilter(), "price", true, 0, 50, cancellationToken));
        await MeasureAsync(output, "search 'Pozi' in titles", () => queries.PageAsync(new CatalogFilter(Search: "Pozi"), null, false, 0, 50, cancellationToken));
        await MeasureAsync(output, "buy box lost + in stock", () => queries.PageAsync(new CatalogFilter(BuyBox: BuyBoxState.Lost, InStock: true), "salesRank", false, 0, 50, cancellationToken));
    }

    private static Task MeasureAsync(TextWriter output, string label, Func<Task<CatalogPage>> query) =>
        BenchTiming.MeasureAsync(output, label, 30, query, page => $"{page.Total:N0} matching");

    private static async Task SeedAsync(PooledDbContextFactory<SellerDb> factory, CancellationToken cancellationToken)
    {
        var random = new Random(50_000);
        string[] kinds = ["Wood Screws", "Wall Plugs", "Hex Bolts", "Drill Bits", "Masonry Nails", "Cable Ties", "Hinges", "Sealant"];
        for (var batch = 0; batch < Listings / 5_000; batch++)
        {
            await using var db = factory.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < 5_000; i++)
            {
                var n = batch * 5_000 + i;
                var listing = new Listing
                {
                    Sku = $"BN-{n:D6}",
                    Asin = $"B0{n:D8}",
                    Title = $"{kinds[n % kinds.Length]} {random.Next(2, 12)}.0 x {random.Next(10, 120)}mm {(random.Next(3) == 0 ? "Pozi " : "")}Zinc, Pack of {random.Next(1, 20) * 25}",
                    Status = "Active",
                    IsBuyable = true,
                    IsDiscoverable = true,
                    PricePence = random.Next(150, 9_000),
                    Quantity = random.Next(-5, 200),
                    OfferCount = random.Next(1, 13),
                    BuyBoxIsOurs = random.Next(3) switch { 0 => true, 1 => false, _ => null },
                    BuyBoxPricePence = random.Next(150, 9_000),
                    SalesRank = random.Next(100, 900_000),
                    OffersSyncedUtc = DateTime.UtcNow,
                };
                if (n % 40 == 0)
                {
                    listing.Issues.Add(new ListingIssue { Code = "18027", Message = "Main image background is not white", Severity = "ERROR", Enforcements = n % 80 == 0 ? "SEARCH_SUPPRESSED" : null });
                }
                db.Listings.Add(listing);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
