using SellerConsole.Costing;
using SellerConsole.Pricing.Engine;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>
/// Seeded random inputs and strategies for the property tests: same seed, same case, so a failing
/// seed printed by a test replays. Covers every kind, fallback, filter and guard, including
/// hostile values (prices below our shipping, ceilings under floors, clocks that disagree).
/// </summary>
internal static class RandomPricing
{
    private static readonly ProfitModel[] Models =
    [
        ProfitModels.Simple(400, 270),
        ProfitModels.Simple(1_250, 385, new VatStatus.NotRegistered()),
        ProfitModels.Simple(90, 155, new VatStatus.FlatRate(0.12m), shippingCharge: 299),
    ];

    /// <summary>Enum values fetched once (Enum.GetValues allocates a new array each call).</summary>
    private static class All<T> where T : struct, Enum
    {
        public static readonly T[] Values = Enum.GetValues<T>();
    }

    public static T Pick<T>(this Random rng, params T[] items) => items[rng.Next(items.Length)];

    public static T? Maybe<T>(this Random rng, T value, int percent = 50) where T : struct => rng.Next(100) < percent ? value : null;

    public static RepricingInput Input(Random rng)
    {
        var price = rng.Next(100) < 3 ? rng.Next(-50, 50) : rng.Next(100, 6_000);
        var shipping = rng.Next(3) == 0 ? rng.Next(0, 500) : 0;
        var now = new DateTime(2025, 6, 2, 9, 0, 0, DateTimeKind.Utc).AddMinutes(rng.Next(0, 60 * 24 * 30));
        var offers = new List<PricingOffer>();
        var buyBox = rng.Pick(BuyBoxCondition.Held, BuyBoxCondition.Held, BuyBoxCondition.None, BuyBoxCondition.Suppressed);
        var count = rng.Next(0, 21);
        var winner = buyBox == BuyBoxCondition.Held ? rng.Next(-1, count + 1) : -2; // -1: ours
        offers.Add(new PricingOffer("OURS", null, true, winner == -1, false, 99, 100, 24, "GB", price, shipping));
        for (var i = 0; i < count; i++)
        {
            var amazon = rng.Next(15) == 0;
            var ship = rng.Next(3) == 0 ? rng.Next(0, 600) : 0;
            offers.Add(new PricingOffer(amazon ? PricingOffer.AmazonUkSellerId : $"S{i}", null, false, winner == i, amazon || rng.Next(3) == 0,
                rng.Next(5) == 0 ? null : rng.Next(70, 101), rng.Next(5) == 0 ? null : rng.Next(0, 10_000),
                rng.Next(4) == 0 ? null : rng.Pick(24, 48, 72, 120), rng.Pick<string?>("GB", "GB", "CN", "DE", null),
                Math.Max(1, price + shipping + rng.Next(-1_500, 1_500) - ship), ship));
        }
        var previous = offers.Where(o => !o.IsOurs && rng.Next(2) == 0)
            .Select(o => new SellerPrice(o.SellerId, Math.Max(1, o.LandedPence + rng.Next(-3, 4) * rng.Next(0, 600)))).ToList();
        return new RepricingInput("SKU", "B0RANDOM01", price, shipping, offers, now.AddMinutes(-rng.Next(-5, 240)), buyBox, now, now.AddHours(rng.Next(2)))
        {
            PreviousPrices = previous,
            LastUnsuppressedPricePence = rng.Maybe((long)rng.Next(100, 6_000), 70),
            Sales = new SalesVelocity(rng.Next(0, 5), rng.Next(0, 20), rng.Next(0, 40), rng.Next(0, 80)),
            Counters = new PricingCounters(rng.Maybe(now.AddMinutes(-rng.Next(0, 600)), 70), rng.Next(0, 30), rng.Maybe(now.AddHours(rng.Next(-48, 48)), 20)),
            GlobalChangesToday = rng.Next(0, 600),
            GlobalDailyBudget = rng.Maybe(rng.Next(0, 700), 40),
            Mode = rng.Pick(RepricingMode.Auto, RepricingMode.Auto, RepricingMode.Suggest, RepricingMode.Off),
            KillSwitch = rng.Next(20) == 0,
            Profit = rng.Next(3) == 0 ? rng.Pick(Models) : null,
            History = rng.Next(4) == 0 ? History(rng, price + shipping) : [],
            BuyBoxHigh90dLandedPence = rng.Maybe((long)rng.Next(500, 9_000)),
            ManualFloorPence = rng.Maybe((long)rng.Next(-10, 5_000), 75),
            ManualCeilingPence = rng.Maybe((long)rng.Next(100, 9_000), 30),
        };
    }

