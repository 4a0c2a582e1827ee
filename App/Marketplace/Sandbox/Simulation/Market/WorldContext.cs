using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>What every ASIN simulator shares: read-only after creation. <paramref name="Listings"/> sizes the
/// catalogue-wide event streams (one new seller an hour per 150 listings, and so on).</summary>
internal sealed record WorldContext(int Seed, SimTimeline Time, SellerPool Sellers, Identifiers Ids, int Listings);

/// <summary>The per-ASIN change-point histories (values in pence, ranks, counts; rating x10).</summary>
internal sealed class AsinSeries
{
    public ChangePointSeries OurPrice { get; } = new();
    public ChangePointSeries BuyBoxLanded { get; } = new();
    /// <summary>Offer serial of the winner, or Absent.</summary>
    public ChangePointSeries BuyBoxWinner { get; } = new();
    public ChangePointSeries LowestFbmLanded { get; } = new();
    public ChangePointSeries LowestFbaLanded { get; } = new();
    public ChangePointSeries AmazonPrice { get; } = new();
    public ChangePointSeries SalesRank { get; } = new();
    public ChangePointSeries NewOfferCount { get; } = new();
    public ChangePointSeries RatingTimesTen { get; } = new();
    public ChangePointSeries ReviewCount { get; } = new();

    public IEnumerable<(string Name, ChangePointSeries Series)> All()
    {
        yield return (nameof(OurPrice), OurPrice);
        yield return (nameof(BuyBoxLanded), BuyBoxLanded);
        yield return (nameof(BuyBoxWinner), BuyBoxWinner);
        yield return (nameof(LowestFbmLanded), LowestFbmLanded);
        yield return (nameof(LowestFbaLanded), LowestFbaLanded);
        yield return (nameof(AmazonPrice), AmazonPrice);
        yield return (nameof(SalesRank), SalesRank);
        yield return (nameof(NewOfferCount), NewOfferCount);
        yield return (nameof(RatingTimesTen), RatingTimesTen);
        yield return (nameof(ReviewCount), ReviewCount);
    }
}
