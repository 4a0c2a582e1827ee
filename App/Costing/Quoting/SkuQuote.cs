using SellerConsole.Costing.Data;

namespace SellerConsole.Costing.Quoting;

/// <summary>A what-if on a SKU: its (possibly edited) definition, a price and any pack cost overrides.</summary>
public sealed record WhatIf(
    SkuCostDefinition Sku,
    decimal ItemPrice,
    decimal? ShippingCharge = null,
    IReadOnlyDictionary<string, decimal>? PackCostOverrides = null);

/// <summary>One bar of the waterfall: money in or out, or a running total (<see cref="IsTotal"/>).</summary>
public sealed record WaterfallStep(string Label, decimal Amount, bool IsTotal);

/// <summary>A full quote for the Costs page and the API: breakdown, break-even, target-margin price, contents tree.</summary>
public sealed record SkuQuote(
    ProfitQuote Quote,
    decimal BreakEvenPrice,
    decimal TargetMargin,
    decimal? TargetMarginPrice,
    string? TargetMarginProblem,
    BomRollUp Contents,
    IReadOnlyList<WaterfallStep> Waterfall);

/// <summary>Quotes what-ifs against a snapshot without saving anything. Pure.</summary>
public static class SkuQuotes
{
    /// <exception cref="CostingException">The SKU cannot be costed as given (the message says why).</exception>
    public static SkuQuote Quote(CostingSnapshot snapshot, WhatIf whatIf, DateTime asOf)
    {
        var sku = whatIf.Sku;
        var catalogue = whatIf.PackCostOverrides is { Count: > 0 }
            ? CatalogueSlice.For(snapshot.Catalogue, sku.Contents.Select(l => l.Item), sku.Packaging.Select(p => p.Code), asOf, null, whatIf.PackCostOverrides)
            : snapshot.Catalogue;
        var calculator = new CostingCalculator(catalogue);
        var sale = snapshot.Sale(asOf, whatIf.ShippingCharge);
        var landed = calculator.LandedCost(sku, asOf, sale.Vat);
        var quote = ProfitCalculator.Quote(landed, sale, whatIf.ItemPrice);
        var breakEven = PriceSolver.BreakEvenPrice(landed, sale);
        var target = snapshot.Settings.TargetMargin;
        decimal? targetPrice = null;
        string? problem = null;
        try
        {
            targetPrice = PriceSolver.PriceForTargetMargin(landed, sale, target);
        }
        catch (CostingException ex)
        {
            problem = ex.Message;
        }
        return new SkuQuote(quote, breakEven, target, targetPrice, problem, calculator.RollUp(sku, asOf), Waterfall(quote));
    }

    /// <summary>price -> VAT -> Amazon fees -> postage -> packaging -> labour -> components -> profit.</summary>
    public static IReadOnlyList<WaterfallStep> Waterfall(ProfitQuote quote)
    {
        decimal Sum(BreakdownKind kind) => quote.Breakdown.Where(l => l.Kind == kind).Sum(l => l.Amount);
        return
        [
            new("Price", quote.GrossRevenue, false),
            new("VAT", Sum(BreakdownKind.Vat), false),
            new("Amazon fees", Sum(BreakdownKind.AmazonFee), false),
            new("Postage", Sum(BreakdownKind.Postage), false),
            new("Packaging", Sum(BreakdownKind.Packaging), false),
            new("Labour", Sum(BreakdownKind.Labour), false),
            new("Components", Sum(BreakdownKind.Components), false),
            new("Profit", quote.Profit, true),
        ];
    }
}
