using SellerConsole.Scoring;
using static SellerConsole.Tests.Scoring.ListingBuilder;

namespace SellerConsole.Tests.Scoring;

public sealed class PointsTests
{
    [Fact]
    public void A_major_content_finding_costs_30_percent_of_the_content_weight()
    {
        var card = Scored.Of(Good() with { Title = GoodTitle + "!" });

        Assert.Equal(12.0m, card.Single(RuleIds.TitleBannedChars).PointsLost);
        Assert.Equal(88.0m, card.Score);
    }

    [Fact]
    public void A_minor_media_finding_costs_10_percent_of_the_media_weight()
    {
        var card = Scored.Of(Good() with { HasAPlusContent = false });

        Assert.Equal(2.5m, card.Single(RuleIds.MediaAPlus).PointsLost);
        Assert.Equal(97.5m, card.Score);
    }

    [Fact]
    public void A_section_never_loses_more_than_its_weight_and_later_findings_take_nothing()
    {
        var listing = Good() with { Title = "Drill Drill Drill! Best Seller 🔨", SearchTerms = "new forgemaster b0abc12345" };

        var card = Scored.Of(listing);

        var content = card.Findings.Where(f => f.Section == ScoreSection.Content).ToList();
        Assert.True(content.Count >= 6, card.Ids());
        Assert.Equal(40m, content.Sum(f => f.PointsLost));
        Assert.Contains(content, f => f.PointsLost == 0m);
        Assert.Equal(0m, card.Sections.Single(s => s.Section == ScoreSection.Content).Earned);
        Assert.Equal(60m, card.Score);
    }

    [Fact]
    public void A_blocking_finding_caps_the_score_at_40_and_the_cap_is_a_traced_finding()
    {
        var card = Scored.Of(Good() with { Images = [] });

        var cap = card.Single(RuleIds.ScoreBlockingCap);
        Assert.Equal(ScoreSection.Overall, cap.Section);
        Assert.Equal(35.0m, cap.PointsLost);
        Assert.Equal(RuleIds.ImagesMainMissing, cap.Evidence);
        Assert.Equal(40m, card.Score);
        Assert.Equal(100m - card.Score, card.Findings.Sum(f => f.PointsLost));
        Assert.Same(cap, card.Findings[0]);
    }

    [Fact]
    public void No_cap_finding_when_the_score_is_already_below_the_cap()
    {
        var card = Scored.Of(Good() with { Images = [], Title = "", SearchTerms = "new", ReviewCount = 0, OurPrice = 99m, BuyBoxPrice = 10m });

        Assert.True(card.Score < 40m);
        Assert.False(card.Has(RuleIds.ScoreBlockingCap));
    }

    [Fact]
    public void Findings_are_ordered_by_points_lost_then_severity()
    {
        var card = Scored.Of(Good() with { Title = GoodTitle + " POWERFUL", HasAPlusContent = false, ReviewCount = 5, Images = Images(8, 800) });

        var keys = card.Findings.Select(f => (f.PointsLost, (int)f.Severity)).ToList();
        Assert.Equal(keys.OrderByDescending(k => k.PointsLost).ThenByDescending(k => k.Item2).ToList(), keys);
        Assert.Equal([RuleIds.ImagesMainSize, RuleIds.SocialReviews, RuleIds.TitleAllCaps, RuleIds.MediaAPlus], card.Findings.Select(f => f.RuleId));
    }

    [Theory]
    [InlineData(40, 25, 20, 15, new[] { 400, 250, 200, 150 })]
    [InlineData(1, 1, 1, 0, new[] { 334, 333, 333, 0 })]
    [InlineData(2, 1, 1, 0, new[] { 500, 250, 250, 0 })]
    [InlineData(80, 50, 40, 30, new[] { 400, 250, 200, 150 })]
    public void Weights_are_normalised_to_exactly_100_points(int content, int media, int social, int competition, int[] tenths)
    {
        var settings = new ScoringSettings { ContentWeight = content, MediaWeight = media, SocialProofWeight = social, CompetitivenessWeight = competition };

        Assert.Equal(tenths, SellerConsole.Scoring.PointsAllocator.SectionTenths(settings));
        Assert.Equal(100m, Scored.Of(Good(), settings: settings).Sections.Sum(s => s.Weight));
    }

    [Fact]
    public void A_zero_cap_makes_any_blocking_finding_score_zero()
    {
        var card = Scored.Of(Good() with { Images = [] }, settings: new ScoringSettings { BlockingScoreCap = 0m });

        Assert.Equal(0m, card.Score);
        Assert.Equal(100m, card.Findings.Sum(f => f.PointsLost));
    }

    [Fact]
    public void Invalid_settings_are_rejected_with_the_reasons()
    {
        var bad = new ScoringSettings { ContentWeight = -1m, MinorPenalty = 0.5m, MajorPenalty = 0.3m };

        var error = Assert.Throws<ArgumentException>(() => Scored.Of(Good(), settings: bad));
        Assert.Contains("weights", error.Message);
        Assert.Contains("penalties", error.Message);
        Assert.Empty(ScoringSettings.Default.Validate());
    }
}
