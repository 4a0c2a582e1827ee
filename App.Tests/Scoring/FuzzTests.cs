using SellerConsole.Scoring;

namespace SellerConsole.Tests.Scoring;

/// <summary>Hostile input gives findings, never an exception, and the score card stays well formed.</summary>
public sealed class FuzzTests
{
    private const int Seed = 7_131;

    [Fact]
    public void Random_and_hostile_strings_in_every_field_never_throw()
    {
        var hostile = new HostileText(Seed);
        for (var i = 0; i < 2000; i++)
        {
            var listing = Listing(hostile, hostile.Next);
            var peers = Enumerable.Range(0, i % 12)
                .Select(_ => i % 7 == 0 ? null! : new PeerListing(i % 5 == 0 ? null : Listing(hostile, hostile.Next), hostile.Int()))
                .ToList();

            var card = Scored.Of(listing, peers);

            ScoreInvariants.Check(card, $"seed {Seed} case {i}");
        }
    }

    [Fact]
    public void Ten_megabyte_fields_are_scored_without_throwing()
    {
        var hostile = new HostileText(Seed + 1);
        for (var i = 0; i < 3; i++)
        {
            var huge = hostile.Huge();
            var listing = Listing(hostile, () => huge);
            var peers = Enumerable.Range(1, 10).Select(r => new PeerListing(listing with { Asin = $"B0HUGE{r:D4}" }, r)).ToList();

            var card = Scored.Of(listing, peers);

            ScoreInvariants.Check(card, $"seed {Seed + 1} case {i}");
            Assert.True(card.Has(RuleIds.TitleLengthMax), card.Ids());
        }
    }

    [Fact]
    public void A_listing_of_nulls_and_a_null_peer_list_score_without_throwing()
    {
        var nulls = new ListingContent(null, null, null, null, null, [null, null], null, null, [null], false, null, null, null, null,
            [null, new AmazonListingIssue(null, null, null, null), new AmazonListingIssue(null, null, null, [null])]);

        var card = ListingScorer.Score(nulls, (IReadOnlyList<PeerListing>)null!, null!);
        var empty = ListingScorer.Score(null!, [null!, new PeerListing(null, 1)], ScoringSettings.Default);

        ScoreInvariants.Check(card, "nulls");
        ScoreInvariants.Check(empty, "null listing");
        Assert.True(card.Has(RuleIds.TitleMissing) && card.Has(RuleIds.ImagesMainMissing), card.Ids());
        Assert.Equal(29m, card.Score); // content and media lose everything, social proof loses 6 for no reviews
        Assert.False(card.Has(RuleIds.ScoreBlockingCap));
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_are_reported_with_their_position()
    {
        var card = Scored.Of(ListingBuilder.Good() with { Title = "Drill\u0000Set", SearchTerms = "spanner \uD800 key" });

        Assert.Equal("title: control character U+0000 at position 6; search terms: lone surrogate U+D800 at position 9",
            card.Single(RuleIds.TextInvalidChars).Evidence);
    }

    private static ListingContent Listing(HostileText hostile, Func<string> text) => new(
        Sku: text(),
        Asin: text(),
        Brand: text(),
        Category: text(),
        Title: text(),
        Bullets: [text(), text(), null, text(), text(), text()],
        Description: text(),
        SearchTerms: text(),
        Images: [new ListingImage(hostile.Int(), hostile.Int(), null), null, new ListingImage(hostile.Int(), hostile.Int(), false)],
        HasAPlusContent: hostile.Int() % 2 == 0,
        Rating: hostile.Decimal(),
        ReviewCount: hostile.Int(),
        OurPrice: hostile.Decimal(),
        BuyBoxPrice: hostile.Decimal(),
        Issues: [new AmazonListingIssue(text(), text(), text(), [text(), null, "LISTING_SUPPRESSED"]), null]);
}
