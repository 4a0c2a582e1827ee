using SellerConsole.Pricing.Engine;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>
/// The hard guards over 400,000 seeded random cases: no output ever violates a guard, a hold never
/// changes the price, the binding guard is the one that changed the price last, each step starts
/// where the previous ended. The checks restate each guard from its definition, not from the code.
/// </summary>
public sealed class GuardPropertyTests
{
    private const int Cases = 400_000;
    private static readonly DateTime Now = new(2025, 6, 2, 9, 0, 0, DateTimeKind.Utc);

    private static GuardInput RandomInput(Random rng)
    {
        var current = rng.Next(100) < 2 ? rng.Next(-100, 1) : rng.Next(1, 20_000);
        var candidate = rng.Next(10) == 0 ? current : current + rng.Next(-3_000, 3_001) * (rng.Next(4) == 0 ? 10 : 1);
        var floor = rng.Next(100) < 2 ? rng.Next(-50, 1) : rng.Next(1, Math.Max(2, current * 2));
        long? ceiling = rng.Next(3) == 0 ? null : floor + rng.Next(-200, 20_000);
        var previous = rng.Next(-10, 20_000);
        return new GuardInput(current, candidate, floor, ceiling, RandomPricing.Guards(rng),
            rng.Pick(RepricingMode.Auto, RepricingMode.Suggest, RepricingMode.Off, RepricingMode.Auto), rng.Next(15) == 0, Now, TimeSpan.FromHours(rng.Next(2)),
            rng.Next(4) == 0 ? null : Now.AddMinutes(-rng.Next(-10, 300)),
            rng.Next(3) == 0 ? null : new TargetMove("S", previous, Math.Max(1, previous + rng.Next(-5_000, 5_000))),
            new PricingCounters(rng.Maybe(Now.AddMinutes(-rng.Next(0, 500))), rng.Next(0, 40), rng.Maybe(Now.AddHours(rng.Next(-30, 30)), 20)),
            rng.Next(0, 1_000), rng.Maybe(rng.Next(0, 1_000), 30));
    }

    [Fact]
    public void No_guard_is_ever_violated_over_400_000_random_cases()
    {
        var rng = new Random(20_250_602);
        for (var i = 0; i < Cases; i++)
        {
            var input = RandomInput(rng);
            var result = PriceGuards.Apply(input);
            GuardInvariants.Check(input, result, $"case {i}");
        }
    }
}
