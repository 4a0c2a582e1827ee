using SellerConsole.Automation.Engine;
using static SellerConsole.Tests.Automation.RuleBuilders;

namespace SellerConsole.Tests.Automation;

/// <summary>Properties of the engine over thousands of seeded random shops, rules, signals and firing histories.</summary>
public sealed class RulePropertyTests
{
    private const int Cases = 3_000;
    private const int FirstSeed = 20_261_207;
    private static readonly string[] Categories = ["Power Tools", "Hand Tools", "Fixings", ""];
    private static readonly string[] Events = [RuleEvents.ListingUpdated, RuleEvents.PriceChanged, RuleEvents.ScoreChanged, RuleEvents.JobFailed, RuleEvents.AlertCreated];

    [Fact]
    public void Every_listing_fired_for_meets_every_condition_is_out_of_cooldown_and_no_rule_reacts_to_itself()
    {
        var (fired, held) = (0, 0);
        for (var seed = FirstSeed; seed < FirstSeed + Cases; seed++)
        {
            var rng = new Random(seed);
            var shop = Enumerable.Range(0, rng.Next(0, 25)).Select(i => RandomListing(rng, i)).ToList();
            var rule = RandomRule(rng);
            var ruleId = rng.Next(1, 4);
            var signal = RandomSignal(rng, rule, shop);
            var last = shop.Where(_ => rng.Next(4) == 0).ToDictionary(f => f.Sku, _ => Now.AddMinutes(-rng.Next(0, 240)));
            if (rng.Next(3) == 0) last[RuleEngine.RuleLevel] = Now.AddMinutes(-rng.Next(0, 240));

            var result = RuleEngine.Evaluate(ruleId, rule, signal, shop, last, Now, Now.AddDays(-1));
            var again = RuleEngine.Evaluate(ruleId, rule, signal, shop, last, Now, Now.AddDays(-1));
            var context = $"seed {seed}";

            Assert.True(result.Verdicts.SequenceEqual(again.Verdicts), $"{context}: not deterministic");
            if (signal.CausedByRuleId == ruleId) Assert.True(result.Firing.Count == 0, $"{context}: reacted to its own action");
            var conditions = rule.Trigger.Kind == TriggerKind.Threshold ? [RuleEngine.Threshold(rule.Trigger), .. rule.Conditions] : rule.Conditions.ToList();
            foreach (var verdict in result.Firing)
            {
                var key = verdict.Sku ?? RuleEngine.RuleLevel;
                Assert.False(last.TryGetValue(key, out var at) && Now - at < TimeSpan.FromMinutes(rule.CooldownMinutes), $"{context}: {key} fired inside its cooldown");
                if (verdict.Sku is null) continue;
                var listing = shop.Single(f => f.Sku == verdict.Sku);
                Assert.All(conditions, c => Assert.True(Oracle(c, listing), $"{context}: {verdict.Sku} fired but {RuleText.Condition(c)} is false"));
            }
            foreach (var verdict in result.Verdicts.Where(v => !v.Fires && v.Sku is not null && shop.Any(f => f.Sku == v.Sku)))
            {
                var listing = shop.Single(f => f.Sku == verdict.Sku);
                var coolingDown = last.TryGetValue(listing.Sku, out var at) && Now - at < TimeSpan.FromMinutes(rule.CooldownMinutes);
                Assert.True(coolingDown || conditions.Any(c => !Oracle(c, listing)), $"{context}: {verdict.Sku} did not fire for no reason: {verdict.Because}");
            }
            fired += result.Firing.Count;
            held += result.Verdicts.Count(v => !v.Fires);
            if (result.Considered && signal.Skus is { Count: > 0 } named)
            {
                Assert.Equal(named.Distinct().Count(), result.Verdicts.Count);
            }
        }
        // The generator must exercise both answers, or the properties above prove nothing.
        Assert.True(fired > 1_000 && held > 1_000, $"fired {fired}, held {held}");
    }

