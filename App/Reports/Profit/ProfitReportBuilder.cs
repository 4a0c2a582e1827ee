using SellerConsole.Costing;
using SellerConsole.Costing.Quoting;
using SellerConsole.Shared;

namespace SellerConsole.Reports.Profit;

/// <summary>
/// Builds the profit and loss report from order lines. Pure: every figure comes from the costing
/// calculator's quote for one unit at the price actually paid, with the landed cost dated on the UK
/// day of the sale (cost effective dates are calendar days, so the day is passed as that date at
/// 00:00 UTC, as the what-if does for a date). Landed costs are cached per SKU and day, quotes per
/// SKU, day and unit price, so a year of orders costs each combination once.
/// </summary>
public sealed class ProfitReportBuilder(ProfitCosting costing, IReadOnlyDictionary<string, long>? feeEstimatesPence = null)
{
    private readonly Dictionary<(string Sku, DateOnly Day), (LandedCost? Landed, string? Problem)> _landed = new();
    private readonly Dictionary<(string Sku, DateOnly Day, long Item, long Ship), ProfitQuote> _quotes = new();

    public ProfitReport Build(ReportPeriod period, ProfitGrouping by, IEnumerable<SaleLine> lines, int? orders = null)
    {
        var cells = new Dictionary<(string Sku, DateOnly Day), ProfitFigures>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var day = ReportPeriod.UkDay(line.PurchasedUtc);
            if (day < period.From || day > period.To || line.Quantity <= 0)
            {
                continue;
            }
            if (!string.IsNullOrWhiteSpace(line.Title))
            {
                titles[line.Sku] = line.Title;
            }
            var figures = Figures(line, day, out var problem);
            if (problem is not null)
            {
                problems.TryAdd(line.Sku, problem);
            }
            var key = (line.Sku, day);
            cells[key] = cells.TryGetValue(key, out var sum) ? sum + figures : figures;
        }

        var rows = by == ProfitGrouping.Sku ? SkuRows(cells, titles, problems) : PeriodRows(period, by, cells);
        var days = cells.GroupBy(c => c.Key.Day).ToDictionary(g => g.Key, g => ProfitFigures.Sum(g.Select(c => c.Value)));
        var daily = period.Buckets(ProfitGrouping.Day)
            .Select(d => days.TryGetValue(d, out var f) ? new DailyProfit(d, f.Profit, f.Revenue, f.UncostedUnits) : new DailyProfit(d, 0m, 0m, 0))
            .ToList();
        return new ProfitReport(period, by, rows, ProfitFigures.Sum(rows.Select(r => r.Figures)), daily, orders ?? 0) { UncostedSkus = problems };
    }

    private ProfitFigures Figures(SaleLine line, DateOnly day, out string? problem)
    {
        var revenue = Money.FromPence(line.ItemPricePence + line.ShippingPricePence);
        decimal? estimate = feeEstimatesPence is not null && feeEstimatesPence.TryGetValue(line.Sku, out var perUnit)
            ? Money.FromPence(perUnit) * line.Quantity
            : null;
        var uncosted = ProfitFigures.Zero with
        {
            Units = line.Quantity, Revenue = revenue, UncostedUnits = line.Quantity, UncostedRevenue = revenue, AmazonFeeEstimate = estimate,
        };
        problem = Landed(line.Sku, day, out var landed);
        if (landed is null)
        {
            return uncosted;
        }
        if (line.ItemPricePence < line.Quantity || line.ShippingPricePence < 0)
        {
            problem = "An order line has no item price (under 1p a unit), so it cannot be costed.";
            return uncosted;
        }
        var sum = ProfitFigures.Zero with { AmazonFeeEstimate = estimate };
        foreach (var unit in UnitSplit.Split(line.Quantity, line.ItemPricePence, line.ShippingPricePence))
        {
            var quote = Quote(landed, line.Sku, day, unit.ItemPence, unit.ShippingPence);
            decimal Cost(BreakdownKind kind) => -quote.Breakdown.Where(b => b.Kind == kind).Sum(b => b.Amount) * unit.Count;
            sum += ProfitFigures.Zero with
            {
                Units = unit.Count,
                Revenue = quote.GrossRevenue * unit.Count,
                Vat = quote.VatDue * unit.Count,
                Fees = quote.Fees.CountedTotal * unit.Count,
                Goods = Cost(BreakdownKind.Components),
                Labour = Cost(BreakdownKind.Labour),
                Postage = Cost(BreakdownKind.Postage),
                Packaging = Cost(BreakdownKind.Packaging),
                Profit = quote.Profit * unit.Count,
            };
        }
        return sum;
    }

    private string? Landed(string sku, DateOnly day, out LandedCost? landed)
    {
        if (!_landed.TryGetValue((sku, day), out var cached))
        {
            cached = Cost(sku, day);
            _landed[(sku, day)] = cached;
        }
        landed = cached.Landed;
        return cached.Problem;
    }

    private (LandedCost?, string?) Cost(string sku, DateOnly day)
    {
        if (!costing.Skus.TryGetValue(sku, out var definition) || !CostedState.IsCosted(definition))
        {
            return (null, CostedState.NotCostedYet);
        }
        try
        {
            var asOf = AsOf(day);
            return (costing.Calculator.LandedCost(definition, asOf, costing.Sale(asOf, 0m).Vat), null);
        }
        catch (CostingException ex)
        {
            return (null, ex.Message);
        }
    }

    private ProfitQuote Quote(LandedCost landed, string sku, DateOnly day, long item, long ship)
    {
        var key = (sku, day, item, ship);
        if (!_quotes.TryGetValue(key, out var quote))
        {
            quote = ProfitCalculator.Quote(landed, costing.Sale(landed.AsOf, Money.FromPence(ship)), Money.FromPence(item));
            _quotes[key] = quote;
        }
        return quote;
    }

    /// <summary>The date costs and fees are looked up for a sale on a UK day.</summary>
    public static DateTime AsOf(DateOnly ukDay) => ukDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static List<ProfitRow> SkuRows(
        Dictionary<(string Sku, DateOnly Day), ProfitFigures> cells, Dictionary<string, string> titles, Dictionary<string, string> problems) =>
        cells.GroupBy(c => c.Key.Sku, StringComparer.Ordinal)
            .Select(g => new ProfitRow(g.Key, titles.GetValueOrDefault(g.Key, ""), ProfitFigures.Sum(g.Select(c => c.Value)), problems.GetValueOrDefault(g.Key)))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

    private static List<ProfitRow> PeriodRows(ReportPeriod period, ProfitGrouping by, Dictionary<(string Sku, DateOnly Day), ProfitFigures> cells)
    {
        var byBucket = cells.GroupBy(c => ReportPeriod.BucketStart(c.Key.Day, by))
            .ToDictionary(g => g.Key, g => ProfitFigures.Sum(g.Select(c => c.Value)));
        return period.Buckets(by).Select(start =>
        {
            var figures = byBucket.GetValueOrDefault(start) ?? ProfitFigures.Zero;
            var problem = figures.UncostedUnits > 0 ? $"{figures.UncostedUnits:N0} unit(s) not costed" : null;
            return new ProfitRow(start.ToString("yyyy-MM-dd"), ReportPeriod.BucketLabel(start, by), figures, problem);
        }).ToList();
    }
}
