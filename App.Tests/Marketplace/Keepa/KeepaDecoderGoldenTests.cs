using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaDecoderGoldenTests
{
    private static readonly KeepaProductResponse Response = KeepaDecoder.Decode(KeepaGoldenPayload.Json);
    private static readonly KeepaProduct Hammer = Response.Products[0];

    private static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Token_fields_are_read_including_a_negative_balance()
    {
        Assert.Equal(new KeepaTokenStatus(Utc(2026, 1, 1), -37, TimeSpan.FromMilliseconds(38205), 20, 112), Response.Tokens);
        Assert.Null(Response.Error);
        Assert.Equal(2, Response.Products.Count);
    }

    [Fact]
    public void Product_fields_and_times_are_utc()
    {
        Assert.Equal("B0ABCDEFGH", Hammer.Asin);
        Assert.Equal(KeepaProductType.Standard, Hammer.ProductType);
        Assert.Equal("Claw hammer 16oz", Hammer.Title);
        Assert.Equal("Stanley", Hammer.Brand);
        Assert.Null(Hammer.Manufacturer);
        Assert.Equal(79903031, Hammer.RootCategory);
        Assert.Equal(Utc(2011, 1, 1), Hammer.TrackingSince);   // minute 0 is a real time...
        Assert.Null(Hammer.ListedSince);                        // ...except listedSince, where 0 = unknown
        Assert.Equal(Utc(2026, 1, 1), Hammer.LastUpdate);
        Assert.Equal(DateTimeKind.Utc, Hammer.LastUpdate!.Value.Kind);
        Assert.Equal(Utc(2011, 10, 13, 13), Hammer.LastPriceChange);
        Assert.True(Hammer.OffersSuccessful);
        Assert.Equal([0], Hammer.LiveOffersOrder!);
    }

    [Fact]
    public void Prices_become_pounds_and_minus_one_becomes_a_gap_not_zero()
    {
        KeepaPoint<decimal>[] expected =
        [
            new(Utc(2011, 1, 1), 12.99m),       // 1299 p
            new(Utc(2011, 1, 1, 0, 1), null),   // -1: out of stock
            new(Utc(2011, 1, 1, 1), 13.49m),    // 1349 p
        ];
        Assert.Equal(expected, Hammer.Histories.Price(KeepaSeries.Amazon)!);
        Assert.Null(Hammer.Histories.Price(KeepaSeries.New));
    }

    [Fact]
    public void Sales_rank_is_an_integer_with_gaps_for_no_rank()
    {
        KeepaPoint<int>[] expected = [new(Utc(2011, 1, 1), 15234), new(Utc(2011, 1, 2), null), new(Utc(2011, 10, 13, 13), 1)];
        Assert.Equal(expected, Hammer.Histories.SalesRank!);
    }

    [Fact]
    public void Shipping_triplets_give_price_shipping_and_landed_price()
    {
        KeepaShippingPoint[] expected =
        [
            new(Utc(2011, 1, 1, 0, 10), 9.99m, 2.99m),   // landed 12.98
            new(Utc(2011, 1, 1, 0, 20), null, null),     // price -1: no offer
            new(Utc(2011, 1, 1, 0, 30), 10.00m, 0m),     // free shipping: landed 10.00
        ];
        var fbm = Hammer.Histories.Shipping(KeepaSeries.NewFbmShipping)!;
        Assert.Equal(expected, fbm);
        Assert.Equal(12.98m, fbm[0].Landed);
        Assert.Null(fbm[1].Landed);
        Assert.True(fbm[1].IsGap);
        Assert.Equal(10.00m, fbm[2].Landed);

        var buyBox = Hammer.Histories.BuyBox!;
        Assert.Equal(15.99m, buyBox[0].Landed);             // 1399 + 200 p, at 2011-10-13T10:00
        Assert.Equal(Utc(2011, 10, 13, 10), buyBox[0].Time);
        Assert.True(buyBox[1].IsGap);                       // 11:40: no Buy Box
    }

    [Fact]
    public void Ratings_are_stars_and_counts_keep_real_zeros()
    {
        KeepaPoint<decimal>[] rating = [new(Utc(2011, 1, 1), 4.5m), new(Utc(2012, 1, 1), 3.8m), new(Utc(2012, 1, 1, 0, 1), null)];
        Assert.Equal(rating, Hammer.Histories.Rating!);
        Assert.Equal([new KeepaPoint<int>(Utc(2011, 1, 1), 0)], Hammer.Histories.Integer(KeepaSeries.CountReviews)!);
        Assert.Equal([new KeepaPoint<int>(Utc(2011, 1, 1), 5), new(Utc(2011, 1, 1, 1), 6), new(Utc(2011, 1, 1, 2), 7)],
            Hammer.Histories.Integer(KeepaSeries.CountNewFbm)!);
    }

    [Fact]
    public void Offer_fetch_counts_keep_their_sign()
    {
        // -3: three offers fetched, more existed. Not a gap.
        Assert.Equal([new KeepaPoint<int>(Utc(2011, 10, 13, 13), -3)], Hammer.Histories.Integer(KeepaSeries.ExtraInfoUpdates)!);
    }

    [Fact]
    public void Unknown_csv_indices_and_fields_are_ignored()
    {
        Assert.Equal(
            [KeepaSeries.Amazon, KeepaSeries.Sales, KeepaSeries.NewFbmShipping, KeepaSeries.ExtraInfoUpdates, KeepaSeries.Rating,
             KeepaSeries.CountReviews, KeepaSeries.BuyBoxShipping, KeepaSeries.CountNewFbm],
            Hammer.Histories.Present);
    }

    [Fact]
    public void Asking_for_a_series_as_the_wrong_kind_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => Hammer.Histories.Price(KeepaSeries.Sales));
        Assert.Throws<ArgumentException>(() => Hammer.Histories.Shipping(KeepaSeries.Amazon));
        Assert.Throws<ArgumentException>(() => Hammer.Histories.Integer(KeepaSeries.Rating));
    }

    [Fact]
    public void A_product_without_data_has_empty_histories_and_no_extras()
    {
        var invalid = Response.Products[1];
        Assert.Equal("B0SECOND01", invalid.Asin);
        Assert.Equal(KeepaProductType.Invalid, invalid.ProductType);
        Assert.Empty(invalid.Histories.Present);
        Assert.Null(invalid.Stats);
        Assert.Null(invalid.Offers);
        Assert.Null(invalid.BuyBoxSellerHistory);
        Assert.Null(invalid.Title);
    }
}
