using SellerConsole.Scoring;

namespace SellerConsole.Tests.Scoring;

/// <summary>Competitor listings for benchmark tests, ranked 1..n in the order given.</summary>
public static class PeerBuilder
{
    /// <summary>count peers like <see cref="ListingBuilder.Good"/>, each with its own ASIN and brand, then changed by vary.</summary>
    public static List<PeerListing> LikeGood(int count, Func<int, ListingContent, ListingContent>? vary = null) =>
        Enumerable.Range(1, count)
            .Select(i =>
            {
                var peer = ListingBuilder.Good() with
                {
                    Asin = $"B0PEER{i:D4}",
                    Sku = null,
                    Brand = $"Rival{(char)('a' + i)}",
                    Title = ListingBuilder.GoodTitle.Replace("Forgemaster", $"Rival{(char)('a' + i)}"),
                };
                return new PeerListing(vary is null ? peer : vary(i, peer), i);
            })
            .ToList();

    /// <summary>A peer whose title and bullets are exactly the given text.</summary>
    public static PeerListing Peer(string asin, int rank, string title, string category = "Drills", params string[] bullets) =>
        new(ListingBuilder.Good() with { Asin = asin, Brand = null, Category = category, Title = title, Bullets = bullets }, rank);
}
