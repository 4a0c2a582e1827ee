using SellerConsole.Scoring;
using static SellerConsole.Tests.Scoring.ListingBuilder;

namespace SellerConsole.Tests.Scoring;

public sealed class MediaSocialPriceIssueTests
{
    [Theory]
    [InlineData(2000, 2000, null)]
    [InlineData(1000, 400, null)]
    [InlineData(999, 999, Severity.Major)]
    [InlineData(10_001, 5000, Severity.Major)]
    [InlineData(500, 300, Severity.Major)]
    [InlineData(499, 499, Severity.Blocking)]
    [InlineData(0, -5, Severity.Blocking)]
    public void The_main_image_long_side_decides_zoom_and_acceptance(int width, int height, Severity? expected)
    {
        var card = Scored.Of(Good() with { Images = [new ListingImage(width, height, true), .. Images(8).Skip(1)] });

        Assert.Equal(expected, card.Findings.FirstOrDefault(f => f.RuleId == RuleIds.ImagesMainSize)?.Severity);
    }

    [Theory]
    [InlineData(7, null)]
    [InlineData(6, Severity.Minor)]
    [InlineData(3, Severity.Minor)]
    [InlineData(2, Severity.Major)]
    public void Image_count_tiers(int count, Severity? expected)
    {
        var card = Scored.Of(Good() with { Images = [.. Images(count), null, null] });

        Assert.Equal(expected, card.Findings.FirstOrDefault(f => f.RuleId == RuleIds.ImagesCount)?.Severity);
    }

    [Theory]
    [InlineData(4.0, 50, null)]
    [InlineData(3.9, 50, Severity.Minor)]
    [InlineData(3.4, 50, Severity.Major)]
    [InlineData(-2.0, 50, Severity.Major)]
    [InlineData(1.0, 0, null)]
    public void Rating_tiers_only_apply_when_there_are_reviews(double rating, int reviews, Severity? expected)
    {
        var card = Scored.Of(Good() with { Rating = (decimal)rating, ReviewCount = reviews });

        Assert.Equal(expected, card.Findings.FirstOrDefault(f => f.RuleId == RuleIds.SocialRating)?.Severity);
    }

    [Theory]
    [InlineData(100, null)]
    [InlineData(99, Severity.Minor)]
    [InlineData(10, Severity.Minor)]
    [InlineData(9, Severity.Major)]
    [InlineData(null, Severity.Major)]
    [InlineData(-7, Severity.Major)]
    public void Review_count_tiers(int? reviews, Severity? expected)
    {
        var card = Scored.Of(Good() with { ReviewCount = reviews });

        Assert.Equal(expected, card.Findings.FirstOrDefault(f => f.RuleId == RuleIds.SocialReviews)?.Severity);
    }

    [Theory]
    [InlineData(19.99, 19.99, null)]
    [InlineData(18.00, 19.99, null)]
    [InlineData(20.98, 19.99, Severity.Minor)]
    [InlineData(21.00, 19.99, Severity.Major)]
    [InlineData(0.0, 19.99, null)]
    [InlineData(19.99, null, null)]
    public void Price_above_the_buy_box_is_minor_up_to_five_percent_then_major(double ours, double? buyBox, Severity? expected)
    {
        var card = Scored.Of(Good() with { OurPrice = (decimal)ours, BuyBoxPrice = (decimal?)buyBox });

        Assert.Equal(expected, card.Findings.FirstOrDefault(f => f.RuleId == RuleIds.PriceAboveBuyBox)?.Severity);
    }

    [Fact]
    public void Price_evidence_shows_both_prices_and_the_gap()
    {
        var card = Scored.Of(Good() with { OurPrice = 21.00m, BuyBoxPrice = 20.00m });

        Assert.Equal("£21.00 vs Buy Box £20.00 (+5.0%)", card.Single(RuleIds.PriceAboveBuyBox).Evidence);
    }

    [Fact]
    public void Each_distinct_amazon_issue_is_its_own_finding_and_suppression_is_blocking()
    {
        var listing = Good() with
        {
            Issues =
            [
                new AmazonListingIssue("18027", "Main image not compliant", "ERROR", ["LISTING_SUPPRESSED"]),
                new AmazonListingIssue("90220", "item_name missing", "ERROR", null),
                new AmazonListingIssue("90220", "item_name missing", "ERROR", null),
                new AmazonListingIssue("99001", "bullet_point too long", "ERROR", [" search_suppressed "]),
                new AmazonListingIssue("4000", "Consider adding colour", "WARNING", []),
                new AmazonListingIssue("1", "Informational", "INFO", []),
                null,
                new AmazonListingIssue(null, null, null, [null]),
            ],
        };

        var card = Scored.Of(listing);

        Assert.Equal(2, card.Findings.Count(f => f.RuleId == RuleIds.AmazonIssueSuppressed && f.Severity == Severity.Blocking));
        Assert.Equal("90220: item_name missing", card.Single(RuleIds.AmazonIssueError).Evidence);
        Assert.Equal(Severity.Minor, card.Single(RuleIds.AmazonIssueWarning).Severity);
        Assert.Equal(40m, card.Score);
    }
}
