using SellerConsole.Scoring;
using static SellerConsole.Tests.Scoring.ListingBuilder;

namespace SellerConsole.Tests.Scoring;

/// <summary>For every rule: a near-miss listing that passes and the smallest change that fails it.</summary>
public sealed record RuleExample(ListingContent Pass, ListingContent Fail, IReadOnlyList<PeerListing> Peers);

public static class RuleExamples
{
    public static readonly IReadOnlyDictionary<string, RuleExample> ByRule = Build();

    private static Dictionary<string, RuleExample> Build()
    {
        var good = Good();
        var e = new Dictionary<string, RuleExample>();
        void Add(string id, ListingContent pass, ListingContent fail, IReadOnlyList<PeerListing>? peers = null) =>
            e.Add(id, new RuleExample(pass, fail, peers ?? []));

        Add(RuleIds.TitleMissing, good, good with { Title = "  " });
        Add(RuleIds.TitleLengthMax, good with { Title = TitleOfLength(200) }, good with { Title = TitleOfLength(201) });
        Add(RuleIds.TitleLengthMobile, good with { Title = TitleOfLength(80) }, good with { Title = TitleOfLength(81) });
        Add(RuleIds.TitleBannedChars, good with { Title = "Forgemaster Drill #4301 Set" }, good with { Title = "Forgemaster Drill Set!" });
        Add(RuleIds.TitleEmoji, good with { Title = "Forgemaster ⌀10 mm Drill Bit" }, good with { Title = "Forgemaster Drill Bit 🔨" });
        Add(RuleIds.TitleRepeatedWord, good with { Title = "Screws for Wood and for Metal" }, good with { Title = "Drill Drill Drill" });
        Add(RuleIds.TitleAllCaps, good with { Title = "Forgemaster LED SDS Drill UK 18V" }, good with { Title = "Forgemaster POWERFUL Drill" });
        Add(RuleIds.TitlePromotional, good, good with { Title = GoodTitle + " Best Seller" });

        Add(RuleIds.BulletsCount, good, good.WithBullets(GoodBullets[..4]));
        Add(RuleIds.BulletsLength, good.WithBullet(0, TextOfLength(500)), good.WithBullet(0, TextOfLength(501)));
        Add(RuleIds.BulletsLengthRecommended, good.WithBullet(0, TextOfLength(250)), good.WithBullet(0, TextOfLength(251)));
        Add(RuleIds.BulletsBannedSymbols, good.WithBullet(1, "Costs 20 GBP"), good.WithBullet(1, "Costs £20"));
        Add(RuleIds.BulletsEmoji, good, good.WithBullet(2, "✅ Hard-wearing steel body"));
        Add(RuleIds.BulletsContact, good.WithBullet(3, "Drills 3.5 mm holes, e.g. for wall plugs"), good.WithBullet(3, "Questions? E-mail help@forgemaster.co.uk"));
        Add(RuleIds.BulletsGuarantee, good.WithBullet(3, "Two-year manufacturer warranty"), good.WithBullet(3, "Money back guarantee if not satisfied"));
        Add(RuleIds.BulletsPlaceholder, good.WithBullet(4, "Noise level 85 dB"), good.WithBullet(4, "Noise level: N/A"));
        Add(RuleIds.BulletsHtml, good.WithBullet(4, "Drills holes <10 mm deep"), good.WithBullet(4, "Drills <b>deep</b> holes"));

        Add(RuleIds.DescriptionMissing, good with { Description = null, HasAPlusContent = true }, good with { Description = null, HasAPlusContent = false });
        Add(RuleIds.DescriptionLength, good with { Description = TextOfLength(2000) }, good with { Description = TextOfLength(2001) });
        Add(RuleIds.DescriptionHtml, good with { Description = "Line one<br/>Line two<br />" }, good with { Description = "<p>Line one</p>" });
        Add(RuleIds.DescriptionContact, good with { Description = "Made in Sheffield." }, good with { Description = "Call us on 07700 900123." });

        Add(RuleIds.SearchTermsMissing, good, good with { SearchTerms = null });
        Add(RuleIds.SearchTermsBytes, good with { SearchTerms = new string('a', 249) }, good with { SearchTerms = new string('a', 250) });
        Add(RuleIds.SearchTermsBrand, good, good with { SearchTerms = good.SearchTerms + " forgemaster" });
        Add(RuleIds.SearchTermsAsin, good with { SearchTerms = "b0 adapter" }, good with { SearchTerms = "b0abc12345 adapter" });
        Add(RuleIds.SearchTermsTitleWords, good, good with { SearchTerms = good.SearchTerms + " drill" });
        Add(RuleIds.SearchTermsTemporarySubjective, good, good with { SearchTerms = good.SearchTerms + " new" });
        Add(RuleIds.TextInvalidChars, good with { Description = "Line one\r\nLine two\tend" }, good with { Title = GoodTitle + "\u0007" });

        Add(RuleIds.ImagesMainMissing, good with { Images = Images(1) }, good with { Images = [] });
        Add(RuleIds.ImagesCount, good with { Images = Images(7) }, good with { Images = Images(6) });
        Add(RuleIds.ImagesMainSize, good with { Images = Images(8, mainSize: 1000) }, good with { Images = Images(8, mainSize: 999) });
        Add(RuleIds.ImagesMainBackground, good with { Images = [new ListingImage(2000, 2000, null), .. Images(8).Skip(1)] },
            good with { Images = [new ListingImage(2000, 2000, false), .. Images(8).Skip(1)] });
        Add(RuleIds.ImagesSecondarySize, good with { Images = [.. Images(7), new ListingImage(1000, 600, null)] },
            good with { Images = [.. Images(7), new ListingImage(999, 600, null)] });
        Add(RuleIds.MediaAPlus, good, good with { HasAPlusContent = false });

        Add(RuleIds.SocialRating, good with { Rating = 4.0m }, good with { Rating = 3.9m });
        Add(RuleIds.SocialReviews, good with { ReviewCount = 100 }, good with { ReviewCount = 99 });
        Add(RuleIds.PriceAboveBuyBox, good with { OurPrice = 19.99m, BuyBoxPrice = 19.99m }, good with { OurPrice = 20.00m, BuyBoxPrice = 19.99m });

        Add(RuleIds.AmazonIssueSuppressed, good.WithIssue("ERROR", "ATTRIBUTE_SUPPRESSED"), good.WithIssue("ERROR", "SEARCH_SUPPRESSED"));
        Add(RuleIds.AmazonIssueError, good.WithIssue("INFO"), good.WithIssue("ERROR"));
        Add(RuleIds.AmazonIssueWarning, good.WithIssue("INFO"), good.WithIssue("WARNING"));

        Add(RuleIds.CompetitionMissingTerms, good with { Title = GoodTitle + " Brushless" }, good,
            PeerBuilder.LikeGood(5, (_, p) => p with { Title = p.Title + " Brushless" }));
        Add(RuleIds.CompetitionFewerImages, good with { Images = Images(9) }, good, PeerBuilder.LikeGood(5, (_, p) => p with { Images = Images(9) }));
        Add(RuleIds.CompetitionFewerBullets, good.WithBullets([.. GoodBullets, "Spare carbon brushes included"]), good,
            PeerBuilder.LikeGood(5, (_, p) => p.WithBullets([.. GoodBullets, "Spare carbon brushes included"])));
        Add(RuleIds.CompetitionLowerRating, good with { Rating = 4.5m }, good with { Rating = 4.4m }, PeerBuilder.LikeGood(5, (_, p) => p with { Rating = 4.8m }));
        Add(RuleIds.CompetitionFewerReviews, good with { ReviewCount = 1000 }, good with { ReviewCount = 999 },
            PeerBuilder.LikeGood(5, (_, p) => p with { ReviewCount = 2000 }));

        Add(RuleIds.ScoreBlockingCap, good, good with { Images = [] });
        return e;
    }
}
