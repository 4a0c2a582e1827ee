using SellerConsole.Scoring;

namespace SellerConsole.Tests.Scoring;

/// <summary>Test listings. <see cref="Good"/> complies with every rule; tests change one thing with `with`.</summary>
public static class ListingBuilder
{
    public const string GoodTitle = "Forgemaster 18V Cordless Combi Drill with 2 Batteries, Charger and Case";

    public static readonly string[] GoodBullets =
    [
        "Two-speed gearbox: 0-400 and 0-1500 rpm for driving screws and drilling timber, steel and masonry with one tool",
        "Kit includes two 2.0Ah lithium-ion batteries, a one-hour charger and a hard carry case for storage on site",
        "Keyless 13 mm chuck takes round and hex shank bits; 21 torque settings stop screws sinking too deep",
        "Compact 210 mm body weighs 1.4 kg with a battery fitted, so overhead work in lofts is less tiring",
        "LED work light and belt clip; the batteries fit every tool in the Forgemaster 18V range",
    ];

    public static ListingContent Good() => new(
        Sku: "SC-DRILL-18",
        Asin: "B0GOODDRL1",
        Brand: "Forgemaster",
        Category: "Drills",
        Title: GoodTitle,
        Bullets: GoodBullets,
        Description: "The Forgemaster combi drill handles everyday DIY and trade jobs: hanging shelves, building flat-pack " +
            "furniture, drilling into brick for wall plugs and driving long screws into joists.<br>Specification: " +
            "motor 18 V brushed, chuck 13 mm, maximum torque 45 Nm, hammer rate 22,500 bpm, weight 1.4 kg.<br>" +
            "In the box: drill, two batteries, charger, double-ended bit and carry case.",
        SearchTerms: "hammer driver screwdriver power tool diy kit impact battery powered electric home improvement",
        Images: Images(8),
        HasAPlusContent: true,
        Rating: 4.6m,
        ReviewCount: 850,
        OurPrice: 59.99m,
        BuyBoxPrice: 59.99m,
        Issues: []);

    /// <summary>count images of 2000x2000; the first (main) one on white.</summary>
    public static IReadOnlyList<ListingImage?> Images(int count, int mainSize = 2000) =>
        Enumerable.Range(0, count).Select(i => (ListingImage?)new ListingImage(i == 0 ? mainSize : 2000, i == 0 ? mainSize : 2000, i == 0 ? true : null)).ToList();

    /// <summary>
    /// A title of exactly length characters made of distinct words (so no other title rule fires
    /// except the length ones). Starts with the brand and product type.
    /// </summary>
    public static string TitleOfLength(int length, string filler = "a")
    {
        var words = new List<string> { "Forgemaster", "Drill" };
        var n = 0;
        while (string.Join(" ", words).Length < length)
        {
            words.Add(DistinctWord(n++));
        }
        var title = string.Join(" ", words)[..length];
        return title.EndsWith(' ') ? title[..^1] + filler : title;
    }

    /// <summary>"Kab", "Kac", ...: distinct, title-case, letters only.</summary>
    public static string DistinctWord(int n) => "K" + (char)('a' + n / 26 % 26) + (char)('a' + n % 26) + (n >= 676 ? new string('q', n / 676) : "");

    /// <summary>Plain sentence text of exactly length characters with no rule-triggering content.</summary>
    public static string TextOfLength(int length)
    {
        const string sentence = "Strong steel body with a comfortable grip for long jobs around the house. ";
        var text = string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..length];
        return text.EndsWith(' ') ? text[..^1] + "x" : text;
    }

    public static ListingContent WithBullets(this ListingContent listing, params string?[] bullets) => listing with { Bullets = bullets };

    public static ListingContent WithBullet(this ListingContent listing, int index, string bullet)
    {
        var bullets = (listing.Bullets ?? []).ToList();
        bullets[index] = bullet;
        return listing with { Bullets = bullets };
    }

    public static ListingContent WithIssue(this ListingContent listing, string severity, params string[] enforcements) =>
        listing with { Issues = [new AmazonListingIssue("90220", "'item_name' is required but not supplied.", severity, enforcements)] };
}
