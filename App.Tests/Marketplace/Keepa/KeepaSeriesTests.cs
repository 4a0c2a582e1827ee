using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaSeriesTests
{
    [Fact]
    public void Shipping_series_are_exactly_the_S_rows_of_the_csv_table()
    {
        int[] expected = [7, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 32];

        var triplets = KeepaSeriesInfo.All.Where(s => s.IsTriplet()).Select(s => (int)s);

        Assert.Equal(expected, triplets);
        Assert.All(KeepaSeriesInfo.All, s => Assert.Equal(s.IsTriplet() ? 3 : 2, s.Stride()));
    }

    [Fact]
    public void Every_index_from_0_to_35_has_a_name_and_a_kind()
    {
        Assert.Equal(36, KeepaSeriesInfo.All.Count());
        Assert.Equal(35, (int)KeepaSeries.CountNewFbm);
        Assert.All(KeepaSeriesInfo.All, s => Assert.True(Enum.IsDefined(s)));
        Assert.False(KeepaSeriesInfo.IsKnown(36));
    }

    [Theory]
    [InlineData(KeepaSeries.Amazon, KeepaSeriesKind.Price)]
    [InlineData(KeepaSeries.New, KeepaSeriesKind.Price)]
    [InlineData(KeepaSeries.Sales, KeepaSeriesKind.Rank)]
    [InlineData(KeepaSeries.NewFbmShipping, KeepaSeriesKind.PriceWithShipping)]
    [InlineData(KeepaSeries.NewFba, KeepaSeriesKind.Price)]
    [InlineData(KeepaSeries.CountNew, KeepaSeriesKind.Count)]
    [InlineData(KeepaSeries.ExtraInfoUpdates, KeepaSeriesKind.OfferFetch)]
    [InlineData(KeepaSeries.Rating, KeepaSeriesKind.Rating)]
    [InlineData(KeepaSeries.CountReviews, KeepaSeriesKind.Count)]
    [InlineData(KeepaSeries.BuyBoxShipping, KeepaSeriesKind.PriceWithShipping)]
    [InlineData(KeepaSeries.TradeIn, KeepaSeriesKind.Price)]
    [InlineData(KeepaSeries.BuyBoxUsedShipping, KeepaSeriesKind.PriceWithShipping)]
    [InlineData(KeepaSeries.PrimeExcl, KeepaSeriesKind.Price)]
    [InlineData(KeepaSeries.CountNewFba, KeepaSeriesKind.Count)]
    [InlineData(KeepaSeries.CountNewFbm, KeepaSeriesKind.Count)]
    public void Each_series_has_the_kind_of_its_values(KeepaSeries series, KeepaSeriesKind kind)
    {
        Assert.Equal(kind, series.Kind());
    }

    [Fact]
    public void Only_price_series_count_as_prices()
    {
        Assert.True(KeepaSeries.BuyBoxShipping.IsPrice());
        Assert.True(KeepaSeries.ListPrice.IsPrice());
        Assert.False(KeepaSeries.Sales.IsPrice());
        Assert.False(KeepaSeries.Rating.IsPrice());
        Assert.False(KeepaSeries.CountNewFbm.IsPrice());
    }
}