    // An independent reading of a condition, written the plain way.
    private static bool Oracle(RuleCondition c, SkuFacts f)
    {
        if (RuleFields.IsNumeric(c.Field))
        {
            decimal? actual = c.Field switch
            {
                RuleField.Margin => f.Margin * 100m,
                RuleField.Score => f.Score,
                RuleField.Price => f.Price,
                _ => f.Stock,
            };
            var limit = decimal.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture);
            if (actual is null) return false;
            var a = Math.Round(actual.Value, 2, MidpointRounding.AwayFromZero);
            return c.Operator switch { RuleOperator.Below => a < limit, RuleOperator.AtMost => a <= limit, RuleOperator.Above => a > limit, RuleOperator.AtLeast => a >= limit, _ => a == limit };
        }
        var text = (c.Field switch { RuleField.Category => f.Category, RuleField.BuyBox => f.BuyBoxOurs == true ? "ours" : f.BuyBoxOurs == false ? "not ours" : null, _ => f.Sku } ?? "").ToLowerInvariant();
        var value = c.Value.ToLowerInvariant();
        return c.Operator switch { RuleOperator.Is => text == value, RuleOperator.IsNot => text != value, RuleOperator.Contains => text.Contains(value), _ => text.StartsWith(value) };
    }

    private static SkuFacts RandomListing(Random rng, int i) => Listing($"SKU-{i:00}",
        margin: rng.Next(5) == 0 ? null : (rng.Next(-20, 60) + rng.Next(0, 100) / 100m) / 100m,
        score: rng.Next(6) == 0 ? null : rng.Next(0, 101),
        price: rng.Next(8) == 0 ? null : rng.Next(100, 10_000) / 100m,
        category: Categories[rng.Next(Categories.Length)],
        buyBox: rng.Next(3) switch { 0 => null, 1 => true, _ => false },
        stock: rng.Next(0, 30));

    private static RuleCondition RandomCondition(Random rng)
    {
        var field = new[] { RuleField.Margin, RuleField.Score, RuleField.Price, RuleField.Stock, RuleField.Category, RuleField.BuyBox, RuleField.Sku }[rng.Next(7)];
        var ops = RuleFields.Operators(field);
        var value = field switch
        {
            RuleField.Margin => rng.Next(-10, 50).ToString(),
            RuleField.Score => rng.Next(0, 100).ToString(),
            RuleField.Price => (rng.Next(100, 10_000) / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture),
            RuleField.Stock => rng.Next(0, 30).ToString(),
            RuleField.Category => Categories[rng.Next(Categories.Length - 1)],
            RuleField.BuyBox => RuleFields.BuyBoxValues[rng.Next(2)],
            _ => $"SKU-{rng.Next(3)}",
        };
        return new RuleCondition(field, ops[rng.Next(ops.Count)], value);
    }

    private static RuleDefinition RandomRule(Random rng)
    {
        var conditions = Enumerable.Range(0, rng.Next(0, 4)).Select(_ => RandomCondition(rng)).ToList();
        var cooldown = rng.Next(1, 180);
        if (rng.Next(2) == 0)
        {
            var threshold = RandomCondition(rng) is var t && RuleFields.Metrics.Contains(t.Field) ? t : new RuleCondition(RuleField.Margin, RuleOperator.Below, "10");
            return Threshold(threshold.Field, threshold.Operator, threshold.Value, cooldown, [.. conditions]);
        }
        return OnEvent(Events[rng.Next(Events.Length)], cooldown, [.. conditions]);
    }

    private static RuleSignal RandomSignal(Random rng, RuleDefinition rule, IReadOnlyList<SkuFacts> shop)
    {
        long? cause = rng.Next(4) == 0 ? rng.Next(1, 4) : null;
        if (rule.Trigger.Kind == TriggerKind.Threshold && rng.Next(4) != 0) return Check() with { CausedByRuleId = cause };
        var kind = Events[rng.Next(Events.Length)];
        IReadOnlyCollection<string>? skus = kind is RuleEvents.JobFailed or RuleEvents.AlertCreated ? null
            : rng.Next(4) == 0 ? [] : shop.Where(_ => rng.Next(3) == 0).Select(f => f.Sku).Append(rng.Next(5) == 0 ? "UNKNOWN" : shop.FirstOrDefault()?.Sku ?? "UNKNOWN").ToList();
        return Event(kind, skus, cause);
    }
}
