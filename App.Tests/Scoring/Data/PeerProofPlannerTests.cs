using SellerConsole.Marketplace.Keepa;
using SellerConsole.Scoring.Data;

namespace SellerConsole.Tests.Scoring.Data;

public sealed class PeerProofPlannerTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Never_checked_peers_go_first_best_ranked_first_then_stale_ones_and_fresh_ones_not_at_all()
    {
        var due = PeerProofPlanner.Due(
        [
            new("STALE00001", 0, Now.AddDays(-8)),
            new("NEVER00005", 5, null),
            new("FRESH00000", 0, Now.AddDays(-1)),
            new("NEVER00001", 1, null),
            new("STALE00003", 3, Now.AddDays(-30)),
            new("EXACTLY7D0", 2, Now - PeerProofPlanner.StaleAfter),
        ], Now);

        Assert.Equal(["NEVER00001", "NEVER00005", "STALE00001", "EXACTLY7D0", "STALE00003"], due);
    }

    [Fact]
    public void A_peer_of_several_categories_is_asked_once_at_its_best_position()
    {
        var due = PeerProofPlanner.Due([new("SHARED0001", 9, null), new("OTHER00001", 3, null), new("SHARED0001", 0, Now)], Now);

        Assert.Equal(["SHARED0001", "OTHER00001"], due);
    }

    [Theory]
    [InlineData(100, 12, 2, 44)]
    [InlineData(14, 12, 2, 1)]
    [InlineData(13, 12, 2, 0)]
    [InlineData(12, 12, 2, 0)]
    [InlineData(-40, 12, 2, 0)]
    public void Only_what_the_balance_pays_for_above_the_reserve_is_affordable(int tokens, int reserve, int cost, int affordable) =>
        Assert.Equal(affordable, PeerProofPlanner.Affordable(tokens, reserve, cost));

    [Theory]
    [InlineData(120, 12, 54)]  // half of the 108 above the reserve: a Keepa refresh running next keeps 66
    [InlineData(13, 12, 0)]
    [InlineData(12, 12, 0)]
    [InlineData(-40, 12, 0)]
    public void Peers_may_spend_only_half_of_what_is_above_the_reserve(int tokens, int reserve, int budget) =>
        Assert.Equal(budget, PeerProofPlanner.Budget(tokens, reserve));

    [Fact]
    public void The_request_is_the_cheapest_that_carries_rating_and_reviews()
    {
        var options = PeerProofPlanner.Options;
        Assert.True(options.Rating);
        Assert.True(options.History, "rating and review counts ride in the csv histories; history=0 drops them");
        Assert.Equal(1, options.Days);
        Assert.Null(options.Offers);
        Assert.False(options.BuyBox);
        Assert.Null(options.UpdateHours);
        Assert.Equal(2, options.EstimatedCostPerProduct);
    }

    [Fact]
    public void Rating_and_reviews_are_the_latest_history_points_with_the_rating_in_tenths()
    {
        var product = Product(KeepaProductType.Standard, rating: [4.1m, 4.6m], reviews: [100, 1234]);

        Assert.Equal(((int?)46, (int?)1234), PeerProofPlanner.Read(product));
    }

    [Fact]
    public void Without_histories_the_stats_current_values_are_used()
    {
        var product = Product(KeepaProductType.Standard, rating: null, reviews: null, statsRating: 3.95m, statsReviews: 17);

        Assert.Equal(((int?)40, (int?)17), PeerProofPlanner.Read(product));
    }

    [Theory]
    [InlineData(KeepaProductType.Invalid)]
    [InlineData(KeepaProductType.VariationParent)]
    public void A_product_keepa_has_no_data_for_reports_nothing(KeepaProductType type) =>
        Assert.Equal(((int?)null, (int?)null), PeerProofPlanner.Read(Product(type, rating: [4.5m], reviews: [10])));

    [Fact]
    public void A_missing_rating_with_a_known_review_count_keeps_the_count()
    {
        var product = Product(KeepaProductType.Standard, rating: [null], reviews: [3]);

        Assert.Equal(((int?)null, (int?)3), PeerProofPlanner.Read(product));
    }

    private static KeepaProduct Product(
        KeepaProductType type, decimal?[]? rating, int?[]? reviews, decimal? statsRating = null, decimal? statsReviews = null)
    {
        var integers = new Dictionary<KeepaSeries, IReadOnlyList<KeepaPoint<int>>>();
        if (reviews is not null)
        {
            integers[KeepaSeries.CountReviews] = [.. reviews.Select((r, i) => new KeepaPoint<int>(Now.AddDays(i - reviews.Length), r))];
        }
        var histories = new KeepaHistories(
            new Dictionary<KeepaSeries, IReadOnlyList<KeepaPoint<decimal>>>(),
            new Dictionary<KeepaSeries, IReadOnlyList<KeepaShippingPoint>>(),
            integers,
            rating is null ? null : [.. rating.Select((r, i) => new KeepaPoint<decimal>(Now.AddDays(i - rating.Length), r))]);
        KeepaStats? stats = statsRating is null && statsReviews is null ? null : new KeepaStats(
            new Dictionary<KeepaSeries, KeepaSeriesStats>
            {
                [KeepaSeries.Rating] = Current(KeepaSeries.Rating, statsRating),
                [KeepaSeries.CountReviews] = Current(KeepaSeries.CountReviews, statsReviews),
            },
            null, null, null, null, null, null, null, null, null, null, null,
            new KeepaBuyBoxStats(null, null, null, null, null, null, null, null, null, null));
        return new KeepaProduct("B000000001", type, "t", null, null, null, null, null, null, null, null, histories, stats, null, null, null, null);
    }

    private static KeepaSeriesStats Current(KeepaSeries series, decimal? value) =>
        new(series, value, null, null, null, null, null, null, null, null, null, null, null, null);
}
