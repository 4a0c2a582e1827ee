using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaTokenPlannerPropertyTests
{
    [Fact]
    public void Plans_never_overspend_and_respect_priority_over_random_states()
    {
        const int seed = 8128;
        var rng = new Random(seed);
        var asOf = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 3000; i++)
        {
            var state = new KeepaTokenState(rng.Next(-500, 2000), rng.Next(0, 50), TimeSpan.FromMilliseconds(rng.Next(0, 60_001)), asOf);
            var candidates = Enumerable.Range(0, rng.Next(0, 300))
                .Select(n => new KeepaRefreshCandidate($"B{n:D9}", rng.NextDouble() * 50,
                    rng.Next(10) == 0 ? null : rng.NextDouble() * 20_000, rng.Next(5) == 0, rng.Next(4) == 0, rng.Next(0, 120)))
                .ToList();
            var context = $"seed {seed}, case {i}";

            var plan = KeepaTokenPlanner.Plan(state, candidates);

            var planned = plan.Requests.SelectMany(r => r.Asins).ToList();
            var byAsin = candidates.ToDictionary(c => c.Asin);
            Assert.True(plan.EstimatedCost <= Math.Max(0, state.TokensLeft), $"{context}: spent {plan.EstimatedCost} of {state.TokensLeft}");
            Assert.True(state.TokensLeft < 0 || plan.BalanceAfter >= 0, $"{context}: balance after {plan.BalanceAfter}");
            Assert.Equal(plan.EstimatedCost, plan.Requests.Sum(r => r.EstimatedCost));
            Assert.Equal(plan.EstimatedCost, planned.Sum(a => KeepaTokenPlanner.Cost(byAsin[a])));
            Assert.True(plan.Requests.All(r => r.Asins.Count is > 0 and <= 100), context);
            Assert.True(plan.Requests.All(r => r.Asins.All(a => byAsin[a].NeedsOffers == r.Offers is not null)), $"{context}: offers mixed");
            Assert.Equal(candidates.Select(c => c.Asin).Order(), planned.Concat(plan.Deferred.Select(d => d.Asin)).Order());

            // Nothing deferred (and ever affordable) outranks anything planned.
            var lowestPlanned = planned.Select(a => KeepaTokenPlanner.Priority(byAsin[a])).DefaultIfEmpty(double.MaxValue).Min();
            var blocking = plan.Deferred.Where(d => d.EstimatedCost <= Math.Max(state.Capacity, state.TokensLeft)).ToList();
            Assert.True(blocking.All(d => d.Priority <= lowestPlanned), $"{context}: a higher priority ASIN was skipped");

            if (plan.Next is { } next)
            {
                var after = state with { TokensLeft = plan.BalanceAfter };
                Assert.True(next.ReadyAt >= asOf, context);
                Assert.True(after.TokensAt(next.ReadyAt!.Value) >= next.EstimatedCost, $"{context}: not affordable at ReadyAt");
                Assert.True(next.ReadyAt == asOf || after.TokensAt(next.ReadyAt.Value.AddTicks(-1)) < next.EstimatedCost,
                    $"{context}: ReadyAt is later than needed");
            }
        }
    }
}
