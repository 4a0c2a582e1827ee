using System.IO.Compression;
using System.Text;
using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaDecoderGoldenExtrasTests
{
    private static readonly KeepaProduct Hammer = KeepaDecoder.Decode(KeepaGoldenPayload.Json).Products[0];

    private static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Stats_are_in_natural_units_with_sentinels_as_null()
    {
        var amazon = Hammer.Stats!.For(KeepaSeries.Amazon)!;
        Assert.Equal(
            new KeepaSeriesStats(KeepaSeries.Amazon, Current: 13.49m, Average: 13.10m, Average30: null, Average90: 13.00m,
                Average180: 12.90m, AtIntervalStart: 12.99m, Min: new KeepaExtreme(Utc(2011, 1, 1), 12.99m),
                Max: new KeepaExtreme(Utc(2011, 1, 1, 1), 13.49m), MinInInterval: null, MaxInInterval: null,
                OutOfStockPercentageInInterval: null, OutOfStockPercentage30: 25, OutOfStockPercentage90: 0),
            amazon);

        var rank = Hammer.Stats.For(KeepaSeries.Sales)!;
        Assert.Equal(1m, rank.Current);
        Assert.Equal(20000m, rank.Average);
        Assert.Equal(new KeepaExtreme(Utc(2011, 10, 13, 13), 1m), rank.Min);
        Assert.Null(rank.OutOfStockPercentage30);   // -1: not a price

        Assert.Equal(10.00m, Hammer.Stats.For(KeepaSeries.NewFbmShipping)!.Current);   // landed
        Assert.Equal(3.8m, Hammer.Stats.For(KeepaSeries.Rating)!.Current);
        Assert.Equal(new KeepaExtreme(Utc(2012, 1, 1), 3.8m), Hammer.Stats.For(KeepaSeries.Rating)!.Min);
        Assert.Equal(0m, Hammer.Stats.For(KeepaSeries.CountReviews)!.Current);
        Assert.Equal(4m, Hammer.Stats.For(KeepaSeries.ExtraInfoUpdates)!.Current);
        Assert.Equal(15.99m, Hammer.Stats.For(KeepaSeries.BuyBoxShipping)!.Current);
        Assert.Null(Hammer.Stats.For(KeepaSeries.New));   // every value -1 / absent
    }

    [Fact]
    public void Offer_summary_and_buy_box_stats_are_decoded()
    {
        var stats = Hammer.Stats!;
        Assert.Equal(3, stats.TotalOfferCount);
        Assert.Equal(Utc(2011, 10, 13, 13), stats.LastOffersUpdate);
        Assert.Equal(2, stats.RetrievedOfferCount);
        Assert.Null(stats.OfferCountFba);   // -2 = unset
        Assert.Equal(2, stats.OfferCountFbm);
        Assert.Equal(10, stats.StockBuyBox);
        Assert.Null(stats.StockAmazon);
        Assert.Equal(12, stats.SalesRankDrops30);
        Assert.Null(stats.SalesRankDrops90);
        Assert.Equal(["A2L77EE7U53NWQ"], stats.SellerIdsLowestFbm!);
        Assert.Null(stats.SellerIdsLowestFba);
        Assert.Equal(
            new KeepaBuyBoxStats(13.99m, 2.00m, "A2L77EE7U53NWQ", IsFba: false, IsAmazon: false, IsUnqualified: false,
                IsMap: null, IsUsed: null, IsPreorder: null, IsShippable: null),
            stats.BuyBox);
        Assert.Equal(15.99m, stats.BuyBox.Landed);
    }

    [Fact]
    public void Buy_box_seller_history_maps_minus_one_to_nobody_and_minus_two_to_unknown()
    {
        KeepaBuyBoxSellerPoint[] expected =
        [
            new(Utc(2011, 10, 13, 10), "A2L77EE7U53NWQ"),
            new(Utc(2011, 10, 13, 11, 40), null),
            new(Utc(2011, 10, 13, 13), KeepaBuyBoxSellerPoint.UnknownSeller),
        ];
        Assert.Equal(expected, Hammer.BuyBoxSellerHistory!);
        Assert.True(Hammer.BuyBoxSellerHistory![2].IsUnknownSeller);
    }

    [Fact]
    public void Offers_carry_flags_condition_and_their_price_history()
    {
        var offers = Hammer.Offers!;
        Assert.Equal(2, offers.Count);
        var fbm = offers[0];
        Assert.Equal((4, "A2L77EE7U53NWQ", KeepaOfferCondition.New, false, false, false, true, Utc(2011, 10, 13, 13)),
            (fbm.OfferId, fbm.SellerId, fbm.Condition, fbm.IsFba, fbm.IsAmazon, fbm.IsPrime, fbm.IsShippable, fbm.LastSeen));
        KeepaShippingPoint[] history =
        [
            new(Utc(2011, 10, 13, 10), 14.50m, 2.99m),     // landed 17.49
            new(Utc(2011, 10, 13, 11, 40), null, null),    // -2: price unknown, a gap
            new(Utc(2011, 10, 13, 13), 13.99m, null),      // shipping -1: unknown, so no landed price
        ];
        Assert.Equal(history, fbm.History);
        Assert.Equal(17.49m, fbm.History[0].Landed);
        Assert.Null(fbm.History[2].Landed);

        var fba = offers[1];
        Assert.Equal((KeepaOfferCondition.UsedVeryGood, true, true), (fba.Condition, fba.IsFba, fba.IsPrime));
        Assert.Equal([new KeepaShippingPoint(Utc(2011, 10, 13, 10), 15.00m, 0m)], fba.History);
    }

    [Fact]
    public void String_bytes_and_gzip_stream_inputs_decode_alike()
    {
        var bytes = Encoding.UTF8.GetBytes(KeepaGoldenPayload.Json);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        compressed.Position = 0;
        using var unzip = new GZipStream(compressed, CompressionMode.Decompress);

        var fromStream = KeepaDecoder.Decode(unzip);
        var fromBytes = KeepaDecoder.Decode(bytes);

        Assert.Equal(fromBytes.Tokens, fromStream.Tokens);
        Assert.Equal(fromBytes.Products[0].Histories.SalesRank!, fromStream.Products[0].Histories.SalesRank!);
        Assert.Equal(fromBytes.Products[0].Offers![0].History, fromStream.Products[0].Offers![0].History);
    }

    [Fact]
    public void Decoded_series_index_and_enumerate_alike_and_guard_their_bounds()
    {
        var rank = Hammer.Histories.SalesRank!;

        Assert.Equal(rank.ToList(), Enumerable.Range(0, rank.Count).Select(i => rank[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => rank[rank.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => rank[-1]);
    }

    [Fact]
    public void A_seekable_stream_decodes_the_same_as_its_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(KeepaGoldenPayload.Json);
        using var stream = new MemoryStream(bytes);

        var decoded = KeepaDecoder.Decode(stream);

        Assert.Equal(KeepaDecoder.Decode(bytes).Tokens, decoded.Tokens);
        Assert.Equal(2, decoded.Products.Count);
    }
}
