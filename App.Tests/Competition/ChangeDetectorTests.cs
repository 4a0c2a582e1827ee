using SellerConsole.Competition;

namespace SellerConsole.Tests.Competition;

public sealed class ChangeDetectorTests
{
    private static readonly DateTime T0 = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Nothing_is_reported_without_a_baseline_or_when_nothing_moved()
    {
        var market = Market.At(T0).Ours(1500).Rival("A1RIVAL00001", 1600).BuyBox(true).Rank(1000).Build();
        Assert.Empty(ChangeDetector.Detect(null, market, ChangeThresholds.Default, 1200));
        Assert.Empty(ChangeDetector.Detect(market, market with { ObservedUtc = T0.AddMinutes(15) }, ChangeThresholds.Default, 1200));
    }

    [Fact]
    public void A_new_seller_undercutting_us_below_our_floor_and_taking_the_buy_box_fires_each_change_once_with_evidence()
    {
        var before = Market.At(T0).Ours(1500).Rival("A1RIVAL00001", 1600).BuyBox(true).Rank(1000).Build();
        var after = Market.At(T0.AddMinutes(15)).Ours(1500).Rival("A1RIVAL00001", 1600).Rival("A2NEWCOMER01", 1100, winner: true).BuyBox(false, "A2NEWCOMER01", 1100).Rank(1000).Build();

        var changes = ChangeDetector.Detect(before, after, ChangeThresholds.Default, floorPence: 1200);

        Assert.Equal([ChangeKind.NewSeller, ChangeKind.CompetitorBelowUs, ChangeKind.CompetitorBelowFloor, ChangeKind.BuyBoxLost], changes.Select(c => c.Kind));
        Assert.All(changes, c => Assert.Equal(T0.AddMinutes(15), c.DetectedUtc));
        Assert.Equal("£11.00", changes[0].Evidence["landed"]);
        Assert.Equal("£12.00", changes[2].Evidence["our floor"]);
        Assert.Equal("A2NEWCOMER01", changes[3].Evidence["winner"]);
        Assert.Equal(changes.Count, changes.Select(c => c.DedupKey).Distinct().Count());
        Assert.Equal(changes.Select(c => c.DedupKey), ChangeDetector.Detect(before, after, ChangeThresholds.Default, 1200).Select(c => c.DedupKey));
    }

    [Fact]
    public void Without_a_known_cost_the_floor_check_is_skipped()
    {
        var before = Market.At(T0).Ours(1500).Build();
        var after = Market.At(T0.AddMinutes(15)).Ours(1500).Rival("A2NEWCOMER01", 100).Build();
        Assert.DoesNotContain(ChangeDetector.Detect(before, after, ChangeThresholds.Default, null), c => c.Kind == ChangeKind.CompetitorBelowFloor);
    }

    [Fact]
    public void Amazon_joining_a_competitor_leaving_winning_the_buy_box_and_a_rank_jump_are_each_reported()
    {
        var before = Market.At(T0).Ours(1500).Rival("A1RIVAL00001", 1700).BuyBox(false, "A1RIVAL00001", 1700).Rank(20_000).Build();
        var after = Market.At(T0.AddHours(1)).Ours(1500, winner: true).Rival(OfferView.AmazonSellerId, 1800).BuyBox(true, "A0US0000001", 1500).Rank(8_000).Build();

        var changes = ChangeDetector.Detect(before, after, ChangeThresholds.Default, null);

        Assert.Equal([ChangeKind.AmazonJoined, ChangeKind.CompetitorOutOfStock, ChangeKind.BuyBoxWon, ChangeKind.SalesRankJump], changes.Select(c => c.Kind));
        Assert.Equal("A1RIVAL00001", changes[1].SellerId);
        Assert.Equal("20000", changes[3].Evidence["rank before"]);
        Assert.Equal("8000", changes[3].Evidence["rank now"]);
    }

    [Fact]
    public void Thresholds_decide_what_counts_as_an_undercut_and_a_rank_jump()
    {
        var before = Market.At(T0).Ours(1500).Rival("A1RIVAL00001", 1600).Rank(1000).Build();
        var after = Market.At(T0.AddHours(1)).Ours(1500).Rival("A1RIVAL00001", 1490).Rank(1400).Build();
        var loose = new ChangeThresholds(UndercutMinPence: 5, RankJumpPercent: 30, RankJumpMaxRank: 100_000);
        var strict = new ChangeThresholds(UndercutMinPence: 50, RankJumpPercent: 50, RankJumpMaxRank: 100_000);

        Assert.Equal([ChangeKind.CompetitorBelowUs, ChangeKind.SalesRankJump], ChangeDetector.Detect(before, after, loose, null).Select(c => c.Kind));
        Assert.Empty(ChangeDetector.Detect(before, after, strict, null));
        Assert.DoesNotContain(ChangeDetector.Detect(before, after, loose with { RankJumpMaxRank = 500 }, null), c => c.Kind == ChangeKind.SalesRankJump);
    }

    [Fact]
    public void A_competitor_already_below_us_is_not_reported_again_when_the_next_sync_sees_it_still_there()
    {
        var first = Market.At(T0).Ours(1500).Rival("A1RIVAL00001", 1600).Build();
        var second = Market.At(T0.AddMinutes(15)).Ours(1500).Rival("A1RIVAL00001", 1400).Build();
        var third = Market.At(T0.AddMinutes(30)).Ours(1500).Rival("A1RIVAL00001", 1390).Build();

        Assert.Single(ChangeDetector.Detect(first, second, ChangeThresholds.Default, null));
        Assert.Empty(ChangeDetector.Detect(second, third, ChangeThresholds.Default, null));
    }
}
