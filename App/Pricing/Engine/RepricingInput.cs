using SellerConsole.Costing;

namespace SellerConsole.Pricing.Engine;

/// <summary>
/// Everything one repricing decision may look at, as values. Prices are whole pence. "Item" prices
/// are our listing price (what Amazon's min/max and the patch use); competitor prices are landed
/// (item + shipping); our landed price is <see cref="PricePence"/> + <see cref="ShippingPence"/>.
/// </summary>
/// <param name="PricePence">Our current item price.</param>
/// <param name="ShippingPence">What our buyer pays for shipping (0 for free delivery); fixed per SKU.</param>
/// <param name="Offers">The offer snapshot, ours included (flagged <see cref="PricingOffer.IsOurs"/>).</param>
/// <param name="OffersObservedUtc">When the snapshot was taken (the stale-data guard measures from it).</param>
/// <param name="NowUtc">The decision time (from the caller's TimeProvider).</param>
/// <param name="NowUk">The same instant in UK local time (schedules use it).</param>
public sealed record RepricingInput(
    string Sku,
    string Asin,
    long PricePence,
    long ShippingPence,
    IReadOnlyList<PricingOffer> Offers,
    DateTime OffersObservedUtc,
    BuyBoxCondition BuyBox,
    DateTime NowUtc,
    DateTime NowUk)
{
    /// <summary>Competitors' landed prices in the previous snapshot (the anomaly guard compares against them).</summary>
    public IReadOnlyList<SellerPrice> PreviousPrices { get; init; } = [];

    /// <summary>Our last item price at which the buy box was not suppressed.</summary>
    public long? LastUnsuppressedPricePence { get; init; }

    /// <summary>Our own units sold over the last 1/7/14/30 days.</summary>
    public SalesVelocity Sales { get; init; } = SalesVelocity.None;

    /// <summary>This SKU's change history counters.</summary>
    public PricingCounters Counters { get; init; } = PricingCounters.None;

    /// <summary>Price changes sent today across the catalogue (UK day).</summary>
    public int GlobalChangesToday { get; init; }

    /// <summary>The most changes the catalogue may send in a UK day; null = no budget.</summary>
    public int? GlobalDailyBudget { get; init; }

    /// <summary>The effective mode for this SKU (the stricter of the global and the SKU's).</summary>
    public RepricingMode Mode { get; init; } = RepricingMode.Auto;

    /// <summary>The global kill switch: when on, nothing is repriced.</summary>
    public bool KillSwitch { get; init; }

    /// <summary>Our costs and sale terms; needed for cost-based floors and the profit-optimal strategy.</summary>
    public ProfitModel? Profit { get; init; }

    /// <summary>Our observed daily price/sales history (profit-optimal strategy; oldest first or any order).</summary>
    public IReadOnlyList<DemandObservation> History { get; init; } = [];

    /// <summary>The highest landed buy-box price of the last 90 days (Keepa), for a ceiling rule.</summary>
    public long? BuyBoxHigh90dLandedPence { get; init; }

    /// <summary>
    /// The SKU's floor as <see cref="FloorCalculator.Floor"/> gave it for this strategy's floor rule, its
    /// costs and its manual floor, when the caller stores floors (recomputed whenever costs, fees, VAT,
    /// the manual floor or the rule change). Null: the engine solves it from <see cref="Profit"/> each
    /// time, which costs more than the rest of a decision.
    /// </summary>
    public PriceLimit? KnownFloor { get; init; }

    /// <summary>A per-SKU manual floor (item price); overrides the strategy's floor rule.</summary>
    public long? ManualFloorPence { get; init; }

    /// <summary>A per-SKU manual ceiling (item price); overrides the strategy's ceiling rule.</summary>
    public long? ManualCeilingPence { get; init; }

    public long LandedPence => PricePence + ShippingPence;
}

/// <summary>
/// One offer in the snapshot. Landed = listing + shipping. Feedback, dispatch and ships-from are null
/// when Amazon did not report them.
/// </summary>
/// <param name="MaxDispatchHours">The longest handling time the offer states (ShippingTime.maximumHours).</param>
/// <param name="ShipsFrom">ISO country code ("GB"); null when not reported.</param>
public sealed record PricingOffer(
    string SellerId,
    string? SellerName,
    bool IsOurs,
    bool IsBuyBoxWinner,
    bool IsFba,
    double? FeedbackPercent,
    int? FeedbackCount,
    int? MaxDispatchHours,
    string? ShipsFrom,
    long ListingPence,
    long ShippingPence)
{
    /// <summary>Amazon's own seller id on amazon.co.uk.</summary>
    public const string AmazonUkSellerId = "A3P5ROKL5A1OLE";

    public long LandedPence => ListingPence + ShippingPence;

    public bool IsAmazon => SellerId == AmazonUkSellerId;
}

/// <summary>A seller's landed price at some earlier observation.</summary>
public sealed record SellerPrice(string SellerId, long LandedPence);

/// <summary>Our units sold over the last 1, 7, 14 and 30 days.</summary>
public sealed record SalesVelocity(int Units1d, int Units7d, int Units14d, int Units30d)
{
    public static SalesVelocity None { get; } = new(0, 0, 0, 0);

    /// <summary>Units over a window of 1, 7, 14 or 30 days.</summary>
    public int Over(int days) => days switch
    {
        1 => Units1d,
        7 => Units7d,
        14 => Units14d,
        30 => Units30d,
        _ => throw new ArgumentOutOfRangeException(nameof(days), days, "Sales windows are 1, 7, 14 or 30 days."),
    };
}

/// <summary>This SKU's repricing history: last change, changes today (UK day), and a sales-rule lock.</summary>
public sealed record PricingCounters(DateTime? LastChangeUtc, int ChangesToday, DateTime? LockedUntilUtc)
{
    public static PricingCounters None { get; } = new(null, 0, null);
}

/// <summary>What a unit costs us (Costing's landed cost) and the sale terms (fees, VAT, shipping charged).</summary>
public sealed record ProfitModel(LandedCost Landed, SaleContext Sale);

/// <summary>
/// One day of our own history: our landed price, the lowest competitor landed price (null: none),
/// the share of the day we held the buy box (0..1) and units sold.
/// </summary>
public sealed record DemandObservation(DateOnly Day, long OurLandedPence, long? CompetitorLandedPence, double BuyBoxShare, int Units);
