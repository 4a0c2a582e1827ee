namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// Event kinds in their order of processing when several fall on the same second. The order is
/// fixed so that results never depend on when an event was queued (eagerly or lazily).
/// </summary>
internal enum EventKind
{
    DayStart = 0,
    OurPriceChange = 1,
    OurStockSet = 2,
    Departure = 3,
    Arrival = 4,
    PriceTweak = 5,
    AmazonMove = 6,
    OwnerDrift = 7,
    Oscillation = 8,
    StockOutStart = 9,
    Restock = 10,
    OurRestock = 11,
    Reaction = 12,
    Periodic = 13,
    Candidate = 14,
}

/// <param name="Entity">The offer serial, candidate number or block number the event is about.</param>
/// <param name="Arg">Event data: a price in pence, a quantity, a duration or a day number.</param>
internal readonly record struct SimEvent(long Time, EventKind Kind, int Entity, long Arg);

/// <summary>Total order: time, kind, entity, then queue order (only ever needed between events of one origin).</summary>
internal readonly record struct EventKey(long Time, EventKind Kind, int Entity, long Sequence) : IComparable<EventKey>
{
    public int CompareTo(EventKey other)
    {
        var c = Time.CompareTo(other.Time);
        if (c != 0) return c;
        c = Kind.CompareTo(other.Kind);
        if (c != 0) return c;
        c = Entity.CompareTo(other.Entity);
        return c != 0 ? c : Sequence.CompareTo(other.Sequence);
    }
}
