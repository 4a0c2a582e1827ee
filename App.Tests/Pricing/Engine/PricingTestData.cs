using SellerConsole.Costing;
using SellerConsole.Pricing.Engine;
using SellerConsole.Tests.Costing;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>Offers for test snapshots. Landed prices are given; FBM offers ship free unless told.</summary>
internal static class Offer
{
    public static PricingOffer Fbm(string seller, long landed, double? feedback = 98, bool winner = false, long shipping = 0,
        int? count = 1_000, int? dispatchHours = 24, string? shipsFrom = "GB", string? name = null) =>
        new(seller, name, false, winner, false, feedback, count, dispatchHours, shipsFrom, landed - shipping, shipping);

    public static PricingOffer Fba(string seller, long landed, double? feedback = 99, bool winner = false) =>
        new(seller, null, false, winner, true, feedback, 5_000, null, null, landed, 0);

    public static PricingOffer Amazon(long landed, bool winner = false) =>
        new(PricingOffer.AmazonUkSellerId, "Amazon", false, winner, true, null, null, null, null, landed, 0);

    public static PricingOffer Ours(long price, long shipping = 0, bool winner = false) =>
        new("OURSELLER", "Us", true, winner, false, 99.5, 800, 24, "GB", price, shipping);
}

/// <summary>Inputs on a fixed Monday morning (2 Jun 2025 09:00 UTC, 10:00 in the UK), never "now".</summary>
internal static class Inputs
{
    public static readonly DateTime Now = new(2025, 6, 2, 9, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime NowUk = new(2025, 6, 2, 10, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Our offer at <paramref name="price"/> (free shipping) plus the competitors; manual floor £5.00; offers 2 minutes old.</summary>
    public static RepricingInput With(long price, params PricingOffer[] competitors) => Shipping(price, 0, competitors);

    public static RepricingInput Shipping(long price, long shipping, params PricingOffer[] competitors)
    {
        var buyBox = competitors.Any(o => o.IsBuyBoxWinner) ? BuyBoxCondition.Held : BuyBoxCondition.None;
        return new RepricingInput("SKU-1", "B0TEST0001", price, shipping, [Offer.Ours(price, shipping), .. competitors],
            Now.AddMinutes(-2), buyBox, Now, NowUk) { ManualFloorPence = 500 };
    }

    /// <summary>We hold the buy box at <paramref name="price"/> against the competitors.</summary>
    public static RepricingInput Winning(long price, params PricingOffer[] competitors) =>
        new RepricingInput("SKU-1", "B0TEST0001", price, 0, [Offer.Ours(price, winner: true), .. competitors],
            Now.AddMinutes(-2), BuyBoxCondition.Held, Now, NowUk) { ManualFloorPence = 500 };
}

/// <summary>Strategies with every guard off unless a test sets one, so each test sees only what it is about.</summary>
internal static class Strategies
{
    public static RepricingStrategy Of(StrategyKind kind, Positioning? position = null) =>
        new("Test", kind) { Position = position ?? Positioning.BeatBy1p, Guards = GuardSettings.None };

    public static RepricingStrategy Featured(Positioning? position = null) => Of(StrategyKind.FeaturedOffer, position);

    public static Positioning Beat(long pence) => new(PositionMode.BeatByPence, pence);

    public static Positioning BeatPercent(decimal percent) => new(PositionMode.BeatByPercent, percent);

    public static Positioning Above(long pence) => new(PositionMode.AboveByPence, pence);

    public static Positioning AbovePercent(decimal percent) => new(PositionMode.AboveByPercent, percent);
}

/// <summary>Profit models from Costing: one part at a given price (no VAT on it) and postage, sold on 1 Jun 2025.</summary>
internal static class ProfitModels
{
    /// <summary>A unit costing <paramref name="partPence"/> plus <paramref name="postagePence"/> postage; seeded DIY &amp; Tools fees.</summary>
    public static ProfitModel Simple(long partPence, long postagePence, VatStatus? vat = null, long shippingCharge = 0)
    {
        var calculator = new CatalogueBuilder()
            .Component("PART", partPence / 100m, 1m, 0m)
            .Postage(Services.Tracked48, PostageFormat.LargeLetter, 750, postagePence / 100m)
            .Calculator();
        var sku = new SkuBuilder("SKU-1").Part("PART", 1).Build();
        var sale = new SaleBuilder().Vat(vat ?? new VatStatus.StandardRegistered()).Shipping(shippingCharge / 100m).Build();
        return new ProfitModel(calculator.LandedCost(sku, sale.AsOf, sale.Vat), sale);
    }
}
