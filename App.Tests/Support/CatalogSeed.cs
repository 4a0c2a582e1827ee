using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Data;
using SellerConsole.Orders;

namespace SellerConsole.Tests.Support;

/// <summary>Builds listings, offers and orders straight into the database for read-side tests.</summary>
public static class CatalogSeed
{
    public static Listing Listing(int n, Action<Listing>? change = null)
    {
        var listing = new Listing
        {
            Sku = $"SKU-{n:D5}",
            Asin = $"B0{n:D8}",
            Title = $"Wood Screws {n % 7 + 3}.0 x {n % 9 * 10 + 20}mm Pozi Countersunk, Box of {(n % 4 + 1) * 100}",
            Brand = n % 3 == 0 ? "FixRight" : "Timbermate",
            Status = "Active",
            IsBuyable = true,
            IsDiscoverable = true,
            PricePence = 499 + n * 7 % 2000,
            Quantity = n % 10 == 0 ? 0 : n % 50,
            OfferCount = n % 11 + 1,
            BuyBoxIsOurs = (n % 3) switch { 0 => true, 1 => false, _ => null },
            BuyBoxPricePence = n % 3 == 2 ? null : 480 + n * 7 % 2000,
            OffersSyncedUtc = n % 13 == 0 ? null : new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc),
            SalesRank = 1000 + n * 37,
            Bullets = "Hardened steel\nPozi drive\nCountersunk head",
            ImageCount = 4,
        };
        change?.Invoke(listing);
        return listing;
    }

    public static async Task AddAsync(IDbContextFactory<SellerDb> dbs, IEnumerable<Listing> listings)
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Listings.AddRange(listings);
        await db.SaveChangesAsync();
    }

    public static Order Order(string id, DateTime purchasedUtc, string status = "Shipped", params (string Sku, int Quantity, long PricePence)[] lines) => new()
    {
        AmazonOrderId = id,
        PurchasedUtc = purchasedUtc,
        LastUpdatedUtc = purchasedUtc.AddHours(1),
        Status = status,
        FulfillmentChannel = "MFN",
        TotalPence = lines.Sum(l => l.Quantity * l.PricePence),
        Lines = lines.Select(l => new OrderLine { Sku = l.Sku, Quantity = l.Quantity, ItemPricePence = l.Quantity * l.PricePence }).ToList(),
    };

    public static async Task AddAsync(IDbContextFactory<SellerDb> dbs, IEnumerable<Order> orders)
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.Orders.AddRange(orders);
        await db.SaveChangesAsync();
    }
}
