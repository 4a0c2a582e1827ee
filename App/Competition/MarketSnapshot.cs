using SellerConsole.Catalog;

namespace SellerConsole.Competition;

/// <summary>One offer as change detection sees it. Landed = price + shipping, in pence.</summary>
public sealed record OfferView(string SellerId, long LandedPence, bool IsFba, bool IsOurs, bool IsBuyBoxWinner)
{
    /// <summary>Amazon's own seller id on amazon.co.uk.</summary>
    public const string AmazonSellerId = "A3P5ROKL5A1OLE";

    public bool IsAmazon => SellerId == AmazonSellerId;
}

/// <summary>What we knew about one ASIN's market at <see cref="ObservedUtc"/>. Null offers = not observed.</summary>
public sealed record MarketSnapshot(
    string Asin,
    string? Sku,
    DateTime ObservedUtc,
    IReadOnlyList<OfferView>? Offers,
    bool? BuyBoxOurs,
    string? BuyBoxSellerId,
    long? BuyBoxPence,
    long? OurPricePence,
    int? SalesRank,
    int? OfferCount,
    long? LowestFbmPence,
    long? LowestFbaPence)
{
    /// <summary>The listing as the offers sync left it; null when it has never been observed.</summary>
    public static MarketSnapshot? Of(Listing listing)
    {
        if (listing.OffersSyncedUtc is not { } observed)
        {
            return null;
        }
        var offers = listing.Offers.Select(o => new OfferView(o.SellerId, o.LandedPence, o.IsFba, o.IsOurs, o.IsBuyBoxWinner)).ToList();
        return new MarketSnapshot(listing.Asin, listing.Sku, observed, offers, listing.BuyBoxIsOurs, listing.BuyBoxSellerId, listing.BuyBoxPricePence,
            offers.FirstOrDefault(o => o.IsOurs)?.LandedPence ?? listing.PricePence, listing.SalesRank, listing.OfferCount,
            listing.LowestFbmLandedPence, listing.LowestFbaLandedPence);
    }

    public IEnumerable<OfferView> Competitors => (Offers ?? []).Where(o => !o.IsOurs);
}

/// <summary>The thresholds <see cref="ChangeDetector"/> applies (from <see cref="CompetitionSettings"/>).</summary>
public sealed record ChangeThresholds(long UndercutMinPence, int RankJumpPercent, int RankJumpMaxRank)
{
    public static readonly ChangeThresholds Default = From(new CompetitionSettings());

    public static ChangeThresholds From(CompetitionSettings s) => new(s.UndercutMinPence, s.RankJumpPercent, s.RankJumpMaxRank);
}

/// <summary>One detected change with its evidence; <see cref="DedupKey"/> names this very transition.</summary>
public sealed record DetectedChange(
    ChangeKind Kind,
    string Asin,
    string? Sku,
    string? SellerId,
    DateTime DetectedUtc,
    string Title,
    IReadOnlyDictionary<string, string> Evidence,
    string DedupKey);
