using SellerConsole.Automation.Engine;
using static SellerConsole.Tests.Automation.RuleBuilders;

namespace SellerConsole.Tests.Automation;

public sealed class RuleEngineTests
{
    private static readonly SkuFacts[] Shop =
    [
        Listing("LOW-1", margin: 0.082m),
        Listing("OK-1", margin: 0.25m),
        Listing("NOCOST-1", margin: null),
        Listing("LOW-2", margin: 0.05m, category: "Hand Tools"),
    ];

    [Fact]
    public void A_margin_threshold_fires_for_the_listings_below_it_and_says_why()
    {
        var result = RuleEngine.Evaluate(1, Threshold(RuleField.Margin, RuleOperator.Below, "10"), Check(), Shop, NeverFired, Now, Now);

        Assert.Equal(["LOW-1", "LOW-2"], result.Firing.Select(v => v.Sku));
        Assert.Equal("fires: margin 8.2% is below 10%", result.Verdicts.Single(v => v.Sku == "LOW-1").Because);
        Assert.Equal("does not fire: margin 25% is not below 10%", result.Verdicts.Single(v => v.Sku == "OK-1").Because);
        Assert.Equal("does not fire: no margin (not costed), so it is not below 10%", result.Verdicts.Single(v => v.Sku == "NOCOST-1").Because);
    }

    [Fact]
    public void Every_condition_must_hold_and_the_first_that_fails_is_named()
    {
        var rule = Threshold(RuleField.Margin, RuleOperator.Below, "10", conditions: new RuleCondition(RuleField.Category, RuleOperator.Is, "Power Tools"));

        var result = RuleEngine.Evaluate(1, rule, Check(), Shop, NeverFired, Now, Now);

        Assert.Equal(["LOW-1"], result.Firing.Select(v => v.Sku));
        Assert.Equal("fires: margin 8.2% is below 10%; category \"Power Tools\" is \"Power Tools\"", result.Firing[0].Because);
        Assert.Equal("does not fire: category \"Hand Tools\" is not \"Power Tools\"", result.Verdicts.Single(v => v.Sku == "LOW-2").Because);
    }

    [Fact]
    public void A_rule_does_not_fire_again_for_a_sku_within_its_cooldown_and_does_after_it()
    {
        var rule = Threshold(RuleField.Margin, RuleOperator.Below, "10", cooldown: 60);
        var last = new Dictionary<string, DateTime> { ["LOW-1"] = Now.AddMinutes(-59) };

        var during = RuleEngine.Evaluate(1, rule, Check(), Shop, last, Now, Now);
        var after = RuleEngine.Evaluate(1, rule, Check(), Shop, last, Now.AddMinutes(1), Now);

        Assert.Equal(["LOW-2"], during.Firing.Select(v => v.Sku));
        Assert.StartsWith("does not fire: cooling down", during.Verdicts.Single(v => v.Sku == "LOW-1").Because);
        Assert.Equal(["LOW-1", "LOW-2"], after.Firing.Select(v => v.Sku));
    }

    [Fact]
    public void An_event_caused_by_the_rules_own_action_is_ignored_by_that_rule_only()
    {
        var rule = OnEvent(RuleEvents.AlertCreated);
        var caused = Event(RuleEvents.AlertCreated, null, causedBy: 7);

        Assert.False(RuleEngine.Evaluate(7, rule, caused, Shop, NeverFired, Now, Now).Considered);
        Assert.Contains("caused by this rule's own action", RuleEngine.Evaluate(7, rule, caused, Shop, NeverFired, Now, Now).Summary);
        Assert.Single(RuleEngine.Evaluate(8, rule, caused, Shop, NeverFired, Now, Now).Firing);
    }

    [Fact]
    public void An_off_rule_never_fires_live_but_can_be_tested()
    {
        var rule = Threshold(RuleField.Margin, RuleOperator.Below, "10") with { Enabled = false };

        Assert.Empty(RuleEngine.Evaluate(1, rule, Check(), Shop, NeverFired, Now, Now).Firing);
        var test = RuleEngine.Evaluate(1, rule, new RuleSignal("test", [], "test", Now), Shop, NeverFired, Now, Now, EvaluationMode.Test);
        Assert.Equal(["LOW-1", "LOW-2"], test.Firing.Select(v => v.Sku));
        Assert.StartsWith("would fire: ", test.Firing[0].Because);
    }

