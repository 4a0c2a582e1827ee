using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Engine.Backtest;

namespace SellerConsole.Pricing.Backtests;

/// <summary>
/// The demand model when our own history cannot be fitted (our price never moved, or too few buy-box days): the
/// buy box goes to the cheapest landed offer (shared on a tie, none while suppressed) and, while we hold it, we sell
/// at the rate we actually sold per buy-box day. It shows what a strategy does to the buy box, not how price moves
/// demand.
/// </summary>
public sealed class ObservedRateDemand(double unitsPerBuyBoxDay) : IDemandResponse
{
    public double UnitsPerBuyBoxDay { get; } = unitsPerBuyBoxDay;

    public static ObservedRateDemand From(IReadOnlyList<DemandObservation> history)
    {
        var buyBoxDays = history.Sum(d => d.BuyBoxShare);
        return new ObservedRateDemand(buyBoxDays > 0 ? history.Sum(d => d.Units) / buyBoxDays : 0);
    }

    public DemandOutcome Respond(long ourLandedPence, IReadOnlyList<PricingOffer> competitors, BuyBoxCondition buyBox)
    {
        if (buyBox == BuyBoxCondition.Suppressed)
        {
            return new DemandOutcome(0, 0);
        }
        var lowest = DemandInputs.LowestRivalLanded(competitors);
        var share = lowest is not { } t || ourLandedPence < t ? 1.0 : ourLandedPence == t ? 0.5 : 0.0;
        return new DemandOutcome(share, share * UnitsPerBuyBoxDay);
    }
}
