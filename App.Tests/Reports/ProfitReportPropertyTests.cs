using SellerConsole.Costing;
using SellerConsole.Reports.Profit;
using SellerConsole.Shared;
using SellerConsole.Tests.Costing;

namespace SellerConsole.Tests.Reports;

/// <summary>
/// Properties of the profit and loss report over thousands of seeded random shops (the costing
/// module's <see cref="RandomCase"/>: a random catalogue, SKU, VAT status and fee schedule) with
/// random orders around them, including lines for a SKU that is not costed.
/// </summary>
public sealed class ProfitReportPropertyTests
{
    private const int Cases = 2_000;
    private const int FirstSeed = 13_000_000;
    private static readonly DateOnly From = new(2024, 2, 1);

    private static (ProfitCosting Costing, ReportPeriod Period, List<SaleLine> Lines, RandomCase Case) Shop(int seed)
    {
        var c = RandomCase.Create(seed);
        var rng = new Random(seed);
        var costing = new ProfitCosting(c.Calculator, new Dictionary<string, SkuCostDefinition> { [c.Sku.Sku] = c.Sku },
            (asOf, shipping) => new SaleContext(asOf, c.Sale.Vat, c.Sale.Fees, shipping, c.Sale.ExpectedMonthlyUnits));
        var period = new ReportPeriod(From.AddDays(rng.Next(0, 300)), From.AddDays(rng.Next(300, 700)));
        var lines = new List<SaleLine>();
        for (var i = rng.Next(1, 25); i > 0; i--)
        {
            var day = period.From.AddDays(rng.Next(-3, period.Days + 3));
            var utc = UkTime.StartOfDayUtc(day).AddMinutes(rng.Next(0, 24 * 60));
            var quantity = rng.Next(0, 6);
            lines.Add(new SaleLine(utc, rng.Next(6) == 0 ? "NOT-COSTED" : c.Sku.Sku, null, quantity,
                quantity * (long)rng.Next(1, 8_000) + rng.Next(0, 3), rng.Next(3) == 0 ? 0 : rng.Next(0, 600)));
        }
        return (costing, period, lines, c);
    }

    [Fact]
    public void Every_row_profit_is_revenue_less_vat_fees_and_costs_and_totals_are_the_sum_of_the_rows()
    {
        for (var seed = FirstSeed; seed < FirstSeed + Cases; seed++)
        {
            var (costing, period, lines, _) = Shop(seed);
            foreach (var by in Enum.GetValues<ProfitGrouping>())
            {
                var report = new ProfitReportBuilder(costing).Build(period, by, lines);
                foreach (var row in report.Rows)
                {
                    var f = row.Figures;
                    Assert.True(f.Profit == f.CostedRevenue - f.Vat - f.Fees - f.Costs, $"seed {seed} {by} {row.Key}: {f}");
                    Assert.True(f.HasCostedSales || f.Profit == 0m, $"seed {seed} {by} {row.Key}: uncosted row with a profit");
                }
                var sum = report.Rows.Aggregate(ProfitFigures.Zero, (s, r) => s + r.Figures);
                Assert.True(sum == report.Totals, $"seed {seed} {by}: totals {report.Totals} but rows sum to {sum}");
                Assert.Equal(report.Totals.Profit, report.Daily.Sum(d => d.Profit));
            }
        }
    }

    [Fact]
    public void The_total_profit_is_the_sum_of_the_calculators_quotes_for_every_unit_sold_in_the_period()
    {
        for (var seed = FirstSeed; seed < FirstSeed + Cases; seed++)
        {
            var (costing, period, lines, c) = Shop(seed);
            var expectedProfit = 0m;
            var expectedRevenue = 0m;
            var expectedUnits = 0;
            foreach (var line in lines.Where(l => l.Quantity > 0))
            {
                var day = ReportPeriod.UkDay(line.PurchasedUtc);
                if (day < period.From || day > period.To)
                {
                    continue;
                }
                expectedUnits += line.Quantity;
                expectedRevenue += Money.FromPence(line.ItemPricePence + line.ShippingPricePence);
                if (line.Sku != c.Sku.Sku)
                {
                    continue;
                }
                // Independently of the report: quote each unit at its share of the line (whole pence, the odd pennies on the first units).
                for (var u = 0; u < line.Quantity; u++)
                {
                    var item = line.ItemPricePence / line.Quantity + (u < line.ItemPricePence % line.Quantity ? 1 : 0);
                    var ship = line.ShippingPricePence / line.Quantity + (u < line.ShippingPricePence % line.Quantity ? 1 : 0);
                    var asOf = ProfitReportBuilder.AsOf(day);
                    expectedProfit += c.Calculator.Quote(c.Sku, costing.Sale(asOf, Money.FromPence(ship)), Money.FromPence(item)).Profit;
                }
            }

            var bySku = new ProfitReportBuilder(costing).Build(period, ProfitGrouping.Sku, lines);
            var byMonth = new ProfitReportBuilder(costing).Build(period, ProfitGrouping.Month, lines);

            Assert.True(expectedProfit == bySku.Totals.Profit, $"seed {seed}: expected {expectedProfit}, report {bySku.Totals.Profit}");
            Assert.Equal((expectedUnits, expectedRevenue), (bySku.Totals.Units, bySku.Totals.Revenue));
            Assert.Equal(bySku.Totals, byMonth.Totals);
        }
    }
}
