using System.Text.RegularExpressions;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

[Collection(StandardWorldCollection.Name)]
public sealed class CatalogueTests(StandardWorldFixture standard)
{
    private IReadOnlyList<CatalogListing> Listings => standard.World.Catalogue;

    [Fact]
    public void Every_ean_has_a_valid_check_digit()
    {
        Assert.All(Listings, l => Assert.True(ContentChecks.ValidEan13(l.Ean), l.Ean));
    }

    [Fact]
    public void Asins_skus_and_eans_are_unique_and_well_formed()
    {
        Assert.Equal(Listings.Count, Listings.Select(l => l.Asin).Distinct().Count());
        Assert.Equal(Listings.Count, Listings.Select(l => l.Sku.ToUpperInvariant()).Distinct().Count());
        Assert.Equal(Listings.Count, Listings.Select(l => l.Ean).Distinct().Count());
        Assert.All(Listings, l => Assert.Matches("^B0[0-9A-Z]{8}$", l.Asin));
        Assert.All(Listings, l => Assert.Matches("^[A-Z0-9][A-Z0-9.x-]+$", l.Sku));
        Assert.Matches("^A[0-9A-Z]{13}$", standard.World.OurSellerId);
    }

    [Fact]
    public void Five_thousand_listings_keep_identifiers_unique_and_names_varied()
    {
        var world = new WorldBuilder().Listings(5_000).HistoryDays(1).Lazy().Build();
        var listings = world.Catalogue;

        Assert.Equal(5_000, listings.Select(l => l.Asin).Distinct().Count());
        Assert.Equal(5_000, listings.Select(l => l.Sku.ToUpperInvariant()).Distinct().Count());
        Assert.Equal(5_000, listings.Select(l => l.Ean).Distinct().Count());
        Assert.All(listings, l => Assert.True(ContentChecks.ValidEan13(l.Ean), l.Ean));
        Assert.True(listings.Select(l => l.ItemName).Distinct().Count() > 2_000, "item names should rarely repeat");
        Assert.True(listings.Select(l => (l.Brand, l.ItemName)).Distinct().Count() > 4_000, "brand + name should almost never repeat");
    }

    [Fact]
    public void A_small_world_has_every_kind_of_content_defect_and_some_clean_listings()
    {
        foreach (var defect in Enum.GetValues<ContentDefect>().Where(d => d != ContentDefect.None))
        {
            Assert.True(Listings.Count(l => l.Content.Defects.HasFlag(defect)) >= 2, $"too few listings with {defect}");
        }
        var clean = Listings.Where(l => l.Content.Defects == ContentDefect.None).ToList();
        Assert.InRange(clean.Count, 15, 75);
    }

    [Fact]
    public void Published_defect_flags_match_what_the_content_actually_shows()
    {
        foreach (var l in Listings)
        {
            var c = l.Content;
            var d = c.Defects;
            var why = $"{l.Sku}: {c.Title}";
            Assert.True(d.HasFlag(ContentDefect.TitleOver80) == (ContentChecks.Chars(c.Title) > 80), why);
            Assert.True(d.HasFlag(ContentDefect.TitleOver200) == (ContentChecks.Chars(c.Title) > 200), why);
            Assert.True(d.HasFlag(ContentDefect.RepeatedTitleWords) == ContentChecks.RepeatsWords(c.Title), why);
            Assert.True(d.HasFlag(ContentDefect.BannedTitleCharacters) == ContentChecks.HasBannedCharacter(c.Title), why);
            Assert.True(d.HasFlag(ContentDefect.AllCapsWords) == ContentChecks.HasShoutedWord(c.Title), why);
            Assert.True(d.HasFlag(ContentDefect.PromotionalPhrases) == (ContentChecks.IsPromotional(c.Title) || c.Bullets.Any(ContentChecks.IsPromotional)), why);
            Assert.True(d.HasFlag(ContentDefect.FewerThanFiveBullets) == (c.Bullets.Count < 5), why);
            Assert.True(d.HasFlag(ContentDefect.OverlongBullets) == c.Bullets.Any(b => ContentChecks.Chars(b) > 500), why);
            Assert.True(d.HasFlag(ContentDefect.Emojis) == (ContentChecks.HasEmoji(c.Title) || c.Bullets.Any(ContentChecks.HasEmoji)), why);
            Assert.True(d.HasFlag(ContentDefect.SearchTermsOver250Bytes) == (ContentChecks.Bytes(c.SearchTerms) > 250), why);
            Assert.True(d.HasFlag(ContentDefect.SearchTermsContainBrand) == c.SearchTerms.Contains(l.Brand.Split(' ')[0], StringComparison.OrdinalIgnoreCase), why);
            Assert.True(d.HasFlag(ContentDefect.DescriptionHtml) == ContentChecks.HasHtmlOtherThanBreaks(c.Description), why);
            Assert.True(d.HasFlag(ContentDefect.FewImages) == (c.Images.Count < 4), why);
            Assert.True(d.HasFlag(ContentDefect.MainImageUnder1000Px) == (Math.Max(c.Images[0].WidthPx, c.Images[0].HeightPx) < 1000), why);
            Assert.True(d.HasFlag(ContentDefect.MainImageNotWhite) == (c.Images[0].BackgroundHex != "#FFFFFF"), why);
        }
    }

