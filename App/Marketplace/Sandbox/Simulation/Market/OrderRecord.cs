using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// One of our orders, compactly. Its whole lifecycle (Pending -> Unshipped -> Shipped, or
/// Canceled) is fixed when it is placed, so its status at any time is a pure function of the time.
/// Times are seconds since the history start. A 5,000-listing Sandbox holds about two million of
/// these, so they are stored in 32 bytes (int times, later times as offsets) instead of the 56 a
/// plain record of longs takes; the properties keep their wide types.
/// </summary>
internal readonly struct OrderRecord
{
    private readonly int _purchasedAt;
    private readonly int _unshippedAfter;
    private readonly int _closedAfter;
    private readonly short _quantity;
    private readonly short _postcodeArea;

    public OrderRecord(int sequence, long purchasedAt, int quantity, int unitPricePence, int shippingPence,
        short postcodeArea, long unshippedAt, long closedAt, bool canceled)
    {
        Sequence = sequence;
        _purchasedAt = checked((int)purchasedAt);
        _unshippedAfter = checked((int)(unshippedAt - purchasedAt));
        _closedAfter = checked((int)(closedAt - purchasedAt));
        _quantity = checked((short)quantity);
        UnitPricePence = unitPricePence;
        ShippingPence = shippingPence;
        _postcodeArea = postcodeArea;
        Canceled = canceled;
    }

    public int Sequence { get; }

    public long PurchasedAt => _purchasedAt;

    public int Quantity => _quantity;

    public int UnitPricePence { get; }

    public int ShippingPence { get; }

    public short PostcodeArea => _postcodeArea;

    public long UnshippedAt => (long)_purchasedAt + _unshippedAfter;

    public long ClosedAt => (long)_purchasedAt + _closedAfter;

    public bool Canceled { get; }

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
