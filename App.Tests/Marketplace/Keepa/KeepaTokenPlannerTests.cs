using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

public sealed class KeepaTokenPlannerTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static KeepaTokenState Tokens(int left, int rate = 20, double refillSeconds = 30) =>
        new(left, rate, TimeSpan.FromSeconds(refillSeconds), T0);

    private static KeepaRefreshCandidate Candidate(string asin, double sales = 0, double? staleMinutes = 60,
        bool changed = false, bool offers = false, int expectedOffers = 10) =>
        new(asin, sales, staleMinutes, changed, offers, expectedOffers);

    [Fact]
    public void Priority_follows_the_documented_formula()
    {
        // 120 min stale, no sales: 2 h * (1 + ln 1) = 2.
        Assert.Equal(2.0, KeepaTokenPlanner.Priority(Candidate("A", 0, 120)), 12);
        // e - 1 sales/day: 2 h * (1 + ln e) = 4.
        Assert.Equal(4.0, KeepaTokenPlanner.Priority(Candidate("A", Math.E - 1, 120)), 12);
        // A competitor change adds a day's worth: 2 + 24.
        Assert.Equal(26.0, KeepaTokenPlanner.Priority(Candidate("A", 0, 120, changed: true)), 12);
        // Never refreshed counts as a week stale.
        Assert.Equal(168.0, KeepaTokenPlanner.Priority(Candidate("A", 0, null)), 12);
    }

    [Theory]
    [InlineData(false, 10, 1)]
    [InlineData(true, 0, 6)]
    [InlineData(true, 10, 6)]
    [InlineData(true, 18, 12)]    // Keepa's own example: 18 offers cost 12 tokens
    [InlineData(true, 250, 60)]   // offers= tops out at 100
    public void Cost_is_one_per_product_or_six_per_offer_page(bool offers, int expectedOffers, int cost)
    {
        Assert.Equal(cost, KeepaTokenPlanner.Cost(Candidate("A", offers: offers, expectedOffers: expectedOffers)));
    }

    [Fact]
    public void Staler_asins_go_first_when_tokens_are_short()
    {
        var plan = KeepaTokenPlanner.Plan(Tokens(1), [Candidate("FRESH", staleMinutes: 30), Candidate("STALE", staleMinutes: 600)]);

        Assert.Equal(["STALE"], plan.Requests.Single().Asins);
        Assert.Equal("FRESH", plan.Next!.Asin);
    }

    [Fact]
    public void Fast_sellers_and_changed_competition_go_before_slow_quiet_asins()
    {
        var plan = KeepaTokenPlanner.Plan(Tokens(2),
            [Candidate("QUIET"), Candidate("SELLER", sales: 20), Candidate("CHANGED", changed: true)]);

        Assert.Equal(["CHANGED", "SELLER"], plan.Requests.Single().Asins);
        Assert.Equal(["QUIET"], plan.Deferred.Select(d => d.Asin));
    }

    [Fact]
    public void Offers_are_fetched_only_where_needed_and_in_their_own_requests()
    {
        var plan = KeepaTokenPlanner.Plan(Tokens(100),
            [Candidate("PLAIN1"), Candidate("OFFERS", offers: true, expectedOffers: 18, staleMinutes: 600), Candidate("PLAIN2")]);

        Assert.Equal(2, plan.Requests.Count);
        Assert.Equal(("OFFERS", (int?)20, 12), (string.Join(",", plan.Requests[0].Asins), plan.Requests[0].Offers, plan.Requests[0].EstimatedCost));
        Assert.Equal(("PLAIN1,PLAIN2", (int?)null, 2),
            (string.Join(",", plan.Requests[1].Asins), plan.Requests[1].Offers, plan.Requests[1].EstimatedCost));
        Assert.Equal((14, 86), (plan.EstimatedCost, plan.BalanceAfter));
    }

    [Fact]
    public void Requests_hold_at_most_a_hundred_asins()
    {
        var candidates = Enumerable.Range(0, 250).Select(i => Candidate($"B{i:D9}")).ToList();

        var plan = KeepaTokenPlanner.Plan(Tokens(1000), candidates);

        Assert.Equal([100, 100, 50], plan.Requests.Select(r => r.Asins.Count));
        Assert.Empty(plan.Deferred);
        Assert.Null(plan.Next);
    }

    [Fact]
    public void A_short_balance_reports_when_the_next_asin_can_be_refreshed()
    {
        // 0 tokens, 5/min, first refill in 10 s. Offers for 18 cost 12: three refills, at +10 s, +70 s, +130 s.
        var plan = KeepaTokenPlanner.Plan(Tokens(0, rate: 5, refillSeconds: 10), [Candidate("OFFERS", offers: true, expectedOffers: 18)]);

        Assert.Empty(plan.Requests);
        Assert.Equal(new KeepaDeferredRefresh("OFFERS", KeepaTokenPlanner.Priority(Candidate("OFFERS")), 12, T0.AddSeconds(130)), plan.Next);
    }

    [Fact]
    public void A_negative_balance_plans_nothing_and_waits_for_the_debt_to_be_repaid()
    {
        // -10 left, 20/min, refill in 30 s: one token needs 11 -> the first refill (+30 s) brings 10, so it is ready then.
        var plan = KeepaTokenPlanner.Plan(Tokens(-10), [Candidate("A")]);

        Assert.Empty(plan.Requests);
        Assert.Equal(-10, plan.BalanceAfter);
        Assert.Equal(T0.AddSeconds(30), plan.Next!.ReadyAt);
    }

    [Fact]
    public void An_expensive_urgent_asin_is_not_starved_by_cheap_ones_behind_it()
    {
        var plan = KeepaTokenPlanner.Plan(Tokens(10),
            [Candidate("URGENT", changed: true, offers: true, expectedOffers: 30), Candidate("CHEAP")]);

        Assert.Empty(plan.Requests);   // 18 tokens needed first; CHEAP waits its turn
        Assert.Equal(["URGENT", "CHEAP"], plan.Deferred.Select(d => d.Asin));
    }

    [Fact]
    public void An_asin_the_bucket_can_never_pay_for_does_not_block_the_queue()
    {
        // 100 offers cost 60 tokens; with no refill (0/min) and 5 left they will never be affordable.
        var plan = KeepaTokenPlanner.Plan(Tokens(5, rate: 0),
            [Candidate("HUGE", changed: true, offers: true, expectedOffers: 100), Candidate("SMALL")]);

        Assert.Equal(["SMALL"], plan.Requests.Single().Asins);
        Assert.Null(plan.Deferred.Single().ReadyAt);
        Assert.Null(plan.Next);
    }

    [Fact]
    public void Duplicate_candidates_are_refused()
    {
        Assert.Throws<ArgumentException>(() => KeepaTokenPlanner.Plan(Tokens(5), [Candidate("A"), Candidate("A")]));
    }
}
