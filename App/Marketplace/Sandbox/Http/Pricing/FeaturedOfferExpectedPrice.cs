using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Marketplace.Sandbox.Simulation.Market;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>A featured offer expected price: the result status, the price and the offer to beat.</summary>
internal sealed record FoepResult(string Status, decimal? ListingPrice, MarketOffer? Competing, MarketOffer? Current);

/// <summary>
/// The price at or below which our offer is expected to win the buy box in the simulation's own model:
/// our score must reach the best competing eligible offer's (price counts 10 points per e-fold, so the
/// landed price we can afford is exp((our bonus - their score) / 10)), and stay under the competitive
/// price threshold. The model's small rotation noise is ignored, as Amazon's FOEP ignores promotions.
/// </summary>
internal static class FeaturedOfferExpectedPrice
{
    public static FoepResult Compute(OfferBook book)
    {
        var current = book.BuyBoxWinner;
        if (book.Offers.FirstOrDefault(o => o.IsOurs) is not { } ours) return new("OFFER_NOT_FOUND", null, null, current);
        if (ours.Stock <= 0 || !BuyBoxModel.IsEligible(Candidate(ours, landedPence: 1), long.MaxValue / 2))
        {
            return new("OFFER_NOT_ELIGIBLE", null, null, current);
        }
        var rivals = book.Offers.Where(o => !o.IsOurs && o.BuyBoxEligible).ToList();
        if (rivals.Count == 0) return new("NO_COMPETING_OFFER", null, null, current);
        var best = rivals.MaxBy(o => BuyBoxModel.Score(Candidate(o, Money.ToPence(o.LandedPrice)), 1))!;
        var theirScore = BuyBoxModel.Score(Candidate(best, Money.ToPence(best.LandedPrice)), 1);
        var ourBonus = BuyBoxModel.Score(Candidate(ours, landedPence: 1), 1);
        var landedPence = Math.Min(Math.Floor(Math.Exp((ourBonus - theirScore) / BuyBoxModel.PriceWeight)),
            (double)Money.ToPence(book.CompetitivePriceThreshold));
        var pricePence = (long)landedPence - Money.ToPence(ours.Shipping);
        return pricePence <= 0
            ? new("OFFER_NOT_ELIGIBLE", null, best, current)
            : new("VALID_FOEP", Money.FromPence(pricePence), best, current);
    }

    private static BuyBoxCandidate Candidate(MarketOffer o, long landedPence) =>
        new(landedPence, true, o.IsFba, o.IsAmazon, (double)o.FeedbackPercent, o.FeedbackCount, o.ShipMaxDays);
}
