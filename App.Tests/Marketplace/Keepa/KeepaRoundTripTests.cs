using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Keepa;
using Xunit.Sdk;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaRoundTripTests
{
    [Fact]
    public void Thousands_of_random_histories_survive_encoder_then_decoder_exactly()
    {
        const int seed = 417;
        var rng = new Random(seed);
        for (var i = 0; i < 3000; i++)
        {
            var tokens = RandomKeepaHistories.Tokens(rng);
            var products = Enumerable.Range(0, rng.Next(1, 4)).Select(_ => RandomKeepaHistories.Product(rng)).ToList();
            var window = RandomKeepaHistories.Window(rng, products);
            try
            {
                var decoded = KeepaDecoder.Decode(KeepaWireEncoder.Encode(tokens, products, window));

                Assert.Equal(new KeepaTokenStatus(tokens.Timestamp, tokens.TokensLeft, TimeSpan.FromMilliseconds(tokens.RefillInMs),
                    tokens.RefillRate, tokens.TokensConsumed), decoded.Tokens);
                Assert.Equal(products.Count, decoded.Products.Count);
                for (var p = 0; p < products.Count; p++)
                {
                    AssertSameProduct(products[p], decoded.Products[p]);
                    if (window is not null)
                    {
                        KeepaStatsInvariants.Check(products[p], decoded.Products[p], window);
                    }
                }
            }
            catch (Exception ex) when (ex is not XunitException || ex.Message.Contains("seed") is false)
            {
                throw new XunitException($"seed {seed}, case {i}: {ex.Message}");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Simulated_two_year_histories_survive_the_round_trip(int seed)
    {
        var now = new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        var product = KeepaHistorySimulator.Simulate($"B0SIMUL{seed:D3}", seed, now);
        var tokens = new KeepaWireTokens(now, 1200, 60_000, 20, 106);

        var gzipped = KeepaWireEncoder.Gzip(KeepaWireEncoder.Encode(tokens, [product], new KeepaStatsWindow(now, 90)));
        using var unzip = new System.IO.Compression.GZipStream(new MemoryStream(gzipped), System.IO.Compression.CompressionMode.Decompress);
        var decoded = KeepaDecoder.Decode(unzip).Products.Single();

        AssertSameProduct(product, decoded);
        KeepaStatsInvariants.Check(product, decoded, new KeepaStatsWindow(now, 90));
        Assert.True(decoded.Histories.SalesRank!.Count > 3000, $"seed {seed}: a two-year rank history has thousands of points");
    }

    private static void AssertSameProduct(KeepaProductHistory expected, KeepaProduct actual)
    {
        Assert.Equal(expected.Asin, actual.Asin);
        Assert.Equal((expected.Title, expected.Brand, expected.Manufacturer, expected.ProductType, (long?)expected.RootCategory),
            (actual.Title, actual.Brand, actual.Manufacturer, (int)actual.ProductType, actual.RootCategory));
        Assert.Equal(KeepaExpected.Floor(expected.TrackingSince), actual.TrackingSince);
        Assert.Equal(KeepaExpected.Floor(expected.ListedSince), actual.ListedSince);
        Assert.Equal(KeepaExpected.Floor(expected.LastUpdate), actual.LastUpdate);
        Assert.Equal(KeepaExpected.Floor(expected.LastPriceChange), actual.LastPriceChange);
        Assert.Equal(KeepaExpected.Floor(expected.LastRatingUpdate), actual.LastRatingUpdate);

        Assert.Equal(expected.Series.Keys.Concat(expected.ShippingSeries.Keys).Order(), actual.Histories.Present);
        foreach (var (series, points) in expected.Series)
        {
            switch (series.Kind())
            {
                case KeepaSeriesKind.Price:
                    Assert.Equal(KeepaExpected.Decimals(points), actual.Histories.Price(series)!);
                    break;
                case KeepaSeriesKind.Rating:
                    Assert.Equal(KeepaExpected.Decimals(points), actual.Histories.Rating!);
                    break;
                default:
                    Assert.Equal(KeepaExpected.Integers(points), actual.Histories.Integer(series)!);
                    break;
            }
        }
        foreach (var (series, points) in expected.ShippingSeries)
        {
            Assert.Equal(KeepaExpected.Shipping(points), actual.Histories.Shipping(series)!);
        }

        if (expected.BuyBoxSellers is null)
        {
            Assert.Null(actual.BuyBoxSellerHistory);
        }
        else
        {
            Assert.Equal(KeepaExpected.BuyBox(expected.BuyBoxSellers), actual.BuyBoxSellerHistory!);
        }
        AssertSameOffers(expected, actual);
    }

    private static void AssertSameOffers(KeepaProductHistory expected, KeepaProduct actual)
    {
        if (expected.Offers is null)
        {
            Assert.Null(actual.Offers);
            Assert.Null(actual.LiveOffersOrder);
            return;
        }
        Assert.Equal(expected.Offers.Count, actual.Offers!.Count);
        for (var i = 0; i < expected.Offers.Count; i++)
        {
            var (e, a) = (expected.Offers[i], actual.Offers[i]);
            Assert.Equal((e.OfferId, e.SellerId, e.Condition, e.IsFba, e.IsAmazon, e.IsPrime, e.IsShippable, KeepaExpected.Floor(e.LastSeen)),
                (a.OfferId, a.SellerId, (int)a.Condition, a.IsFba, a.IsAmazon, a.IsPrime, a.IsShippable, a.LastSeen!.Value));
            Assert.Equal(KeepaExpected.Shipping(e.Prices), a.History);
        }
        var live = Enumerable.Range(0, expected.Offers.Count).Where(i => expected.Offers[i].IsLive);
        Assert.Equal(live.Order(), actual.LiveOffersOrder!.Order());
    }
}
