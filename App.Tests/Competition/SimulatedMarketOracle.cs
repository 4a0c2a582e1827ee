using SellerConsole.Competition;
using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Competition;

/// <summary>
/// What the Sandbox simulation itself says changed on one ASIN between two of its offer books, named
/// as the console's change kinds. It reads the simulation's own records (landed prices, stock, the buy
/// box winner), not anything the console stored, so the console's sync, snapshots and detector are
/// checked against the market's ground truth.
/// </summary>
internal static class SimulatedMarketOracle
{
    /// <summary>Offers the SP-API offers endpoint shows: in stock, cheapest first, at most 20.</summary>
    public static IReadOnlyList<MarketOffer> Visible(OfferBook book) =>
        [.. book.Offers.Where(o => o.Stock > 0).OrderBy(o => o.LandedPrice).ThenBy(o => o.SellerId, StringComparer.Ordinal).Take(20)];

    public static HashSet<(ChangeKind Kind, string Asin, string? SellerId)> Changes(OfferBook before, OfferBook after, ChangeThresholds thresholds, long? floorPence)
    {
        var expected = new HashSet<(ChangeKind, string, string?)>();
        var asin = after.Asin;
        var was = Visible(before).Where(o => !o.IsOurs).ToDictionary(o => o.SellerId, o => Money.ToPence(o.LandedPrice));
        var now = Visible(after).Where(o => !o.IsOurs).ToDictionary(o => o.SellerId, o => Money.ToPence(o.LandedPrice));
        var oursBefore = Money.ToPence(Visible(before).Single(o => o.IsOurs).LandedPrice);
        var oursAfter = Money.ToPence(Visible(after).Single(o => o.IsOurs).LandedPrice);
        foreach (var (seller, landed) in now)
        {
            var previous = was.TryGetValue(seller, out var p) ? p : (long?)null;
            if (previous is null)
            {
                expected.Add((seller == OfferView.AmazonSellerId ? ChangeKind.AmazonJoined : ChangeKind.NewSeller, asin, seller));
            }
            var belowNow = landed <= oursAfter - thresholds.UndercutMinPence;
            var belowBefore = previous is { } b && b <= oursBefore - thresholds.UndercutMinPence;
            if (belowNow && !belowBefore)
            {
                expected.Add((ChangeKind.CompetitorBelowUs, asin, seller));
            }
            if (floorPence is { } floor && landed < floor && !(previous is { } f && f < floor))
            {
                expected.Add((ChangeKind.CompetitorBelowFloor, asin, seller));
            }
        }
        foreach (var seller in was.Keys.Where(s => !now.ContainsKey(s)))
        {
            expected.Add((ChangeKind.CompetitorOutOfStock, asin, seller));
        }
        var heldBefore = before.BuyBoxWinner is { IsOurs: true, Stock: > 0 };
        var heldAfter = after.BuyBoxWinner is { IsOurs: true, Stock: > 0 };
        if (heldBefore && !heldAfter)
        {
            expected.Add((ChangeKind.BuyBoxLost, asin, after.BuyBoxWinner is { Stock: > 0 } w ? w.SellerId : null));
        }
        else if (!heldBefore && heldAfter)
        {
            expected.Add((ChangeKind.BuyBoxWon, asin, null));
        }
        if (before.SalesRank is { } r0 && after.SalesRank is { } r1 && Math.Min(r0, r1) <= thresholds.RankJumpMaxRank
            && Math.Abs(r1 - r0) * 100L >= (long)thresholds.RankJumpPercent * r0)
        {
            expected.Add((ChangeKind.SalesRankJump, asin, null));
        }
        return expected;
    }

    /// <summary>A digest of every offer book, to show that the market did (or did not) move between two reads.</summary>
    public static string Digest(MarketSimulation simulation) =>
        string.Join('\n', simulation.Catalogue.Select(l => Describe(simulation.GetOffers(l.Asin)!)));

    public static string Describe(OfferBook b) =>
        $"{b.Asin}:{b.BuyBoxWinner?.SellerId}:{b.SalesRank}:" + string.Join(';', b.Offers.Select(o => $"{o.SellerId}={o.LandedPrice}/{o.Stock > 0}"));
}