    [Fact]
    public void Listings_have_plausible_physical_and_commercial_facts()
    {
        Assert.All(Listings, l =>
        {
            Assert.InRange(l.WeightGrams, 10, 30_000);
            Assert.True(l.Dimensions.LengthMm > 0 && l.Dimensions.WidthMm > 0 && l.Dimensions.HeightMm > 0);
            Assert.InRange(l.Content.Images.Count, 1, 9);
            Assert.Equal("MAIN", l.Content.Images[0].Variant);
            Assert.True(l.CostHint > 0);
            Assert.StartsWith(l.Brand, StripDecoration(l.Content.Title));
        });
        Assert.True(Listings.Select(l => l.Category).Distinct().Count() >= 8);
        Assert.Contains(Listings, l => l.IsOwnBrand);
        Assert.Contains(Listings, l => !l.IsOwnBrand);
        Assert.Contains(Listings, l => l.Content.HasAplus);
        Assert.InRange(Listings.Count(l => l.Issues.Count > 0), 2, 40);
        Assert.Contains(Listings, l => l.Issues.Any(i => i.Enforcement == "SEARCH_SUPPRESSED"));
    }

    [Fact]
    public void Ratings_stay_in_range_and_review_counts_are_long_tailed()
    {
        var snapshots = standard.World.GetListings(0, 150).Items;
        Assert.All(snapshots.Where(s => s.Rating is not null), s => Assert.InRange(s.Rating!.Value, 1.0m, 5.0m));
        var reviews = snapshots.Select(s => s.ReviewCount).Order().ToList();
        var median = reviews[reviews.Count / 2];
        Assert.True(reviews[^1] > 10 * Math.Max(1, median), $"max {reviews[^1]} vs median {median}");
        Assert.Contains(snapshots, s => s.Stock == 0);
        Assert.Contains(snapshots, s => s.Stock is > 0 and <= 5);
    }

    [Fact]
    public void Peer_listings_are_other_asins_ranked_best_first_in_each_category()
    {
        var ours = Listings.Select(l => l.Asin).ToHashSet();
        foreach (var category in standard.World.Categories)
        {
            var peers = standard.World.GetPeerListings(category);
            Assert.Equal(12, peers.Count);
            Assert.All(peers, p => Assert.DoesNotContain(p.Asin, ours));
            Assert.All(peers, p => Assert.Equal(category, p.Category));
            Assert.Equal(peers.Select(p => p.SalesRank).Order(), peers.Select(p => p.SalesRank));
        }
        var all = standard.World.Categories.SelectMany(standard.World.GetPeerListings).ToList();
        Assert.Equal(all.Count, all.Select(p => p.Asin).Distinct().Count());
        Assert.Empty(standard.World.GetPeerListings("Garden Furniture"));
    }

    private static string StripDecoration(string title) => Regex.Replace(title, @"^[^\p{L}]+", "");
}
