namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>One offer on one ASIN (mutable, owned by its <see cref="AsinSimulator"/>). Money in pence.</summary>
internal sealed class OfferState(int serial, SellerProfile seller, bool isFba, OfferBehaviour behaviour)
{
    public int Serial { get; } = serial;
    public SellerProfile Seller { get; } = seller;
    public bool IsFba { get; } = isFba;
    public OfferBehaviour Behaviour { get; } = behaviour;
    public bool IsOurs => Behaviour == OfferBehaviour.Ours;
    public bool IsAmazon => Seller.IsAmazon;

    public int Price { get; set; }
    public int Shipping { get; set; }
    public int Stock { get; set; }
    public int Floor { get; init; }
    public int Ceiling { get; init; }
    public int ReactDelayTicks { get; init; } = 1;
    public int RestockLevel { get; init; }
    public int ShipMinDays { get; init; }
    public int ShipMaxDays { get; init; }

    public bool Active { get; set; } = true;
    /// <summary>When it last listed (a returning seller lists again on the same offer).</summary>
    public long ArrivedAt { get; set; }
    public long DepartAt { get; init; } = long.MaxValue;
    public long LeftAt { get; set; } = -1;
    public long NextReaction { get; set; } = -1;
    public bool RestockPending { get; set; }

    /// <summary>A scenario's offer: it moves only as the scenario says (no random price moves, stock-outs or departures).</summary>
    public bool Scripted { get; init; }

    /// <summary>For <see cref="OfferBehaviour.TracksOurPrice"/>: the landed-price gap to ours it keeps (pence; negative = below us).</summary>
    public int TrackOffset { get; init; }

    /// <summary>Price and shipping changes, encoded by <see cref="Encode"/>; <see cref="ChangePointSeries.Absent"/> once gone.</summary>
    public ChangePointSeries History { get; } = new();

    public int Landed => Price + Shipping;

    public bool InStock => Active && Stock > 0;

    public bool IsReactive => Behaviour is OfferBehaviour.FollowLowest or OfferBehaviour.UndercutBy1p;

    /// <summary>Price (under 2^20 pence, about £10,485) and shipping (under 2^11 pence) in one int. The price sits in
    /// the low bits, so a price move is a small delta in the varint-encoded history (shipping rarely changes).</summary>
    public static int Encode(int price, int shipping) => (Math.Min(shipping, 2047) << 20) | price;

    public static (int Price, int Shipping) Decode(int value) => (value & 0xFFFFF, value >> 20);

    public void RecordPrice(long time) => History.Record(time, Active ? Encode(Price, Shipping) : ChangePointSeries.Absent);

    public BuyBoxCandidate ToCandidate() =>
        new(Landed, InStock, IsFba, IsAmazon, Seller.FeedbackPercent, Seller.FeedbackCount, ShipMaxDays);
}
