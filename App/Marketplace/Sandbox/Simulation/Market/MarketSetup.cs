using SellerConsole.Marketplace.Sandbox.Simulation.Products;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>Draws an ASIN's fixed profile and its offers at the start of history.</summary>
internal static class MarketSetup
{
    private static readonly int[] ShippingPence = [199, 249, 299, 349, 399, 449, 499];
    private static readonly int[] Delays = [1, 2, 4, 8, 16, 32];
    private static readonly double[] BehaviourWeights = [0.48, 0.22, 0.15, 0.15];
    private static readonly OfferBehaviour[] Behaviours =
        [OfferBehaviour.Static, OfferBehaviour.FollowLowest, OfferBehaviour.UndercutBy1p, OfferBehaviour.OccasionalStockOuts];

    public static AsinProfile Profile(int seed, CatalogueEntry entry)
    {
        var r = DetRandom.For(seed, Purpose.Market, entry.Listing.Index);
        var baseUnits = Math.Clamp(r.LogNormal(0.55, 1.25), 0.01, 60);
        var quality = r.NextDouble() switch
        {
            < 0.85 => r.Between(3.9, 4.8),
            < 0.97 => r.Between(3.0, 3.9),
            _ => r.Between(1.5, 3.0),
        };
        var reviews = r.Chance(0.04) ? 0 : (int)Math.Clamp(r.LogNormal(160 * Math.Pow(baseUnits / 0.55, 0.85), 0.9), 1, 60_000);
        var shownRating = Math.Round(Math.Clamp(quality + 0.12 * r.Normal(), 1.0, 5.0), 1);
        var ourDaily = baseUnits * 0.5;
        return new AsinProfile(
            entry.Listing.Index, entry.Category, (int)Money.ToPence(entry.BasePrice), baseUnits,
            r.Between(entry.Category.ElasticityMin, entry.Category.ElasticityMax), quality,
            reviews, (long)Math.Round(shownRating * 10) * reviews,
            IssueBuilder.IsSearchSuppressed(entry.Listing.Issues), IssueBuilder.IsListingSuppressed(entry.Listing.Issues),
            r.Chance(0.05), Math.Max(2, (int)Math.Ceiling(ourDaily * 7)), Math.Max(4, (int)Math.Ceiling(ourDaily * r.Between(25, 60))),
            // The lowest item price the seller would set by hand: cost plus a margin for fees and postage.
            Math.Max(99, (int)Money.ToPence(entry.Listing.CostHint * 1.6m) + 100 - (int)Money.ToPence(entry.Listing.ShippingCharge)));
    }

    public static List<OfferState> InitialOffers(int seed, CatalogueEntry entry, AsinProfile p, SellerPool pool, SimTimeline time)
    {
        var r = DetRandom.For(seed, Purpose.Offer, entry.Listing.Index);
        var l = entry.Listing;
        var ourShipping = (int)Money.ToPence(l.ShippingCharge);
        var offers = new List<OfferState>
        {
            new(0, pool.Us, false, OfferBehaviour.Ours)
            {
                Price = Charm(Math.Max(99, (int)(p.ReferenceLanded * (1 + 0.05 * r.Normal())) - ourShipping)),
                Shipping = ourShipping,
                Stock = Math.Max(1, (int)(p.RestockTarget * r.Between(0.4, 1.0))),
                ShipMinDays = l.HandlingDaysMin + 1,
                ShipMaxDays = l.HandlingDaysMax + 2,
            },
        };
        var competitors = l.IsOwnBrand ? r.Between(2, 4) : 2 + (int)(11 * Math.Pow(r.NextDouble(), 1.6));
        var used = new HashSet<int> { 0 };
        while (offers.Count < competitors + 1)
        {
            var seller = pool.Competitor(r.NextDouble());
            if (!used.Add(seller.Index)) continue;
            var lifetime = r.Chance(0.65) ? long.MaxValue : (long)(r.Between(0.05, 3.0) * 300 * SimTimeline.SecondsPerDay);
            offers.Add(NewCompetitor(offers.Count, seller, r, p, 0, lifetime == long.MaxValue ? long.MaxValue : time.CeilToTick(lifetime)));
        }
        if (!l.IsOwnBrand && r.Chance(0.15))
        {
            offers.Add(new OfferState(offers.Count, pool.Amazon, true, OfferBehaviour.AmazonRetail)
            {
                Price = Charm((int)(p.ReferenceLanded * r.Between(0.95, 1.05))),
                Stock = 500, RestockLevel = 500, ShipMinDays = 1, ShipMaxDays = 2,
                Floor = (int)(p.ReferenceLanded * 0.85), Ceiling = (int)(p.ReferenceLanded * 1.15),
            });
        }
        return offers;
    }

    /// <summary>A third-party offer priced around <paramref name="anchorLanded"/> (0 = the reference price).</summary>
    public static OfferState NewCompetitor(int serial, SellerProfile seller, DetRandom r, AsinProfile p, int anchorLanded, long departAt, long arrivedAt = 0)
    {
        var fba = r.Chance(seller.FbaShare);
        var shipping = fba || r.Chance(0.5) || p.ReferenceLanded < 800 ? 0 : r.Pick(ShippingPence);
        var reference = p.ReferenceLanded;
        var anchor = Anchor(r, p, anchorLanded);
        var floor = Math.Max(30, (int)(reference * r.Between(0.8, 0.93)) - shipping);
        var ceiling = Math.Max(floor + 50, (int)(reference * r.Between(1.15, 1.5)) - shipping);
        var stock = fba ? r.Between(10, 150) : r.Between(3, 250);
        var offer = new OfferState(serial, seller, fba, Behaviours[r.PickWeighted(BehaviourWeights)])
        {
            Price = Math.Clamp(Charm((int)anchor - shipping), floor, ceiling),
            Shipping = shipping,
            Stock = stock,
            RestockLevel = stock,
            Floor = floor,
            Ceiling = ceiling,
            ReactDelayTicks = r.Pick(Delays),
            ShipMinDays = fba ? 1 : seller.ShipMinDays,
            ShipMaxDays = fba ? 2 : seller.ShipMaxDays,
            ArrivedAt = arrivedAt,
            DepartAt = departAt,
        };
        return offer;
    }

    /// <summary>A seller listing again on an ASIN it sold before: priced around the market now, restocked.</summary>
    public static void Relist(OfferState offer, DetRandom r, AsinProfile p, int anchorLanded)
    {
        offer.Price = Math.Clamp(Charm((int)Anchor(r, p, anchorLanded) - offer.Shipping), offer.Floor, offer.Ceiling);
        offer.Stock = offer.RestockLevel;
    }

    /// <summary>Where a seller listing now pitches its landed price: around the cheapest offer, or the reference price.</summary>
    private static double Anchor(DetRandom r, AsinProfile p, int anchorLanded) =>
        anchorLanded > 0 ? anchorLanded * r.Between(0.97, 1.12) : p.ReferenceLanded * Math.Clamp(1.03 + 0.07 * r.Normal(), 0.8, 1.35);

    /// <summary>Retail-style price ending in 9p (e.g. 1234 -> 1229).</summary>
    public static int Charm(int pence) => Math.Max(49, (pence + 5) / 10 * 10 - 1);
}
