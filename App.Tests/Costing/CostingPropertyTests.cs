using SellerConsole.Costing;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Costing;

/// <summary>Properties over thousands of seeded random cases (see <see cref="RandomCase"/>).</summary>
public sealed class CostingPropertyTests
{
    private const int Cases = 2_000;
    private const int FirstSeed = 20_250_601;

    private static IEnumerable<RandomCase> AllCases() => Enumerable.Range(FirstSeed, Cases).Select(RandomCase.Create);

    [Fact]
    public void Profit_never_falls_as_the_price_rises_a_penny()
    {
        foreach (var c in AllCases())
        {
            var landed = c.Landed();
            var rng = new Random(c.Seed);
            // Walk across the referral minimum's kink and a random stretch higher up.
            var kink = Money.ToPence(c.Sale.Fees.MinimumReferralFee / c.Sale.Fees.ReferralRate) - Money.ToPence(c.Sale.ShippingCharge);
            foreach (var start in new[] { Math.Max(1, kink - 40), rng.Next(1, 50_000) })
            {
                var previous = ProfitCalculator.Quote(landed, c.Sale, Money.FromPence(start)).Profit;
                for (var p = start + 1; p <= start + 80; p++)
                {
                    var profit = ProfitCalculator.Quote(landed, c.Sale, Money.FromPence(p)).Profit;
                    Assert.True(profit >= previous, $"seed {c.Seed}: profit {previous} at {p - 1}p fell to {profit} at {p}p");
                    previous = profit;
                }
            }
        }
    }

    [Fact]
    public void Break_even_is_the_first_penny_with_no_loss()
    {
        foreach (var c in AllCases())
        {
            var landed = c.Landed();

            var price = PriceSolver.BreakEvenPrice(landed, c.Sale);

            Assert.True(ProfitCalculator.Quote(landed, c.Sale, price).Profit >= 0m, $"seed {c.Seed}: loss at break-even {price}");
            if (price > 0.01m)
            {
                var below = ProfitCalculator.Quote(landed, c.Sale, price - 0.01m).Profit;
                Assert.True(below < 0m, $"seed {c.Seed}: profit {below} already at {price - 0.01m}, below break-even {price}");
            }
        }
    }

    [Fact]
    public void Target_margin_price_is_the_first_penny_that_reaches_the_target()
    {
        foreach (var c in AllCases())
        {
            var landed = c.Landed();
            var fees = c.Sale.Fees;
            var feeShare = fees.ReferralRate * (1m + fees.DigitalServicesFeeRate) * (c.Sale.Vat.ReclaimsInputVat ? 1m : 1m + fees.FeeVatRate);
            var ceiling = 1m - feeShare / (1m - c.Sale.Vat.SaleVatFraction);
            var target = Math.Round(ceiling * (new Random(c.Seed).Next(-50, 96) / 100m), 4);

            var price = PriceSolver.PriceForTargetMargin(landed, c.Sale, target);

            var margin = ProfitCalculator.Quote(landed, c.Sale, price).Margin;
            Assert.True(margin >= target, $"seed {c.Seed}: margin {margin} at {price} misses target {target}");
            if (price > 0.01m)
            {
                var below = ProfitCalculator.Quote(landed, c.Sale, price - 0.01m).Margin;
                Assert.True(below < target, $"seed {c.Seed}: margin {below} at {price - 0.01m} already meets {target}");
            }
        }
    }

    [Fact]
    public void Breakdown_lines_sum_exactly_to_the_profit()
    {
        foreach (var c in AllCases())
        {
            var landed = c.Landed();
            var price = Money.FromPence(new Random(c.Seed).Next(1, 100_000));

            var quote = ProfitCalculator.Quote(landed, c.Sale, price);

            var lines = quote.Breakdown;
            Assert.True(lines[^1].Kind == BreakdownKind.Profit && lines[^1].Amount == quote.Profit, $"seed {c.Seed}: last line is not the profit");
            Assert.True(lines.SkipLast(1).Sum(l => l.Amount) == quote.Profit, $"seed {c.Seed}: lines do not sum to {quote.Profit}");
            Assert.True(lines.All(l => l.Amount == Money.Round(l.Amount)), $"seed {c.Seed}: a line is not whole pence");
            Assert.True(-lines.Where(l => l.Kind is >= BreakdownKind.Postage and < BreakdownKind.Profit).Sum(l => l.Amount) == quote.LandedCost,
                $"seed {c.Seed}: landed lines do not sum to the landed cost");
            Assert.True(quote.Fees.Referral == Money.Round(c.Sale.Fees.ReferralFee(quote.GrossRevenue)), $"seed {c.Seed}: referral line is not the rounded fee");
            Assert.True(Math.Abs(quote.VatDue - Money.Round(c.Sale.Vat.VatDueOnSale(quote.GrossRevenue))) <= 0.01m, $"seed {c.Seed}: VAT line off by more than 1p");
            Assert.True(lines.All(l => l.Kind is BreakdownKind.Revenue or BreakdownKind.Profit || l.Amount <= 0m), $"seed {c.Seed}: a cost line is positive");
            var exactNet = quote.GrossRevenue - c.Sale.Vat.VatDueOnSale(quote.GrossRevenue);
            Assert.True(Math.Abs(quote.Profit - exactNet * quote.Margin) <= 0.03m,
                $"seed {c.Seed}: rounded profit {quote.Profit} strays from margin x net revenue");
        }
    }

    [Fact]
    public void A_kits_cost_is_the_sum_of_its_parts_times_quantity_and_waste()
    {
        foreach (var c in AllCases().Take(500))
        {
            var skuTree = c.Calculator.RollUp(c.Sku, c.Sale.AsOf);
            Assert.True(c.Sale.Vat.Counted(skuTree.Total) == c.Landed().Components.Counted, $"seed {c.Seed}: tree total differs from the quoted components");
            foreach (var kit in c.Catalogue.Kits)
            {
                var node = c.Calculator.RollUp(BomRef.Kit(kit.Code), c.Sale.AsOf);

                AssertSumsUp(node, c.Seed);
                var flat = Flatten(c.Catalogue, BomRef.Kit(kit.Code), 1m).Sum(x => c.Catalogue.Component(x.Code).UnitCostExVat(c.Sale.AsOf) * x.Quantity);
                Assert.True(Math.Abs(flat - node.UnitCost.ExVat) < 1e-15m, $"seed {c.Seed}: {kit.Code} rolls up to {node.UnitCost.ExVat}, flattened {flat}");
            }
        }
    }

    private static void AssertSumsUp(BomNode node, int seed)
    {
        if (node.Item.Kind == BomItemKind.Component)
        {
            Assert.True(node.Children.Count == 0, $"seed {seed}: a component has children");
            return;
        }
        var sum = node.Children.Aggregate(CostAmount.Zero, (s, child) => s + child.UnitCost * (child.Quantity * (1m + child.WasteRate)));
        Assert.True(sum == node.UnitCost, $"seed {seed}: {node.Item} costs {node.UnitCost} but its lines sum to {sum}");
        foreach (var child in node.Children)
        {
            AssertSumsUp(child, seed);
        }
    }

    // Expands a BOM to (component, total units) leaves independently of the calculator.
    private static IEnumerable<(string Code, decimal Quantity)> Flatten(CostingCatalogue catalogue, BomRef item, decimal units) =>
        item.Kind == BomItemKind.Component
            ? [(item.Code, units)]
            : catalogue.Kit(item.Code).Lines.SelectMany(l => Flatten(catalogue, l.Item, units * l.Quantity * (1m + l.WasteRate)));
}
