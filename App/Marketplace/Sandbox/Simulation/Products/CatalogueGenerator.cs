using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

/// <summary>A generated listing plus the private facts the market simulation starts from.</summary>
internal sealed record CatalogueEntry(CatalogListing Listing, CategoryDef Category, decimal BasePrice);

/// <summary>
/// Generates our catalogue. Each listing is built from its own keyed stream, so the work is
/// parallel and the result does not depend on thread scheduling; only SKU de-duplication is a
/// (cheap) sequential pass in index order.
/// </summary>
internal static class CatalogueGenerator
{
    private static readonly decimal[] ShippingCharges = [2.49m, 2.99m, 3.49m, 3.99m, 4.49m];

    private const int RedrawAttempts = 4;

    public static CatalogueEntry[] Generate(int seed, int count, DateTime historyStartUtc, Identifiers ids)
    {
        if (count is < 1 or > Identifiers.MaxListings)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"Listings must be 1..{Identifiers.MaxListings}.");
        }
        var entries = new CatalogueEntry[count];
        Parallel.For(0, count, i => entries[i] = Build(seed, i, 0, historyStartUtc, ids));
        // A seller does not list the same branded product twice: clashing listings are redrawn in
        // rounds (each round built in parallel, accepted in index order), so the result is fixed.
        var products = new HashSet<string>(count, StringComparer.OrdinalIgnoreCase);
        var pending = Enumerable.Range(0, count).ToList();
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            if (attempt > 0)
            {
                Parallel.ForEach(pending, i => entries[i] = Build(seed, i, attempt, historyStartUtc, ids));
            }
            pending = pending.Where(i => !products.Add(ProductKey(entries[i])) && attempt < RedrawAttempts).ToList();
        }
        var skus = new HashSet<string>(count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < count; i++)
        {
            var sku = entries[i].Listing.Sku;
            if (skus.Add(sku)) continue;
            for (var n = 2; ; n++)
            {
                var candidate = $"{sku}-{n}";
                if (!skus.Add(candidate)) continue;
                entries[i] = entries[i] with { Listing = entries[i].Listing with { Sku = candidate } };
                break;
            }
        }
        return entries;
    }

    private static string ProductKey(CatalogueEntry e) => e.Listing.Brand + "|" + e.Listing.ItemName;

    private static CatalogueEntry Build(int seed, int index, int attempt, DateTime historyStartUtc, Identifiers ids)
    {
        var r = DetRandom.For(seed, Purpose.Catalogue, index + (long)attempt * Identifiers.MaxListings);
        var category = Categories.Pick(r);
        var spec = category.Build(r);
        var brand = Brands.Pick(r, 0.35);
        var plan = DefectPlan.Choose(r, 0.22);
        var hasAplus = brand.IsOwn ? r.Chance(0.55) : r.Chance(0.2);
        var content = ContentBuilder.Build(spec, brand.Name, plan, hasAplus, r);
        var issues = IssueBuilder.Build(content, brand.IsOwn, r);
        var heavy = spec.WeightGrams > 2000;
        var shipping = r.Chance(heavy ? 0.25 : 0.6) || spec.BasePrice < 8m ? 0m : r.Pick(ShippingCharges);
        var slow = r.Chance(0.2);
        var listing = new CatalogListing(
            index, brand.SkuPrefix + spec.SkuCode, ids.Asin(index), ids.Ean(brand.CompanyPrefix, index),
            brand.Name, brand.IsOwn, category.Name, spec.ProductType, spec.FullName,
            spec.WeightGrams, spec.Dimensions, content, issues, shipping,
            slow ? 2 : 1, slow ? 3 : 2,
            Money.Round(spec.BasePrice * (decimal)r.Between(0.28, 0.48)),
            historyStartUtc.AddDays(-r.Between(30, 1500)));
        return new CatalogueEntry(listing, category, spec.BasePrice);
    }
}
