using SellerConsole.Shared;

namespace SellerConsole.Pricing.Engine.Backtest;

/// <summary>Adds simulated intervals up by UK day, splitting an interval that crosses midnight.</summary>
internal sealed class DailyTally(ProfitModel? profit)
{
    private readonly SortedDictionary<DateOnly, Day> _days = [];
    private double _shareTime, _time;

    public double BuyBoxShare => _time > 0 ? _shareTime / _time : 0;

    /// <param name="priceBefore">Our price before this point's decision (a day opens at it).</param>
    public void Add(DateTime fromUtc, DateTime toUtc, long priceBefore, long price, long shipping, DemandOutcome outcome, bool changed)
    {
        var perUnit = profit is null ? (decimal?)null : Costing.ProfitCalculator.Quote(profit.Landed, profit.Sale, Money.FromPence(Math.Max(1, price))).Profit;
        var at = fromUtc;
        while (at < toUtc)
        {
            var uk = UkTime.FromUtc(at);
            var day = DateOnly.FromDateTime(uk);
            var midnightUtc = TimeZoneInfo.ConvertTimeToUtc(uk.Date.AddDays(1), UkTime.Zone);
            var end = midnightUtc < toUtc ? midnightUtc : toUtc;
            var days = (end - at).TotalDays;
            if (!_days.TryGetValue(day, out var tally))
            {
                tally = _days[day] = new Day(at == fromUtc ? priceBefore : price);
            }
            var units = outcome.UnitsPerDay * days;
            tally.Close = price;
            tally.Low = Math.Min(Math.Min(tally.Low, price), tally.Open);
            tally.High = Math.Max(Math.Max(tally.High, price), tally.Open);
            tally.Changes += changed ? 1 : 0;
            changed = false;
            tally.ShareTime += outcome.BuyBoxShare * days;
            tally.Time += days;
            tally.Units += units;
            tally.Revenue += (decimal)units * Money.FromPence(price + shipping);
            tally.Profit += perUnit is { } p ? (decimal)units * p : 0m;
            _shareTime += outcome.BuyBoxShare * days;
            _time += days;
            at = end;
        }
    }

    /// <summary>Units sold over the 1, 7, 14 and 30 days before <paramref name="today"/> (rounded down).</summary>
    public SalesVelocity Velocity(DateOnly today)
    {
        int Over(int window)
        {
            var sum = 0.0;
            foreach (var (day, tally) in _days)
            {
                if (day < today && day >= today.AddDays(-window))
                {
                    sum += tally.Units;
                }
            }
            return (int)sum;
        }
        return new SalesVelocity(Over(1), Over(7), Over(14), Over(30));
    }

    public List<BacktestDay> Days() => _days.Select(d => new BacktestDay(d.Key, d.Value.Open, d.Value.Close, d.Value.Low, d.Value.High, d.Value.Changes,
        d.Value.Time > 0 ? d.Value.ShareTime / d.Value.Time : 0, d.Value.Units, Money.Round(d.Value.Revenue), profit is null ? null : Money.Round(d.Value.Profit))).ToList();

    private sealed class Day(long open)
    {
        public long Open { get; } = open;
        public long Close { get; set; } = open;
        public long Low { get; set; } = open;
        public long High { get; set; } = open;
        public int Changes { get; set; }
        public double ShareTime { get; set; }
        public double Time { get; set; }
        public double Units { get; set; }
        public decimal Revenue { get; set; }
        public decimal Profit { get; set; }
    }
}
