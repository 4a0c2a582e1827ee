using SellerConsole.Pricing;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Pages;

namespace SellerConsole.Tests.Pricing;

public sealed class StrategyFormTests
{
    [Fact]
    public void Sales_rules_and_schedules_survive_the_form_unchanged_over_thousands_of_generated_strategies()
    {
        var random = new Random(20261207);
        for (var n = 0; n < 2_000; n++)
        {
            var strategy = new RepricingStrategy($"S{n}", StrategyKind.FeaturedOffer)
            {
                VelocityRules = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Velocity(random)).ToList(),
                Schedules = Enumerable.Range(0, random.Next(0, 4)).Select(i => Schedule(random, i)).ToList(),
            };

            var back = StrategyForm.From(strategy).ToStrategy();

            Assert.Equal(PricingJson.Write(strategy.VelocityRules), PricingJson.Write(back.VelocityRules));
            Assert.Equal(PricingJson.Write(strategy.Schedules), PricingJson.Write(back.Schedules));
        }
    }

    [Fact]
    public void A_schedule_keeps_only_the_prices_its_action_uses()
    {
        var row = new ScheduleRow { Name = " Sunday ", Action = ScheduleAction.SetPrice, Price = 12.345m, Min = 5, Max = 9 };

        var rule = row.ToRule();

        Assert.Equal("Sunday", rule.Name);
        Assert.Equal(1235, rule.PricePence);
        Assert.Null(rule.MinPence);
        Assert.Null(rule.MaxPence);
        Assert.Null(rule.Window.Days);
    }

    private static VelocityRule Velocity(Random r) => new(
        new[] { 1, 7, 14, 30 }[r.Next(4)], r.Next(2) == 0 ? VelocityComparison.Below : VelocityComparison.Above, r.Next(0, 500),
        new PriceAdjustment(r.Next(2) == 0 ? AdjustmentUnit.Pence : AdjustmentUnit.Percent, r.Next(-50, 51)), r.Next(0, 30));

    private static ScheduleRule Schedule(Random r, int i)
    {
        var days = Enum.GetValues<DayOfWeek>().Where(_ => r.Next(3) == 0).Order().ToList();
        var from = r.Next(3) == 0 ? new DateOnly(2027, 1, 1).AddDays(r.Next(300)) : (DateOnly?)null;
        var window = new ScheduleWindow(days.Count > 0 ? days : null, r.Next(2) == 0 ? r.Next(24) : null, r.Next(2) == 0 ? r.Next(25) : null,
            from, from?.AddDays(r.Next(30)));
        return (r.Next(3)) switch
        {
            0 => new ScheduleRule($"Pause {i}", window, ScheduleAction.Pause),
            1 => new ScheduleRule($"Price {i}", window, ScheduleAction.SetPrice, PricePence: r.Next(1, 100_000)),
            _ => new ScheduleRule($"Limits {i}", window, ScheduleAction.SwapMinMax, MinPence: r.Next(2) == 0 ? r.Next(1, 5_000) : null, MaxPence: r.Next(5_000, 10_000)),
        };
    }
}
