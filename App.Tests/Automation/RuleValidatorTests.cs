using SellerConsole.Automation.Engine;
using static SellerConsole.Tests.Automation.RuleBuilders;

namespace SellerConsole.Tests.Automation;

public sealed class RuleValidatorTests
{
    [Fact]
    public void A_sound_rule_has_no_problems() =>
        Assert.Empty(RuleValidator.Problems(Threshold(RuleField.Margin, RuleOperator.Below, "10", 60, new RuleCondition(RuleField.Category, RuleOperator.Is, "Fixings"))));

    [Fact]
    public void Each_problem_names_its_field()
    {
        var rule = new RuleDefinition(" ", true, new RuleTrigger(TriggerKind.Threshold, Field: RuleField.Score, Operator: RuleOperator.Contains, Value: "x"),
            [new RuleCondition(RuleField.Margin, RuleOperator.Below, "ten"), new RuleCondition(RuleField.BuyBox, RuleOperator.Is, "maybe")],
            [new RuleAction(ActionKind.ApplyStrategy), new RuleAction(ActionKind.CallWebhook, Url: "https://10.0.0.5/x"), new RuleAction(ActionKind.ExportReport, Format: "pdf", Days: 30)],
            0);

        var problems = RuleValidator.Problems(rule);

        Assert.Equal(["actions[0].strategyId", "actions[1].url", "actions[2].format", "conditions[0].value", "conditions[1].value", "cooldownMinutes", "name", "trigger.operator"],
            problems.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("'ten' is not a number.", problems["conditions[0].value"][0]);
        Assert.Contains("private network", problems["actions[1].url"][0]);
    }

    [Fact]
    public void A_rule_needs_an_action_and_a_known_event()
    {
        var problems = RuleValidator.Problems(new RuleDefinition("x", true, new RuleTrigger(TriggerKind.Event, Event: "inventory.low"), [], [], 10));

        Assert.Contains("actions", problems.Keys);
        Assert.StartsWith("Choose an event", problems["trigger.event"][0]);
    }
}
