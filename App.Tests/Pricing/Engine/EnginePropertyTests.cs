using SellerConsole.Pricing.Engine;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>
/// The whole engine over 50,000 seeded random inputs and strategies: it never throws, and whatever
/// the strategy wants, the decision keeps every guard, explains itself and keeps the price on a hold.
/// </summary>
public sealed class EnginePropertyTests
{
    private const int Cases = 50_000;

    [Fact]
    public void No_decision_ever_breaks_a_guard_or_moves_the_price_without_a_change()
    {
        var rng = new Random(20_250_603);
        for (var i = 0; i < Cases; i++)
        {
            var input = RandomPricing.Input(rng);
            var strategy = RandomPricing.Strategy(rng);
            var label = $"case {i}";

            var d = RepricingEngine.Decide(input, strategy);

            if (d.CurrentPricePence != input.PricePence || string.IsNullOrWhiteSpace(d.Sentence) || d.Trail.Count < 2 || d.Sentence.Contains('{'))
            {
                Assert.Fail($"{label}: malformed decision: {d.Sentence}");
            }
            if (d.Outcome != DecisionOutcome.Change && (d.FinalPricePence != input.PricePence || d.LockUntilUtc is not null))
            {
                Assert.Fail($"{label}: {d.Outcome} moved the price or set a lock: {d.Sentence}");
            }
            if (d.Outcome == DecisionOutcome.Refused)
            {
                if (!(d.Inputs.FloorPence is null || d.Inputs.CeilingPence < d.Inputs.FloorPence))
                {
                    Assert.Fail($"{label}: refused with a usable band: {d.Sentence}");
                }
                continue;
            }
            if (d.Inputs.FloorPence is not >= 1 || d.Inputs.CeilingPence < d.Inputs.FloorPence)
            {
                Assert.Fail($"{label}: decided without a valid floor");
            }
            if (d.StrategyPricePence is not { } candidate)
            {
                if (d.Outcome != DecisionOutcome.Hold || d.Guards.Any(g => g.Effect != GuardEffect.Skipped))
                {
                    Assert.Fail($"{label}: a strategy hold ran the guards");
                }
                continue;
            }

            // Rebuild what the guards saw from the decision and the inputs, and check the guard promises.
            var fromOffers = d.Guards[(int)GuardKind.StaleData].Effect != GuardEffect.NotApplicable || strategy.Guards.StaleAfterMinutes is null;
            var guardInput = new GuardInput(input.PricePence, candidate, d.Inputs.FloorPence!.Value, d.Inputs.CeilingPence, strategy.Guards, input.Mode, input.KillSwitch,
                input.NowUtc, input.NowUk - input.NowUtc, fromOffers ? input.OffersObservedUtc : null, null, input.Counters, input.GlobalChangesToday, input.GlobalDailyBudget);
            var result = new GuardResult(d.Outcome, d.Reason, d.FinalPricePence, d.Guards, d.BindingGuard);
            GuardInvariants.Check(guardInput, result, label);

            if (d.IsChange && strategy.Guards.StaleAfterMinutes is { } stale && d.Inputs.OfferAgeMinutes > stale
                && d.Strategy.Source is not (PriceSource.Schedule or PriceSource.SalesRule or PriceSource.Suppressed or PriceSource.Unchanged))
            {
                Assert.Fail($"{label}: a {d.Strategy.Source} price from {d.Inputs.OfferAgeMinutes}-minute-old offers went out");
            }
            if (d.LockUntilUtc is not null && (d.Strategy.Source != PriceSource.SalesRule || d.LockUntilUtc <= input.NowUtc))
            {
                Assert.Fail($"{label}: a lock from a {d.Strategy.Source} price");
            }
        }
    }

    [Fact]
    public void The_same_input_always_gives_the_same_decision()
    {
        var rng = new Random(7);
        for (var i = 0; i < 1_000; i++)
        {
            var input = RandomPricing.Input(rng);
            var strategy = RandomPricing.Strategy(rng);

            var first = PricingJson.Write(RepricingEngine.Decide(input, strategy));
            var second = PricingJson.Write(RepricingEngine.Decide(input, strategy));

            Assert.Equal(first, second);
        }
    }
}
