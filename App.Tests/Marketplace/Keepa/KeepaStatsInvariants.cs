using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Keepa;

namespace SellerConsole.Tests.Marketplace.Keepa;

/// <summary>
/// Checks the Sandbox's computed stats against the decoded histories: current = last value, the
/// all-time extremes are the history's own extremes at their first occurrence, averages lie between
/// them, the value at interval start is the step in force then, percentages only for prices.
/// </summary>
internal static class KeepaStatsInvariants
{
    public static void Check(KeepaProductHistory history, KeepaProduct product, KeepaStatsWindow window)
    {
        var stats = product.Stats!;
        var now = KeepaExpected.Floor(window.Now);
        var from = now.AddDays(-window.Days);
        foreach (var series in product.Histories.Present)
        {
            var steps = KeepaExpected.StatsSteps(product.Histories, series);
            var s = stats.For(series);
            var values = steps.Where(x => x.Value is not null).ToList();
            if (steps.Count == 0 || (values.Count == 0 && !series.IsPrice()))
            {
                Assert.Null(s);
                continue;
            }
            Assert.NotNull(s);
            Assert.Equal(steps[^1].Value, s.Current);
            Assert.Equal(steps.LastOrDefault(x => x.Time <= from).Value, s.AtIntervalStart);
            if (values.Count == 0)
            {
                Assert.Null(s.Min);
                Assert.Null(s.Max);
                continue;
            }
            var min = values.Min(x => x.Value)!.Value;
            var max = values.Max(x => x.Value)!.Value;
            Assert.Equal(new KeepaExtreme(values.First(x => x.Value == min).Time, min), s.Min);
            Assert.Equal(new KeepaExtreme(values.First(x => x.Value == max).Time, max), s.Max);
            foreach (var average in new[] { s.Average, s.Average30, s.Average90, s.Average180 })
            {
                Assert.True(average is null || (average >= min && average <= max), $"{series}: average {average} outside [{min}, {max}]");
            }
            foreach (var percent in new[] { s.OutOfStockPercentageInInterval, s.OutOfStockPercentage30, s.OutOfStockPercentage90 })
            {
                Assert.True(series.IsPrice() ? percent is null or (>= 0 and <= 100) : percent is null, $"{series}: percentage {percent}");
            }
            if (s.MinInInterval is { } low)
            {
                Assert.True(low.Value >= min && low.Time >= from, $"{series}: min in interval {low}");
            }
        }
        if (history.Offers is not null)
        {
            Assert.Equal(history.Offers.Count(o => o.IsLive), stats.TotalOfferCount);
            Assert.Equal(history.Offers.Count, stats.RetrievedOfferCount);
        }
    }
}
