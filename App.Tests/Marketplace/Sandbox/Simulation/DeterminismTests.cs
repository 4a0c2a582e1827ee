using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

[Collection(StandardWorldCollection.Name)]
public sealed class DeterminismTests(StandardWorldFixture standard)
{
    [Fact]
    public void The_same_seed_builds_an_identical_world()
    {
        var again = new WorldBuilder().Build();

        Assert.Equal(standard.World.ComputeDigest(), again.ComputeDigest());
        var asin = standard.World.Catalogue[17].Asin;
        Assert.Equal(standard.World.GetOffers(asin), again.GetOffers(asin), new OfferBookComparer());
    }

    [Fact]
    public void Different_seeds_build_different_catalogues_markets_and_histories()
    {
        var a = new WorldBuilder().Seed(1).Listings(30).HistoryDays(60).Build();
        var b = new WorldBuilder().Seed(2).Listings(30).HistoryDays(60).Build();

        Assert.NotEqual(a.ComputeDigest(), b.ComputeDigest());
        Assert.NotEqual(a.Catalogue.Select(l => l.Asin), b.Catalogue.Select(l => l.Asin));
        Assert.NotEqual(a.Catalogue.Select(l => l.Content.Title), b.Catalogue.Select(l => l.Content.Title));
        Assert.NotEqual(a.GetOffers(a.Catalogue[0].Asin)!.Offers.Select(o => o.SellerId), b.GetOffers(b.Catalogue[0].Asin)!.Offers.Select(o => o.SellerId));
    }

    [Fact]
    public void Lazy_per_asin_history_gives_the_same_world_as_eager_history()
    {
        var eager = new WorldBuilder().Listings(40).HistoryDays(120).Build();
        var lazy = new WorldBuilder().Listings(40).HistoryDays(120).Lazy().Build();
        Assert.False(eager.LazyHistory);
        Assert.True(lazy.LazyHistory);

        // Touch a few ASINs first so the lazy world mixes early and late catch-up.
        lazy.GetHistory(lazy.Catalogue[3].Asin);
        lazy.AdvanceTo(lazy.NowUtc.AddDays(2));
        lazy.GetOffers(lazy.Catalogue[5].Asin);
        lazy.AdvanceTo(lazy.NowUtc.AddDays(3));
        eager.AdvanceTo(eager.NowUtc.AddDays(5));

        Assert.Equal(eager.ComputeDigest(), lazy.ComputeDigest());
    }

    [Fact]
    public void Creating_a_world_later_equals_creating_it_earlier_and_advancing()
    {
        var builder = new WorldBuilder().Listings(30).HistoryDays(90);
        var early = builder.Build();
        early.AdvanceTo(builder.Now.AddDays(10).AddHours(7));
        var late = MarketSimulation.Create(builder.Settings, builder.Now.AddDays(10).AddHours(7));

        Assert.Equal(late.NowUtc, early.NowUtc);
        Assert.Equal(late.ComputeDigest(), early.ComputeDigest());
    }

    private sealed class OfferBookComparer : IEqualityComparer<OfferBook?>
    {
        public bool Equals(OfferBook? x, OfferBook? y) =>
            x is not null && y is not null && x.Asin == y.Asin && x.AsOfUtc == y.AsOfUtc && x.BuyBoxWinner == y.BuyBoxWinner
            && x.Offers.SequenceEqual(y.Offers) && x.LowestFbmLanded == y.LowestFbmLanded && x.SalesRank == y.SalesRank;

        public int GetHashCode(OfferBook? obj) => obj?.Asin.GetHashCode() ?? 0;
    }
}
