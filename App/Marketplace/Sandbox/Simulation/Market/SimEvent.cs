namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// Event kinds in their order of processing when several fall on the same second. The order is
/// fixed so that results never depend on when an event was queued (eagerly or lazily).
/// </summary>
internal enum EventKind
{
    DayStart,
    OurPriceChange,
    OurStockSet,
    ScenarioStart,
    ScenarioEnd,
    Departure,
    Arrival,
    PriceTweak,
    RivalMove,
    AmazonMove,
    OwnerDrift,
    Oscillation,
    StockOutStart,
    SlotStockOut,
    Restock,
    OurRestock,
    Reaction,
    TrackOurPrice,
    Periodic,
    Candidate,
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