    public static RepricingStrategy Strategy(Random rng)
    {
        Positioning Position() => new(rng.Pick(All<PositionMode>.Values), rng.Next(0, 200) / (rng.Next(2) == 0 ? 1m : 10m));
        PriceAdjustment Adjustment() => new(rng.Pick(AdjustmentUnit.Pence, AdjustmentUnit.Percent), rng.Next(-100, 101) / (rng.Next(2) == 0 ? 1m : 4m));
        ScheduleWindow Window() => new(rng.Next(2) == 0 ? null : [rng.Pick(All<DayOfWeek>.Values)], rng.Maybe(rng.Next(0, 24)), rng.Maybe(rng.Next(0, 24)));
        return new RepricingStrategy("Random", rng.Pick(All<StrategyKind>.Values))
        {
            Position = Position(),
            Filter = new CompetitorFilter(rng.Pick(All<ChannelFilter>.Values), rng.Maybe((double)rng.Next(80, 100), 30), rng.Maybe(rng.Next(0, 500), 30),
                rng.Maybe(rng.Pick(24, 48, 72), 30), rng.Next(4) == 0),
            Amazon = rng.Pick(All<AmazonPolicy>.Values),
            AmazonPosition = rng.Next(3) == 0 ? Position() : null,
            Upward = new UpwardRepricing(rng.Next(2) == 0, rng.Pick(All<UpwardTarget>.Values), rng.Next(2) == 0 ? Adjustment() : null, rng.Next(2) == 0),
            Fallbacks = new ScenarioFallbacks(rng.Pick(All<NoCompetitionAction>.Values), rng.Maybe((long)rng.Next(1, 6_000)),
                rng.Pick(All<BelowFloorAction>.Values), rng.Pick(All<SuppressedAction>.Values)),
            VelocityRules = rng.Next(3) == 0
                ? [new VelocityRule(rng.Pick(1, 7, 14, 30), rng.Pick(VelocityComparison.Below, VelocityComparison.Above), rng.Next(0, 30), Adjustment(), rng.Next(0, 10))]
                : [],
            Schedules = rng.Next(4) == 0
                ? [new ScheduleRule("S", Window(), rng.Pick(All<ScheduleAction>.Values), rng.Maybe((long)rng.Next(-5, 6_000)), rng.Maybe((long)rng.Next(-5, 3_000)), rng.Maybe((long)rng.Next(100, 9_000)))]
                : [],
            Ending = rng.Pick(All<PriceEnding>.Values),
            Floor = new FloorRule(rng.Pick(All<FloorBasis>.Values), rng.Next(0, 60)),
            Ceiling = new CeilingRule(rng.Pick(All<CeilingBasis>.Values), rng.Next(80, 300) / 100m, rng.Maybe((long)rng.Next(100, 9_000))),
            Guards = Guards(rng),
            Optimal = new ProfitOptimalSettings(rng.Next(3, 20), rng.Next(2, 5), rng.Pick(All<ConfidenceLevel>.Values)),
        };
    }

    public static GuardSettings Guards(Random rng) => new(
        rng.Maybe((long)rng.Next(0, 500), 40), rng.Maybe(rng.Next(0, 30) / (rng.Next(2) == 0 ? 1m : 3m), 40),
        rng.Maybe((long)rng.Next(0, 500), 40), rng.Maybe(rng.Next(0, 30) / (rng.Next(2) == 0 ? 1m : 3m), 40),
        rng.Maybe(rng.Next(0, 240), 40), rng.Maybe(rng.Next(0, 30), 40), rng.Maybe(rng.Next(1, 240), 40), rng.Maybe((decimal)rng.Next(1, 80), 40));

    private static List<DemandObservation> History(Random rng, long landed)
    {
        var days = rng.Next(0, 60);
        var elasticity = -rng.Next(5, 40) / 10.0;
        return Enumerable.Range(0, days).Select(d =>
        {
            var ours = Math.Max(50, landed + rng.Next(-6, 7) * 50);
            var share = rng.Next(10) == 0 ? 0 : rng.Next(0, 101) / 100.0;
            var units = (int)Math.Round(share * 30 * Math.Pow(ours / 1000.0, elasticity) * rng.Next(50, 150) / 100.0);
            return new DemandObservation(new DateOnly(2025, 5, 1).AddDays(d), ours, rng.Next(5) == 0 ? null : Math.Max(1, ours + rng.Next(-200, 200)), share, units);
        }).ToList();
    }
}
