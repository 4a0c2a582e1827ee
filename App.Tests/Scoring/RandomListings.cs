using SellerConsole.Scoring;

namespace SellerConsole.Tests.Scoring;

/// <summary>
/// Seeded random listings that trip many rules at once. Titles are a main part of at most 150
/// characters plus, sometimes, a tail of distinct filler words ("Kab Kac ...") that no peer uses, so
/// trimming an over-long title back to 200 characters removes filler only.
/// </summary>
public sealed class RandomListings(int seed)
{
    private static readonly string[] Words =
    [
        "Forgemaster", "drill", "drills", "cordless", "brushless", "battery", "batteries", "charger", "hammer", "screw", "bit", "set",
        "steel", "wood", "metal", "for", "and", "the", "with", "of", "LED", "SDS", "UK", "18V", "10mm", "POWERFUL", "DRILL",
        "best", "seller", "sale", "on", "new", "now", "free", "delivery", "£", "€", "!", "?", "_", "🔨", "✅", "™", "<b>", "</b>", "<br>",
        "sales@shop.co.uk", "www.shop.com", "07700 900123", "guarantee", "N/A", "TBD", "B0ABC12345", "keyless", "chuck", "case",
    ];

    private static readonly string[] PeerWords =
    [
        "drill", "cordless", "brushless", "battery", "batteries", "charger", "keyless", "chuck", "gearbox", "masonry", "impact",
        "driver", "compact", "torque", "light", "Makita", "Bosch", "18V", "with", "and", "for",
    ];

    private readonly Random random = new(seed);

    public int Seed { get; } = seed;

    public ListingContent Next() => new(
        Sku: Maybe($"SKU-{random.Next(1000)}"),
        Asin: Maybe($"B0RAND{random.Next(10000):D4}"),
        Brand: Pick(["Forgemaster", "Black+Decker", "DEWALT", null, ""]),
        Category: Pick(["Drills", "drills ", "Saws", null]),
        Title: random.Next(10) == 0 ? null : Title(),
        Bullets: random.Next(8) == 0 ? null : Enumerable.Range(0, random.Next(8)).Select(_ => random.Next(6) == 0 ? Pick(["", "  ", null]) : Text(0, 60)).ToList(),
        Description: random.Next(5) == 0 ? null : Text(0, random.Next(2) == 0 ? 40 : 400),
        SearchTerms: random.Next(5) == 0 ? null : Text(0, random.Next(2) == 0 ? 10 : 70),
        Images: random.Next(8) == 0 ? null : Enumerable.Range(0, random.Next(11)).Select(_ => Image()).ToList(),
        HasAPlusContent: random.Next(2) == 0,
        Rating: random.Next(4) == 0 ? null : random.Next(-10, 60) / 10m,
        ReviewCount: random.Next(4) == 0 ? null : random.Next(-5, 3000),
        OurPrice: random.Next(4) == 0 ? null : random.Next(0, 10000) / 100m,
        BuyBoxPrice: random.Next(4) == 0 ? null : random.Next(0, 10000) / 100m,
        Issues: random.Next(3) == 0 ? null : Enumerable.Range(0, random.Next(4)).Select(_ => Issue()).ToList());

    public List<PeerListing> Peers() =>
        Enumerable.Range(0, random.Next(16))
            .Select(i => new PeerListing(random.Next(20) == 0 ? null : ListingBuilder.Good() with
            {
                Asin = $"B0PEER{random.Next(30):D4}",
                Brand = Pick(["Makita", "Bosch", null]),
                Category = Pick(["Drills", "Saws", null]),
                Title = string.Join(" ", Enumerable.Range(0, random.Next(3, 12)).Select(_ => PeerWords[random.Next(PeerWords.Length)])),
                Bullets = [string.Join(" ", Enumerable.Range(0, random.Next(0, 20)).Select(_ => PeerWords[random.Next(PeerWords.Length)]))],
                Images = ListingBuilder.Images(random.Next(0, 10)),
                Rating = random.Next(30, 50) / 10m,
                ReviewCount = random.Next(0, 5000),
            }, random.Next(-2, 100)))
            .ToList();

    private string Title()
    {
        var main = Text(0, 30);
        while (main.Length > 150)
        {
            main = main[..main.LastIndexOf(' ')];
        }
        if (random.Next(3) != 0)
        {
            return main;
        }
        var target = random.Next(190, 260);
        var filler = new List<string>();
        for (var n = 0; (main + " " + string.Join(" ", filler)).Length < target; n++)
        {
            filler.Add(ListingBuilder.DistinctWord(n));
        }
        return main + " " + string.Join(" ", filler);
    }

    private string Text(int minWords, int maxWords) =>
        string.Join(" ", Enumerable.Range(0, random.Next(minWords, maxWords + 1)).Select(_ => Words[random.Next(Words.Length)]));

    private ListingImage? Image() =>
        random.Next(12) == 0 ? null : new ListingImage(random.Next(0, 3000), random.Next(0, 3000), Pick<bool?>([true, false, null]));

    private AmazonListingIssue? Issue() =>
        random.Next(10) == 0 ? null : new AmazonListingIssue(
            random.Next(100).ToString(), Pick(["Missing attribute", "Image not compliant", null]), Pick(["ERROR", "WARNING", "INFO", "error", null]),
            random.Next(2) == 0 ? null : [Pick(["LISTING_SUPPRESSED", "SEARCH_SUPPRESSED", "ATTRIBUTE_SUPPRESSED", null])]);

    private string? Maybe(string value) => random.Next(10) == 0 ? null : value;

    private T Pick<T>(T[] options) => options[random.Next(options.Length)];
}
