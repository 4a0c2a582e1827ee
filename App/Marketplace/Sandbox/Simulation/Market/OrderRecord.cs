using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// One of our orders, compactly. Its whole lifecycle (Pending -> Unshipped -> Shipped, or
/// Canceled) is fixed when it is placed, so its status at any time is a pure function of the time.
/// Times are seconds since the history start.
/// </summary>
internal readonly record struct OrderRecord(
    int Sequence,
    long PurchasedAt,
    int Quantity,
    int UnitPricePence,
    int ShippingPence,
    short PostcodeArea,
    long UnshippedAt,
    long ClosedAt,
    bool Canceled)
{
    public const double CancelRate = 0.025;

    public static OrderRecord Create(int seed, int listingIndex, int sequence, long purchasedAt, int quantity, int unitPrice, int shipping)
    {
        var h = SimHash.Of((ulong)seed, (ulong)Purpose.OrderLifecycle, (ulong)listingIndex, (ulong)sequence);
        var unshipped = purchasedAt + 120 + (long)(SimHash.Unit(h) * 2280);
        var canceled = SimHash.Unit2(h) < CancelRate;
        var h2 = SimHash.Mix(h);
        long closed;
        if (!canceled) closed = purchasedAt + 18 * 3600 + (long)(SimHash.Unit(h2) * 26 * 3600);
        else if (SimHash.Unit(h2) < 0.4)
        {
            // Cancelled before payment cleared: straight from Pending to Canceled.
            closed = purchasedAt + 60 + (long)(SimHash.Unit(SimHash.Mix(h2)) * (unshipped - purchasedAt - 60));
            unshipped = closed;
        }
        else
        {
            closed = unshipped + 3600 + (long)(SimHash.Unit(SimHash.Mix(h2)) * 19 * 3600);
        }
        var postcode = (short)PostcodeAreas.Pick(SimHash.Unit2(h2));
        return new OrderRecord(sequence, purchasedAt, quantity, unitPrice, shipping, postcode, unshipped, closed, canceled);
    }

    public OrderStatus StatusAt(long now) =>
        ClosedAt <= now ? (Canceled ? OrderStatus.Canceled : OrderStatus.Shipped)
        : UnshippedAt <= now ? OrderStatus.Unshipped
        : OrderStatus.Pending;

    public long LastUpdatedAt(long now) =>
        ClosedAt <= now ? ClosedAt : UnshippedAt <= now ? UnshippedAt : PurchasedAt;

    /// <summary>Latest promised dispatch: two days after purchase.</summary>
    public long LatestShipAt => PurchasedAt + 2 * SimTimeline.SecondsPerDay;
}
