using SellerConsole.Pricing.Engine;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Pricing.Engine;

/// <summary>The sentence, the trail, money in en-GB format, and decisions and strategies as stored JSON.</summary>
public sealed class ExplanationTests
{
    private static RepricingDecision Example() => RepricingEngine.Decide(
        Inputs.With(1327, Offer.Fbm("RIVAL", 1249, feedback: 98, winner: true), Offer.Fba("FBA", 1400)) with { ManualFloorPence = 987 },
        Strategies.Featured() with { Guards = new GuardSettings(MaxStepDownPercent: 5m, CooldownMinutes: 15) });

    [Fact]
    public void The_issue_s_example_reads_as_one_sentence_with_the_binding_guard_and_the_floor()
    {
        Assert.Equal("Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48; max step 5% held it at £12.61; floor £9.87 not reached", Example().Sentence);
    }

    [Fact]
    public void The_trail_lists_inputs_strategy_every_guard_in_order_and_the_result()
    {
        var trail = Example().Trail;

        Assert.Equal(13, trail.Count);
        Assert.Equal("Inputs: offers 2 min old; buy box won by a rival at £12.49; 2 competing offers, 2 considered; floor £9.87 (manual); ceiling none (none set); sold 0/0/0/0 in 1/7/14/30 days", trail[0]);
        Assert.Equal("Strategy 'Test': Beat the featured offer £12.49 (FBM, 98%) by 1p -> £12.48", trail[1]);
        Assert.Equal(
        [
            "Kill switch: passed",
            "Stale data: not set",
            "Anomaly: not set",
            "Sales lock: not set",
            "Cooldown: passed",
            "SKU daily limit: not set",
            "Global budget: not set",
            "Max step: max step 5% held it at £12.61 (£12.48 -> £12.61) (binding)",
            "Floor: passed (£9.87 not reached)",
            "Ceiling: not set",
        ], trail.Skip(2).Take(10));
        Assert.Equal("Result: change £13.27 -> £12.61", trail[12]);
    }

    [Fact]
    public void Money_is_written_in_en_GB_pounds_exactly_as_the_app_formats_it_elsewhere()
    {
        var rng = new Random(11);
        long[] edges = [0, 1, -1, 99, 100, 999_999, 100_000_000, -123_456_789, long.MaxValue / 1000];
        foreach (var pence in edges.Concat(Enumerable.Range(0, 5_000).Select(_ => rng.NextInt64(-10_000_000_000, 10_000_000_000))))
        {
            Assert.Equal(Money.FormatPence(pence), new Gbp(pence).ToString());
            Assert.Equal(Money.FormatPence(pence), $"{new Gbp(pence)}");
        }
    }

    [Fact]
    public void A_decision_round_trips_through_its_stored_JSON()
    {
        var rng = new Random(5);
        for (var i = 0; i < 500; i++)
        {
            var decision = RepricingEngine.Decide(RandomPricing.Input(rng), RandomPricing.Strategy(rng));

            var json = PricingJson.Write(decision);
            var back = PricingJson.Read<RepricingDecision>(json);

            Assert.Equal(json, PricingJson.Write(back));
        }
        Assert.Contains("\"outcome\":\"Change\"", PricingJson.Write(Example()));
    }

    [Fact]
    public void A_strategy_round_trips_and_an_old_one_missing_new_settings_reads_with_the_defaults()
    {
        var rng = new Random(6);
        for (var i = 0; i < 500; i++)
        {
            var strategy = RandomPricing.Strategy(rng);
            var json = PricingJson.Write(strategy);
            Assert.Equal(json, PricingJson.Write(PricingJson.Read<RepricingStrategy>(json)));
        }

        var old = PricingJson.Read<RepricingStrategy>("""{"name":"Old","kind":"LowestFbm"}""");

        Assert.Equal(StrategyKind.LowestFbm, old.Kind);
        Assert.Equal(GuardSettings.Default, old.Guards);
        Assert.Equal(Positioning.BeatBy1p, old.Position);
        Assert.Equal(FloorRule.BreakEven, old.Floor);
        Assert.Empty(old.VelocityRules);
    }

    [Fact]
    public void Every_hold_and_refusal_says_why_in_its_sentence()
    {
        var rng = new Random(9);
        var seen = new HashSet<DecisionReason>();
        for (var i = 0; i < 20_000; i++)
        {
            var d = RepricingEngine.Decide(RandomPricing.Input(rng), RandomPricing.Strategy(rng));
            if (d.Outcome is DecisionOutcome.Hold or DecisionOutcome.Refused)
            {
                Assert.NotEqual(DecisionReason.None, d.Reason);
                Assert.True(System.Text.RegularExpressions.Regex.IsMatch(d.Sentence, d.Outcome == DecisionOutcome.Refused ? "^Not repriced: " : "(holding at|held at|stays at) -?£"), $"{d.Reason}: {d.Sentence}");
                seen.Add(d.Reason);
            }
        }
        // The random cases reach every reason a hold or refusal can have.
        Assert.Equal(Enum.GetValues<DecisionReason>().Where(r => r != DecisionReason.None).Order(), seen.Order());
    }
}
