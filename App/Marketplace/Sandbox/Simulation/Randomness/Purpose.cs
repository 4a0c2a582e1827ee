namespace SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

/// <summary>
/// The "why" part of every keyed draw. Distinct purposes keep draws for different decisions about
/// the same entity and time independent. Values are fixed forever: changing one changes every world.
/// </summary>
internal enum Purpose : ulong
{
    Catalogue = 1,
    Asin = 2,
    Ean = 3,
    SellerId = 4,
    OrderId = 5,
    OrderItemId = 6,
    Market = 7,
    Offer = 8,
    SellerPool = 9,
    Peers = 10,
    ImageUrl = 11,
    DayCandidates = 20,
    CandidateTime = 21,
    CandidateAccept = 22,
    CandidateSeller = 23,
    CandidateQuantity = 24,
    Review = 25,
    OrderLifecycle = 26,
    Postcode = 27,
    PriceTweak = 30,
    StockOut = 31,
    Arrival = 32,
    AmazonMove = 33,
    OwnerDrift = 34,
    Oscillation = 35,
    Restock = 36,
    BuyBoxRotation = 37,
    RankNoise = 38,
    NewOffer = 39,
    OurRestock = 40,
    ArrivalSlot = 41,
    StockOutSlot = 42,
    RivalMove = 43,
    RotationPhase = 44,
    ScenarioSeller = 45,
}
