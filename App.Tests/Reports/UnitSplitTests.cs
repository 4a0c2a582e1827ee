using SellerConsole.Reports.Profit;

namespace SellerConsole.Tests.Reports;

public sealed class UnitSplitTests
{
    [Fact]
    public void Three_units_for_ten_pounds_are_334p_333p_and_333p()
    {
        var split = UnitSplit.Split(3, 1_000, 0);

        Assert.Equal([(334L, 1), (333L, 2)], split.Select(u => (u.ItemPence, u.Count)));
    }

    [Fact]
    public void Unit_prices_always_add_back_to_the_line_and_differ_by_at_most_a_penny()
    {
        var rng = new Random(1_300);
        for (var i = 0; i < 20_000; i++)
        {
            var quantity = rng.Next(1, 40);
            long item = rng.Next(0, 100_000), ship = rng.Next(0, 2_000);

            var split = UnitSplit.Split(quantity, item, ship);

            Assert.Equal(quantity, split.Sum(u => u.Count));
            Assert.Equal(item, split.Sum(u => u.ItemPence * u.Count));
            Assert.Equal(ship, split.Sum(u => u.ShippingPence * u.Count));
            Assert.True(split.Count <= 3, $"{quantity} units of {item}p + {ship}p split {split.Count} ways");
            Assert.True(split.Max(u => u.ItemPence) - split.Min(u => u.ItemPence) <= 1);
        }
    }
}
