namespace SellerConsole.Scoring;

/// <summary>
/// Stable rule identifiers. They are stored with findings and used to link help text, so a rule
/// keeps its id for life; add new ids rather than renaming.
/// </summary>
public static class RuleIds
{
    public const string TitleMissing = "title.missing";
    public const string TitleLengthMax = "title.length.max";
    public const string TitleLengthMobile = "title.length.mobile";
    public const string TitleBannedChars = "title.banned-chars";
    public const string TitleEmoji = "title.emoji";
    public const string TitleRepeatedWord = "title.repeated-word";
    public const string TitleAllCaps = "title.all-caps";
    public const string TitlePromotional = "title.promotional";

    public const string BulletsCount = "bullets.count";
    public const string BulletsLength = "bullets.length";
    public const string BulletsLengthRecommended = "bullets.length.recommended";
    public const string BulletsBannedSymbols = "bullets.banned-symbols";
    public const string BulletsEmoji = "bullets.emoji";
    public const string BulletsContact = "bullets.contact";
    public const string BulletsGuarantee = "bullets.guarantee";
    public const string BulletsPlaceholder = "bullets.placeholder";
    public const string BulletsHtml = "bullets.html";

    public const string DescriptionMissing = "description.missing";
    public const string DescriptionLength = "description.length";
    public const string DescriptionHtml = "description.html";
    public const string DescriptionContact = "description.contact";

    public const string SearchTermsMissing = "search-terms.missing";
    public const string SearchTermsBytes = "search-terms.bytes";
    public const string SearchTermsBrand = "search-terms.brand";
    public const string SearchTermsAsin = "search-terms.asin";
    public const string SearchTermsTitleWords = "search-terms.title-words";
    public const string SearchTermsTemporarySubjective = "search-terms.temporary-subjective";

    public const string TextInvalidChars = "text.invalid-chars";

    public const string ImagesMainMissing = "images.main-missing";
    public const string ImagesCount = "images.count";
    public const string ImagesMainSize = "images.main-size";
    public const string ImagesMainBackground = "images.main-background";
    public const string ImagesSecondarySize = "images.secondary-size";
    public const string MediaAPlus = "media.a-plus";

    public const string SocialRating = "social.rating";
    public const string SocialReviews = "social.reviews";

    public const string PriceAboveBuyBox = "price.above-buy-box";

    public const string AmazonIssueSuppressed = "amazon.issue.suppressed";
    public const string AmazonIssueError = "amazon.issue.error";
    public const string AmazonIssueWarning = "amazon.issue.warning";

    public const string CompetitionMissingTerms = "competition.missing-terms";
    public const string CompetitionFewerImages = "competition.fewer-images";
    public const string CompetitionFewerBullets = "competition.fewer-bullets";
    public const string CompetitionLowerRating = "competition.lower-rating";
    public const string CompetitionFewerReviews = "competition.fewer-reviews";

    /// <summary>Not a content rule: the points the blocking cap takes off the score.</summary>
    public const string ScoreBlockingCap = "score.blocking-cap";

    /// <summary>
    /// Rules that grade one measure, of which at most one fires (the mobile and the hard title length; the
    /// recommended and the hard bullet length) share a family, so moving from one to the other is a change, not a fix.
    /// </summary>
    public static string Family(string ruleId) => ruleId switch
    {
        TitleLengthMobile => TitleLengthMax,
        BulletsLengthRecommended => BulletsLength,
        _ => ruleId,
    };

    public static IReadOnlyList<string> All { get; } =
    [
        TitleMissing, TitleLengthMax, TitleLengthMobile, TitleBannedChars, TitleEmoji, TitleRepeatedWord,
        TitleAllCaps, TitlePromotional,
        BulletsCount, BulletsLength, BulletsLengthRecommended, BulletsBannedSymbols, BulletsEmoji,
        BulletsContact, BulletsGuarantee, BulletsPlaceholder, BulletsHtml,
        DescriptionMissing, DescriptionLength, DescriptionHtml, DescriptionContact,
        SearchTermsMissing, SearchTermsBytes, SearchTermsBrand, SearchTermsAsin, SearchTermsTitleWords,
        SearchTermsTemporarySubjective,
        TextInvalidChars,
        ImagesMainMissing, ImagesCount, ImagesMainSize, ImagesMainBackground, ImagesSecondarySize, MediaAPlus,
        SocialRating, SocialReviews,
        PriceAboveBuyBox,
        AmazonIssueSuppressed, AmazonIssueError, AmazonIssueWarning,
        CompetitionMissingTerms, CompetitionFewerImages, CompetitionFewerBullets, CompetitionLowerRating,
        CompetitionFewerReviews,
        ScoreBlockingCap,
    ];
}
