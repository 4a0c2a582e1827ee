namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>How a simulated offer's price and stock move.</summary>
public enum OfferBehaviour
{
    /// <summary>Our own offer: moves only by our price and stock changes.</summary>
    Ours,
    /// <summary>Rarely changes price (a manual seller).</summary>
    Static,
    /// <summary>Matches the lowest other landed price, within its floor and ceiling.</summary>
    FollowLowest,
    /// <summary>Undercuts the lowest other landed price by 1p; resets to its ceiling now and then once stuck at its floor.</summary>
    UndercutBy1p,
    /// <summary>Static price, but runs out of stock often.</summary>
    OccasionalStockOuts,
    /// <summary>Amazon retail: prices near the reference, moves every few days, sometimes out of stock.</summary>
    AmazonRetail,
    /// <summary>A scenario's rival: re-prices to our landed price plus a set gap, a set delay after each of our
    /// price changes, within its floor and ceiling (a follower, or an undercutter in a price war).</summary>
    TracksOurPrice,
}
