using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Marketplace.Sandbox.Simulation.Market;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>A featured offer expected price: the result status, the price and the offer to beat.</summary>
internal sealed record FoepResult(string Status, decimal? ListingPrice, MarketOffer? Competing, MarketOffer? Current);

/// <summary>
/// The price at or below which our offer is expected to win the buy box in the simulation's own model:
/// the cheapest eligible landed price wins, so we must undercut the cheapest eligible rival by a penny,
/// or may match it when we would win the tie on Prime, feedback and speed; never above the competitive
/// price threshold. The model's rotation noise among tied offers is ignored, as Amazon's FOEP ignores promotions.
/// </summary>
internal static class FeaturedOfferExpectedPrice
{
    public static FoepResult Compute(OfferBook book)
    {
        var current = book.BuyBoxWinner;
        if (book.Offers.FirstOrDefault(o => o.IsOurs) is not { } ours) return new("OFFER_NOT_FOUND", null, null, current);
        if (ours.Stock <= 0 || !BuyBoxModel.IsEligible(Candidate(ours), long.MaxValue / 2))
        {
            return new("OFFER_NOT_ELIGIBLE", null, null, current);
        }
        var rivals = book.Offers.Where(o => !o.IsOurs && o.BuyBoxEligible).ToList();
        if (rivals.Count == 0) return new("NO_COMPETING_OFFER", null, null, current);
        var lowest = rivals.Min(o => Money.ToPence(o.LandedPrice));
        var best = rivals.Where(o => Money.ToPence(o.LandedPrice) == lowest).MaxBy(o => BuyBoxModel.TieScore(Candidate(o)))!;
        var winsTies = BuyBoxModel.TieScore(Candidate(ours)) > BuyBoxModel.TieScore(Candidate(best));
        var landedPence = Math.Min(winsTies ? lowest : lowest - 1, (long)Math.Floor(book.CompetitivePriceThreshold * 100));
        var pricePence = landedPence - Money.ToPence(ours.Shipping);
        return pricePence <= 0
            ? new("OFFER_NOT_ELIGIBLE", null, best, current)
            : new("VALID_FOEP", Money.FromPence(pricePence), best, current);
    }

    private static BuyBoxCandidate Candidate(MarketOffer o) =>
        new(Math.Max(1, Money.ToPence(o.LandedPrice)), true, o.IsFba, o.IsAmazon, (double)o.FeedbackPercent, o.FeedbackCount, o.ShipMaxDays);
}
