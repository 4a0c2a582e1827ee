using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Engine.Backtest;
using SellerConsole.Shared;

namespace SellerConsole.Pricing.Backtests;

/// <summary>A backtest to run: one SKU, one strategy (null: the SKU's own) and optionally a second to compare, over 30, 90 or 365 days.</summary>
public sealed record BacktestQuery(string Sku, long? StrategyId, long? CompareStrategyId, int Days);

/// <summary>What actually happened on one UK day: our landed price at midday, our buy-box share, units and revenue from our orders.</summary>
public sealed record ActualDay(DateOnly Day, long? LandedPence, double BuyBoxShare, int Units, decimal Revenue);

/// <summary>The replays side by side with what actually happened. <see cref="Demand"/> says how sales were simulated.</summary>
public sealed record BacktestReport(string Sku, DateTime FromUtc, DateTime ToUtc, int MarketPoints, string Demand, long ShippingPence,
    IReadOnlyList<BacktestResult> Runs, IReadOnlyList<ActualDay> Actual)
{
    public int ActualUnits => Actual.Sum(d => d.Units);
    public decimal ActualRevenue => Actual.Sum(d => d.Revenue);
}

/// <summary>A backtest that cannot run yet (no market history in the window), with the reason for the owner.</summary>
public sealed class BacktestUnavailableException(string message) : Exception(message);

/// <summary>
/// Replays strategies with their guards over a SKU's stored market history (<see cref="MarketHistory"/>), with sales
/// from the demand fitted to our own price, buy-box and order history (<see cref="FittedDemand"/>), next to the
/// orders we actually took. Today's costs, fees and floor apply throughout: a backtest compares strategies, it does
/// not restate past profit.
/// </summary>
public sealed class BacktestService(IDbContextFactory<SellerDb> dbs, RepricingInputs inputs, HistoryStore history, StrategyStore strategies, TimeProvider clock)
{
    public static readonly int[] Windows = [30, 90, 365];
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);

    /// <summary>What is wrong with the query, by field; empty when it can run.</summary>
    public static Dictionary<string, string[]> Problems(BacktestQuery q)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q.Sku)) errors["sku"] = ["Name the SKU to backtest."];
        if (!Windows.Contains(q.Days)) errors["days"] = ["days is 30, 90 or 365."];
        if (q.CompareStrategyId is { } b && b == q.StrategyId) errors["compareStrategyId"] = ["Compare with a different strategy."];
        return errors;
    }

    /// <returns>The report, or null when the SKU is not in the catalogue (or has no price).</returns>
    /// <exception cref="KeyNotFoundException">A strategy id that does not exist.</exception>
    /// <exception cref="BacktestUnavailableException">No market history in the window.</exception>
    public async Task<BacktestReport?> RunAsync(BacktestQuery q, CancellationToken ct)
    {
        if (Problems(q) is { Count: > 0 } problems) throw new ArgumentException(string.Join(" ", problems.Values.SelectMany(v => v)));
        var loaded = (await inputs.LoadAsync([q.Sku.Trim()], ct)).SingleOrDefault();
        if (loaded is null) return null;
        var catalogue = await strategies.AllAsync(ct);
        foreach (var id in new[] { q.StrategyId, q.CompareStrategyId })
        {
            if (id is { } wanted && !catalogue.ById.ContainsKey(wanted)) throw new KeyNotFoundException($"No strategy {wanted}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var from = now.AddDays(-q.Days);
        var input = loaded.Input;
        var series = await history.ReadAsync(input.Asin, MarketHistory.Needed, ct);
        var market = MarketHistory.Points(series, from, now, Step);
        if (market.Count == 0)
        {
            throw new BacktestUnavailableException($"There is no competitor history for {input.Sku} in the last {q.Days} days yet: it comes from Keepa refreshes and offers syncs.");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var listing = await db.Listings.AsNoTracking().SingleAsync(l => l.Sku == input.Sku, ct);
        // One read of our orders serves the demand fit, the profit-optimal replay's history and what actually happened.
        var sold = await SkuSales.ReadAsync(db, listing.Sku, DemandHistory.FirstDayUtc(from, DemandHistory.Days), ct);
        var observed = DemandHistory.From(sold, series, now, q.Days);
        var fit = DemandFit.Fit(observed);
        IDemandResponse demand = fit.IsUsable ? new FittedDemand(fit) : ObservedRateDemand.From(observed);

        // The SKU as it stood when the window opened: its price then, no changes counted yet, every change allowed.
        var startPrice = series.TryGetValue(HistorySeries.OurPrice, out var ours) && HistoryMerge.ValueAt(ours, from) is > 0 and var landed
            ? Math.Max(1, landed - input.ShippingPence) : input.PricePence;
        var start = input with
        {
            PricePence = startPrice, Offers = [], OffersObservedUtc = from, NowUtc = from, NowUk = UkTime.FromUtc(from),
            PreviousPrices = [], Sales = SalesVelocity.None, Counters = PricingCounters.None, GlobalChangesToday = 0,
            Mode = RepricingMode.Auto, KillSwitch = false, History = [], KnownFloor = null,
        };
        var runs = new List<BacktestResult>();
        foreach (var id in new[] { q.StrategyId ?? loaded.Settings?.StrategyId, q.CompareStrategyId })
        {
            if (runs.Count == 1 && id is null) break;
            var strategy = catalogue.For(id);
            var replay = strategy.Kind == StrategyKind.ProfitOptimal ? start with { History = DemandHistory.From(sold, series, from, DemandHistory.Days) } : start;
            runs.Add(Backtester.Run(new BacktestRequest(strategy, replay, market, now, demand)));
        }
        return new BacktestReport(input.Sku, from, now, market.Count, Describe(demand, observed.Count), input.ShippingPence, runs, Actual(sold, series, from, now));
    }

    private static string Describe(IDemandResponse demand, int days) => demand switch
    {
        FittedDemand f => $"Sales simulated from {days} day(s) of our own prices, buy box and orders: price elasticity {f.Fit.Elasticity:0.00}, buy-box share by price gap as observed.",
        ObservedRateDemand o => $"Our price did not vary enough in {days} day(s) to measure how price moves demand: the buy box goes to the cheapest offer and we sell {o.UnitsPerBuyBoxDay:0.##} a day while we hold it (our observed rate).",
        _ => "",
    };

    private static List<ActualDay> Actual(IReadOnlyList<SoldLine> sold, Dictionary<HistorySeries, List<HistoryPoint>> series, DateTime from, DateTime to)
    {
        var byDay = SkuSales.ByUkDay(sold, from, to);
        var days = new List<ActualDay>();
        var last = DateOnly.FromDateTime(UkTime.FromUtc(to));
        for (var day = DateOnly.FromDateTime(UkTime.FromUtc(from)); day <= last; day = day.AddDays(1))
        {
            var start = UkTime.StartOfDayUtc(day) < from ? from : UkTime.StartOfDayUtc(day);
            var end = UkTime.StartOfDayUtc(day.AddDays(1)) > to ? to : UkTime.StartOfDayUtc(day.AddDays(1));
            if (end <= start) continue;
            long? price = series.TryGetValue(HistorySeries.OurPrice, out var ours) ? HistoryMerge.ValueAt(ours, start + (end - start) / 2) : null;
            var share = series.TryGetValue(HistorySeries.BuyBoxOurs, out var box) ? HistoryMerge.Shares(box, start, end).Ones : 0;
            var sales = byDay.GetValueOrDefault(day);
            days.Add(new ActualDay(day, price, share, sales.Units, Money.FromPence(sales.PaidPence)));
        }
        return days;
    }
}
