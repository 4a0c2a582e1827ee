using SellerConsole.Competition;
using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

/// <summary>
/// What the console would see of a simulated market if it synced offers every 15 minutes: each ASIN's
/// offer book turned into the snapshot the offers sync stores (in-stock offers, cheapest 20) and the
/// console's own <see cref="ChangeDetector"/> run over consecutive snapshots.
/// </summary>
internal static class MarketPace
{
    public static readonly TimeSpan SyncInterval = TimeSpan.FromMinutes(15);

    /// <summary>Changes by kind the console would detect over <paramref name="span"/> from the world's now.</summary>
    public static Dictionary<ChangeKind, int> Observe(MarketSimulation world, TimeSpan span, List<DetectedChange>? all = null)
    {
        var counts = Enum.GetValues<ChangeKind>().ToDictionary(k => k, _ => 0);
        var before = Snapshots(world);
        var end = world.NowUtc + span;
        while (world.NowUtc < end)
        {
            world.AdvanceTo(world.NowUtc + SyncInterval);
            var after = Snapshots(world);
            foreach (var (asin, snapshot) in after)
            {
                foreach (var change in ChangeDetector.Detect(before[asin], snapshot, ChangeThresholds.Default, null))
                {
                    counts[change.Kind]++;
                    all?.Add(change);
                }
            }
            before = after;
        }
        return counts;
    }

    public static Dictionary<string, MarketSnapshot> Snapshots(MarketSimulation world) =>
        world.Catalogue.ToDictionary(l => l.Asin, l => Snapshot(world.GetOffers(l.Asin)!, l.Sku));

    public static MarketSnapshot Snapshot(OfferBook book, string sku)
    {
        var visible = book.Offers.Where(o => o.Stock > 0).OrderBy(o => o.LandedPrice).ThenBy(o => o.SellerId, StringComparer.Ordinal).Take(20).ToList();
        var offers = visible.Select(o => new OfferView(o.SellerId, Money.ToPence(o.LandedPrice), o.IsFba || o.IsAmazon, o.IsOurs, o.IsBuyBoxWinner)).ToList();
        var winner = visible.FirstOrDefault(o => o.IsBuyBoxWinner);
        return new MarketSnapshot(book.Asin, sku, book.AsOfUtc, offers, winner is null ? null : winner.IsOurs, winner?.SellerId,
            winner is null ? null : Money.ToPence(winner.LandedPrice), offers.FirstOrDefault(o => o.IsOurs)?.LandedPence,
            book.SalesRank, visible.Count, null, null);
    }
}
