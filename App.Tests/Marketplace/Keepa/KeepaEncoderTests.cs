using System.Text;
using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaEncoderTests
{
    // 2011-01-01T00:00Z = 1293840000000 ms; the window is minutes 0..4320 (three days).
    private static readonly KeepaWireTokens Tokens = new(KeepaHistoryBuilder.At(0), -5, 1500, 20, 7);
    private static readonly KeepaStatsWindow Window = new(KeepaHistoryBuilder.At(4320), 3);

    private static KeepaProductHistory Sample() => new KeepaHistoryBuilder("B0STATS001")
        .Pairs(KeepaSeries.Amazon, (0, 10.00m), (1440, null), (2880, 20.00m))
        .Pairs(KeepaSeries.Sales, (0, 500), (60, 400), (120, 450), (180, 300))
        .Pairs(KeepaSeries.Rating, (0, 4.5m))
        .Triplets(KeepaSeries.BuyBoxShipping, (0, 10.00m, 2.50m), (2880, 11.00m, 0m))
        .BuyBox((0, "S2"), (2880, "S1"))
        .Offer("S1", isFba: false, isLive: true, (0, 10.00m, 2.50m), (2880, 11.00m, 0m))
        .Offer("S2", isFba: true, isLive: true, (0, 12.00m, 0m))
        .Offer("S3", isFba: false, isLive: false, (0, 9.00m, 0m))
        .Updated(4300)
        .Build();

    [Fact]
    public void The_wire_json_has_keepa_layout_pence_minutes_and_minus_one_gaps()
    {
        var json = Encoding.UTF8.GetString(KeepaWireEncoder.Encode(Tokens, [Sample()], null));

        Assert.StartsWith("{\"timestamp\":1293840000000,\"tokensLeft\":-5,\"refillIn\":1500,\"refillRate\":20,", json);
        Assert.Contains("\"csv\":[[0,1000,1440,-1,2880,2000],null,null,[0,500,60,400,120,450,180,300],null,", json);
        Assert.Contains(",[0,45],null,[0,1000,250,2880,1100,0],null,", json);   // rating x10, then the Buy Box triplets
        Assert.Contains("\"buyBoxSellerIdHistory\":[\"0\",\"S2\",\"2880\",\"S1\"]", json);
        Assert.Contains("\"offerCSV\":[0,1000,250,2880,1100,0]", json);
        Assert.Contains("\"liveOffersOrder\":[0,1]", json);   // S1 (landed 11.00) before S2 (12.00); S3 is gone
        Assert.DoesNotContain("\"stats\"", json);
    }

    [Fact]
    public void Stats_are_computed_from_the_history_for_the_window()
    {
        var product = KeepaDecoder.Decode(KeepaWireEncoder.Encode(Tokens, [Sample()], Window)).Products[0];
        var stats = product.Stats!;

        // Amazon: £10 for a day, out of stock for a day, £20 for a day.
        // Weighted mean of in-stock time: (1440*1000 + 1440*2000) / 2880 = 1500 p. Out of stock 1440/4320 = 33.3%.
        Assert.Equal(
            new KeepaSeriesStats(KeepaSeries.Amazon, 20.00m, 15.00m, 15.00m, 15.00m, 15.00m, 10.00m,
                new KeepaExtreme(KeepaHistoryBuilder.At(0), 10.00m), new KeepaExtreme(KeepaHistoryBuilder.At(2880), 20.00m),
                new KeepaExtreme(KeepaHistoryBuilder.At(0), 10.00m), new KeepaExtreme(KeepaHistoryBuilder.At(2880), 20.00m),
                33, 33, 33),
            stats.For(KeepaSeries.Amazon));

        // Rank: (60*500 + 60*400 + 60*450 + 4140*300) / 4320 = 1323000 / 4320 = 306.25 -> 306; drops 500->400 and 450->300.
        var rank = stats.For(KeepaSeries.Sales)!;
        Assert.Equal((300m, 306m, (int?)null), (rank.Current!.Value, rank.Average!.Value, rank.OutOfStockPercentage30));
        Assert.Equal(2, stats.SalesRankDrops30);

        // Buy Box landed: (2880*1250 + 1440*1100) / 4320 = 1200 p.
        var buyBox = stats.For(KeepaSeries.BuyBoxShipping)!;
        Assert.Equal((11.00m, 12.00m, 0), (buyBox.Current!.Value, buyBox.Average!.Value, buyBox.OutOfStockPercentageInInterval!.Value));
        Assert.Equal(4.5m, stats.For(KeepaSeries.Rating)!.Average);
    }

    [Fact]
    public void Offer_stats_describe_live_offers_and_the_current_buy_box()
    {
        var stats = KeepaDecoder.Decode(KeepaWireEncoder.Encode(Tokens, [Sample()], Window)).Products[0].Stats!;

        Assert.Equal((2, 3, 1, 1), (stats.TotalOfferCount, stats.RetrievedOfferCount, stats.OfferCountFba, stats.OfferCountFbm));
        Assert.Equal(KeepaHistoryBuilder.At(4300), stats.LastOffersUpdate);
        Assert.Equal(["S1"], stats.SellerIdsLowestFbm!);
        Assert.Equal(["S2"], stats.SellerIdsLowestFba!);
        Assert.Equal((11.00m, 0m, "S1", false, false, false),
            (stats.BuyBox.Price!.Value, stats.BuyBox.Shipping!.Value, stats.BuyBox.SellerId, stats.BuyBox.IsFba!.Value,
             stats.BuyBox.IsAmazon!.Value, stats.BuyBox.IsUnqualified!.Value));
    }

    [Fact]
    public void An_error_body_carries_the_token_fields_and_the_error()
    {
        var decoded = KeepaDecoder.Decode(KeepaWireEncoder.EncodeError(Tokens, "NOT_ENOUGH_TOKEN", "Not enough tokens."));

        Assert.Equal(new KeepaApiError("NOT_ENOUGH_TOKEN", "Not enough tokens."), decoded.Error);
        Assert.Equal(-5, decoded.Tokens.TokensLeft);
        Assert.Empty(decoded.Products);
    }

    [Fact]
    public void The_encoder_refuses_what_keepa_cannot_express()
    {
        var local = new KeepaProductHistory("B0BADTIME1")
        {
            Series = new Dictionary<KeepaSeries, IReadOnlyList<KeepaHistoryPoint>>
            {
                [KeepaSeries.Amazon] = [new KeepaHistoryPoint(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Local), 1m)],
            },
        };
        var pairsForTriplets = new KeepaHistoryBuilder("B0BADSHAPE").Pairs(KeepaSeries.BuyBoxShipping, (0, 1m)).Build();
        var tripletsForPairs = new KeepaHistoryBuilder("B0BADSHAPE").Triplets(KeepaSeries.New, (0, 1m, 0m)).Build();
        var fractionalRank = new KeepaHistoryBuilder("B0BADRANK1").Pairs(KeepaSeries.Sales, (0, 1.5m)).Build();

        Assert.Throws<ArgumentException>(() => KeepaWireEncoder.Encode(Tokens, [local], null));
        Assert.Throws<ArgumentException>(() => KeepaWireEncoder.Encode(Tokens, [pairsForTriplets], null));
        Assert.Throws<ArgumentException>(() => KeepaWireEncoder.Encode(Tokens, [tripletsForPairs], null));
        Assert.Throws<ArgumentException>(() => KeepaWireEncoder.Encode(Tokens, [fractionalRank], null));
    }
}
