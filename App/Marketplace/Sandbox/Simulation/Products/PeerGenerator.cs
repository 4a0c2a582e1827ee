using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

/// <summary>
/// Top-ranked competitor listings per category: mostly well-built content (more clean listings,
/// more A+, more reviews), as a best-seller list would show. A static snapshot: peers do not trade
/// in the simulated market.
/// </summary>
internal static class PeerGenerator
{
    /// <summary>Peer ASIN indices start here, far above any of our listing indices.</summary>
    public const long PeerIndexBase = 50_000_000;

    public static IReadOnlyDictionary<string, IReadOnlyList<PeerListing>> Generate(int seed, int perCategory, Identifiers ids)
    {
        var result = new Dictionary<string, IReadOnlyList<PeerListing>>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < Categories.All.Count; c++)
        {
            var category = Categories.All[c];
            var peers = new List<PeerListing>(perCategory);
            var rank = 0.0;
            for (var j = 0; j < perCategory; j++)
            {
                var index = PeerIndexBase + c * 10_000L + j;
                var r = DetRandom.For(seed, Purpose.Peers, index);
                var spec = category.Build(r);
                var brand = r.Chance(0.6) ? r.Pick(Brands.PeerOnly) : r.Pick(Brands.Resold).Name;
                var plan = DefectPlan.Choose(r, 0.5);
                var content = ContentBuilder.Build(spec, brand, plan, r.Chance(0.6), r);
                rank += r.Between(15, 60) * (1 + j * 0.6);
                var reviews = (int)Math.Round(r.LogNormal(1400, 0.9));
                peers.Add(new PeerListing(
                    ids.Asin(index), brand, category.Name, spec.ProductType, content, (int)Math.Round(rank),
                    Money.Round(spec.BasePrice * (decimal)r.Between(0.85, 1.2)),
                    Math.Round((decimal)r.Between(4.1, 4.8), 1), reviews));
            }
            result[category.Name] = peers;
        }
        return result;
    }
}
