using SellerConsole.Catalog;
using SellerConsole.Marketplace.SpApi.Models;
using ListingImage = SellerConsole.Scoring.ListingImage;
using ListingIssue = SellerConsole.Catalog.ListingIssue;
using SellerConsole.Scoring;
using SellerConsole.Scoring.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Scoring.Data;

public sealed class ListingContentMapperTests
{
    [Fact]
    public void A_stored_listing_maps_every_fact_the_scorer_reads()
    {
        var listing = CatalogSeed.Listing(7, l =>
        {
            l.Category = "Screws";
            l.Description = "Zinc-plated steel.";
            l.SearchTerms = "wood screw pozi";
            l.Bullets = " Hardened steel \n\nPozi drive\nCountersunk head\n";
            l.ImageCount = 3;
            l.MainImageWidth = 1500;
            l.MainImageHeight = 1200;
            l.RatingTenths = 43;
            l.ReviewCount = 120;
            l.HasAPlusContent = true;
            l.PricePence = 899;
            l.BuyBoxPricePence = 849;
            l.Issues = [new ListingIssue { Code = "90220", Message = "'item_name' is required", Severity = "ERROR", Enforcements = "LISTING_SUPPRESSED, SEARCH_SUPPRESSED" }];
        });

        var content = ListingContentMapper.FromListing(listing, unknownAPlusIsAbsent: false);

        Assert.Equal((listing.Sku, listing.Asin, listing.Brand, "Screws", listing.Title), (content.Sku, content.Asin, content.Brand, content.Category, content.Title));
        Assert.Equal(["Hardened steel", "Pozi drive", "Countersunk head"], content.Bullets!);
        Assert.Equal(("Zinc-plated steel.", "wood screw pozi"), (content.Description, content.SearchTerms));
        Assert.Equal([new ListingImage(1500, 1200, null), new ListingImage(0, 0, null), new ListingImage(0, 0, null)], content.Images!);
        Assert.Equal((4.3m, 120, true), (content.Rating, content.ReviewCount, content.HasAPlusContent));
        Assert.Equal((8.99m, 8.49m), (content.OurPrice, content.BuyBoxPrice));
        var issue = Assert.Single(content.Issues!);
        Assert.Equal(("90220", "ERROR"), (issue!.Code, issue.Severity));
        Assert.Equal(["LISTING_SUPPRESSED", "SEARCH_SUPPRESSED"], issue.Enforcements!);
    }

    [Fact]
    public void A_suppressed_listing_maps_to_a_blocking_finding()
    {
        var listing = CatalogSeed.Listing(1, l => l.Issues = [new ListingIssue { Code = "8541", Message = "Suppressed", Severity = "ERROR", Enforcements = "SEARCH_SUPPRESSED" }]);

        var card = ListingScorer.Score(ListingContentMapper.FromListing(listing, false), [], ScoringSettings.Default);

        Assert.Contains(card.Findings, f => f.RuleId == RuleIds.AmazonIssueSuppressed && f.Severity == Severity.Blocking);
    }

    [Theory]
    [InlineData(null, false, true)]
    [InlineData(null, true, false)]
    [InlineData(false, false, false)]
    [InlineData(true, true, true)]
    public void Unknown_a_plus_content_is_absent_only_when_the_owner_says_so(bool? stored, bool unknownIsAbsent, bool expected)
    {
        var content = ListingContentMapper.FromListing(CatalogSeed.Listing(1, l => l.HasAPlusContent = stored), unknownIsAbsent);

        Assert.Equal(expected, content.HasAPlusContent);
    }

    [Fact]
    public void Unknown_facts_stay_unknown()
    {
        var listing = CatalogSeed.Listing(2, l =>
        {
            l.Bullets = null;
            l.ImageCount = 0;
            l.PricePence = null;
            l.BuyBoxPricePence = null;
        });

        var content = ListingContentMapper.FromListing(listing, false);

        Assert.Empty(content.Bullets!);
        Assert.Empty(content.Images!);
        Assert.Equal(((decimal?)null, (decimal?)null, (decimal?)null, (int?)null), (content.OurPrice, content.BuyBoxPrice, content.Rating, content.ReviewCount));
    }

    [Fact]
    public void A_review_count_not_yet_read_is_scored_as_none_but_says_it_is_unknown()
    {
        var unknown = ListingScorer.Score(ListingContentMapper.FromListing(CatalogSeed.Listing(1, l => l.ReviewCount = null), false), [], ScoringSettings.Default);
        var none = ListingScorer.Score(ListingContentMapper.FromListing(CatalogSeed.Listing(1, l => l.ReviewCount = 0), false), [], ScoringSettings.Default);

        Assert.Equal(none.Score, unknown.Score);
        Assert.Equal("review count not known (counted as 0)", unknown.Single(RuleIds.SocialReviews).Evidence);
        Assert.Equal("0 reviews", none.Single(RuleIds.SocialReviews).Evidence);
    }

    [Fact]
    public void An_image_of_unknown_size_counts_but_makes_no_size_finding()
    {
        var measured = ListingBuilder.Good() with { Images = [new ListingImage(400, 300, true), .. ListingBuilder.Images(8).Skip(1)] };
        var unknown = ListingBuilder.Good() with { Images = [new ListingImage(0, 0, true), .. Enumerable.Repeat(new ListingImage(0, 0, null), 7)] };

        Assert.Contains(Scored.Of(measured).Findings, f => f.RuleId == RuleIds.ImagesMainSize);
        var card = Scored.Of(unknown);
        Assert.DoesNotContain(card.Findings, f => f.RuleId is RuleIds.ImagesMainSize or RuleIds.ImagesSecondarySize or RuleIds.ImagesCount);
        Assert.Contains(Scored.Of(unknown with { Images = [new ListingImage(0, 0, false)] }).Findings, f => f.RuleId == RuleIds.ImagesMainBackground);
    }

    [Fact]
    public void A_catalog_item_maps_its_largest_image_per_variant_main_first()
    {
        var item = new CatalogItem("B0PEER0001", "Peer Screws 4 x 40mm", "Peerco", null, null, new CatalogClassification("1939164031", "Screws"),
            [new CatalogSalesRank(SalesRankKind.DisplayGroup, "diy_display_on_website", "DIY & Tools", 120)],
            [new("PT01", "https://x/pt01.jpg", 1000, 1000), new("MAIN", "https://x/main-small.jpg", 75, 75), new("MAIN", "https://x/main.jpg", 2000, 1800)],
            null, null, [])
        { Bullets = ["One", "Two"], Description = "Desc" };

        var content = ListingContentMapper.FromCatalogItem(item, "Screws");

        Assert.Equal(("B0PEER0001", "Peerco", "Screws", "Peer Screws 4 x 40mm", "Desc"), (content.Asin, content.Brand, content.Category, content.Title, content.Description));
        Assert.Equal(["One", "Two"], content.Bullets!);
        Assert.Equal([new ListingImage(2000, 1800, null), new ListingImage(1000, 1000, null)], content.Images!);
    }
}
