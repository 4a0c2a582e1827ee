using SellerConsole.Costing;

namespace SellerConsole.Tests.Costing;

public sealed class EffectiveDatingTests
{
    private static readonly DateTime PriceRise = Dates.Utc(2025, 7, 1);

    [Fact]
    public void A_component_price_rise_changes_quotes_from_its_date_and_leaves_earlier_ones_alone()
    {
        // HOOK rises from £12.00/50 (0.24) to £15.00/50 (0.30): 10 hooks add 0.60, components 3.45 -> 4.05.
        var before = WorkedExampleTests.Calculator();
        var after = new CatalogueBuilder()
            .Component("HOOK", 12.00m, 50m).ComponentCostFrom("HOOK", PriceRise, 15.00m)
            .Component("SCREW", 4.50m, 200m)
            .Component("PLUG", 3.00m, 100m)
            .Packaging("BAG-LL", 0.12m).Packaging("LABEL", 0.02m)
            .LabourRate(12m)
            .StandardPostageCard()
            .Calculator();
        var sku = WorkedExampleTests.HookSet();
        var dayBefore = new SaleBuilder().On(PriceRise.AddTicks(-1)).Build();
        var onTheDay = new SaleBuilder().On(PriceRise).Build();

        var unchanged = after.Quote(sku, dayBefore, 19.99m);
        Assert.Equal(before.Quote(sku, dayBefore, 19.99m).Breakdown, unchanged.Breakdown);
        Assert.Equal(before.Quote(sku, dayBefore, 19.99m).Margin, unchanged.Margin);
        Assert.Equal(7.12m, unchanged.Profit);
        Assert.Equal(4.05m, after.Quote(sku, onTheDay, 19.99m).Landed.Components.Rounded);
        Assert.Equal(6.52m, after.Quote(sku, onTheDay, 19.99m).Profit);
    }

    [Fact]
    public void A_date_before_any_cost_is_an_error_naming_the_item()
    {
        var calculator = WorkedExampleTests.Calculator();
        var sale = new SaleBuilder().On(Dates.Utc(2023, 12, 31)).Build();

        var error = Assert.Throws<CostingException>(() => calculator.Quote(WorkedExampleTests.HookSet(), sale, 19.99m));

        Assert.Equal("Component 'HOOK' has no cost effective on or before 2023-12-31 (its earliest cost starts 2024-01-01).", error.Message);
    }

    [Fact]
    public void The_latest_entry_on_or_before_the_date_wins_whatever_the_list_order()
    {
        DatedPrice[] prices = [new(Dates.Utc(2025, 3, 1), 3m), new(Dates.Utc(2024, 1, 1), 1m), new(Dates.Utc(2024, 6, 1), 2m)];

        Assert.Equal(1m, EffectiveDating.AsOf(prices, Dates.Utc(2024, 5, 31), "x").Amount);
        Assert.Equal(2m, EffectiveDating.AsOf(prices, Dates.Utc(2024, 6, 1), "x").Amount);
        Assert.Equal(3m, EffectiveDating.AsOf(prices, Dates.Utc(2030, 1, 1), "x").Amount);
    }

    [Fact]
    public void Local_times_are_refused_so_a_date_cannot_shift_by_an_hour()
    {
        var local = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Local);

        Assert.Throws<CostingException>(() => new SaleBuilder().On(local).Build());
        Assert.Throws<CostingException>(() => new CatalogueBuilder().Component("X", 1m, from: local).Build());
    }

    [Fact]
    public void Two_costs_from_the_same_date_are_ambiguous_and_rejected()
    {
        var builder = new CatalogueBuilder().Component("HOOK", 12m, 50m).ComponentCostFrom("HOOK", Dates.Start, 13m);

        var error = Assert.Throws<CostingException>(builder.Build);

        Assert.Equal("Component 'HOOK' has two costs effective from 2024-01-01.", error.Message);
    }

    [Fact]
    public void A_fee_schedule_that_starts_after_the_sale_is_refused()
    {
        var october = FeeScheduleSeed.DiyAndTools().AsOf(Dates.Utc(2024, 10, 1));

        var error = Assert.Throws<CostingException>(() => new SaleBuilder().On(Dates.Utc(2024, 9, 30)).Fees(october).Build());

        Assert.Contains("starts 2024-10-01, after the sale date 2024-09-30", error.Message);
    }
}