    [Fact]
    public void An_event_rule_waits_for_its_own_event_kind()
    {
        var rule = OnEvent(RuleEvents.PriceChanged);

        Assert.False(RuleEngine.Evaluate(1, rule, Event(RuleEvents.ScoreChanged, ["LOW-1"]), Shop, NeverFired, Now, Now).Considered);
        var fired = RuleEngine.Evaluate(1, rule, Event(RuleEvents.PriceChanged, ["LOW-1", "GONE-9"]), Shop, NeverFired, Now, Now);
        Assert.Equal(["LOW-1"], fired.Firing.Select(v => v.Sku));
        Assert.Equal("does not fire: the SKU is not in the catalogue", fired.Verdicts.Single(v => v.Sku == "GONE-9").Because);
    }

    [Fact]
    public void A_job_failure_without_conditions_fires_once_for_the_rule_not_per_listing()
    {
        var result = RuleEngine.Evaluate(1, OnEvent(RuleEvents.JobFailed), Event(RuleEvents.JobFailed, null), Shop, NeverFired, Now, Now);

        var verdict = Assert.Single(result.Firing);
        Assert.Null(verdict.Sku);
        Assert.Equal("fires: job.failed happened", verdict.Because);
    }

    [Fact]
    public void A_job_event_with_conditions_checks_every_listing()
    {
        var rule = OnEvent(RuleEvents.JobCompleted, conditions: new RuleCondition(RuleField.Stock, RuleOperator.AtMost, "2"));
        var shop = new[] { Listing("A", stock: 1), Listing("B", stock: 3) };

        var result = RuleEngine.Evaluate(1, rule, Event(RuleEvents.JobCompleted, null), shop, NeverFired, Now, Now);

        Assert.Equal(["A"], result.Firing.Select(v => v.Sku));
        Assert.Equal("fires: stock 1 is at most 2", result.Firing[0].Because);
    }

    [Fact]
    public void Text_conditions_ignore_case_and_the_buy_box_is_ours_or_not()
    {
        var shop = new[] { Listing("A", buyBox: false, brand: "ACME tools"), Listing("B", buyBox: true, brand: "Other") };
        var rule = OnEvent(RuleEvents.ListingUpdated, 60,
            new RuleCondition(RuleField.BuyBox, RuleOperator.Is, "not ours"), new RuleCondition(RuleField.Brand, RuleOperator.StartsWith, "acme"));

        var result = RuleEngine.Evaluate(1, rule, Event(RuleEvents.ListingUpdated, []), shop, NeverFired, Now, Now);

        Assert.Equal(["A"], result.Firing.Select(v => v.Sku));
        Assert.Equal("does not fire: buy box \"ours\" is not \"not ours\"", result.Verdicts.Single(v => v.Sku == "B").Because);
    }

    [Fact]
    public void A_daily_schedule_runs_once_at_its_uk_time_and_not_for_times_before_it_was_turned_on()
    {
        // 07:30 in London in June is 06:30 UTC (BST).
        var rule = new RuleDefinition("Morning", true, new RuleTrigger(TriggerKind.Schedule, At: new TimeOnly(7, 30)), [], [new RuleAction(ActionKind.SendEmail)], 60);
        var enabled = new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        RuleEvaluation At(DateTime now, IReadOnlyDictionary<string, DateTime> last) =>
            RuleEngine.Evaluate(1, rule, new RuleSignal(RuleEvents.Schedule, null, "scheduled time", now), [], last, now, enabled);

        Assert.False(At(new DateTime(2026, 6, 2, 6, 29, 0, DateTimeKind.Utc), NeverFired).Considered);
        Assert.Single(At(new DateTime(2026, 6, 2, 6, 30, 0, DateTimeKind.Utc), NeverFired).Firing);
        var ran = new Dictionary<string, DateTime> { [RuleEngine.RuleLevel] = new DateTime(2026, 6, 2, 6, 30, 0, DateTimeKind.Utc) };
        Assert.False(At(new DateTime(2026, 6, 2, 9, 0, 0, DateTimeKind.Utc), ran).Considered);
        Assert.Single(At(new DateTime(2026, 6, 3, 6, 31, 0, DateTimeKind.Utc), ran).Firing);
    }

    [Fact]
    public void A_weekday_schedule_skips_the_weekend_in_winter_time()
    {
        var trigger = new RuleTrigger(TriggerKind.Schedule, At: new TimeOnly(8, 0), Days: [DayOfWeek.Monday, DayOfWeek.Friday]);
        // Sunday 6 December 2026 10:00 UTC: the last due time was Friday 4 December 08:00 GMT.
        Assert.Equal(new DateTime(2026, 12, 4, 8, 0, 0, DateTimeKind.Utc), RuleSchedule.LastDueUtc(trigger, new DateTime(2026, 12, 6, 10, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("on Mon, Fri at 08:00 UK time", RuleSchedule.Describe(trigger));
    }
}
