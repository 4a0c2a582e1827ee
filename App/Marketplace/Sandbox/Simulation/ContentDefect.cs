namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>
/// Content defects the generator deliberately put into a listing (ground truth for the listing
/// scorer's tests). Rules are from domain-facts D; <see cref="None"/> means a clean listing.
/// </summary>
[Flags]
public enum ContentDefect
{
    None = 0,
    /// <summary>Title longer than the 80 characters recommended for mobile (also set when over 200).</summary>
    TitleOver80 = 1 << 0,
    /// <summary>Title over the 200-character UK limit.</summary>
    TitleOver200 = 1 << 1,
    /// <summary>A non-function word appears more than twice in the title.</summary>
    RepeatedTitleWords = 1 << 2,
    /// <summary>One of ! $ ? _ { } ^ ¬ ¦ in the title.</summary>
    BannedTitleCharacters = 1 << 3,
    /// <summary>Words of four or more letters in ALL CAPS in the title.</summary>
    AllCapsWords = 1 << 4,
    /// <summary>Promotional phrases ("Best Seller", "Free Delivery", ...) in the title or bullets.</summary>
    PromotionalPhrases = 1 << 5,
    FewerThanFiveBullets = 1 << 6,
    /// <summary>At least one bullet over 500 characters.</summary>
    OverlongBullets = 1 << 7,
    /// <summary>Emoji in the title or the bullets.</summary>
    Emojis = 1 << 8,
    /// <summary>Search terms over 250 bytes of UTF-8.</summary>
    SearchTermsOver250Bytes = 1 << 9,
    /// <summary>Search terms contain the brand name.</summary>
    SearchTermsContainBrand = 1 << 10,
    /// <summary>HTML other than &lt;br&gt; in the description.</summary>
    DescriptionHtml = 1 << 11,
    /// <summary>Main image under 1000 px on its longest side (no zoom).</summary>
    MainImageUnder1000Px = 1 << 12,
    /// <summary>Main image background is not pure white.</summary>
    MainImageNotWhite = 1 << 13,
    /// <summary>Fewer than four images.</summary>
    FewImages = 1 << 14,
}
