using SellerConsole.Costing;
using SellerConsole.Costing.Data;

namespace SellerConsole.Reports.Profit;

/// <summary>One order line as sold: the line's item total and shipping for all its units, in pence.</summary>
public sealed record SaleLine(DateTime PurchasedUtc, string Sku, string? Title, int Quantity, long ItemPricePence, long ShippingPricePence);

/// <summary>
/// What the report needs from costing, as values: the calculator over the dated catalogue, the SKU
/// definitions, and the sale context (VAT status, fee schedule in force, plan-fee spread) for a date
/// and a shipping charge. Built from the live <see cref="CostingSnapshot"/>; tests build it directly.
/// </summary>
public sealed record ProfitCosting(
    CostingCalculator Calculator,
    IReadOnlyDictionary<string, SkuCostDefinition> Skus,
    Func<DateTime, decimal, SaleContext> Sale)
{
    public static ProfitCosting From(CostingSnapshot snapshot) =>
        new(snapshot.Calculator, snapshot.Skus, (asOf, shipping) => snapshot.Sale(asOf, shipping));
}

/// <summary>A report row: a SKU (key = SKU, label = title) or a period (key = its first day, yyyy-MM-dd).</summary>
/// <param name="Problem">Why some or all of the row's sales are not costed ("Not costed yet", or the
/// costing module's reason); null when every sale is costed.</param>
public sealed record ProfitRow(string Key, string Label, ProfitFigures Figures, string? Problem);

/// <summary>One UK day's costed profit and all its revenue, for the daily chart.</summary>
public sealed record DailyProfit(DateOnly Day, decimal Profit, decimal Revenue, int UncostedUnits);

/// <summary>The profit and loss report: rows, their totals and the daily series, from one definition.</summary>
public sealed record ProfitReport(
    ReportPeriod Period,
    ProfitGrouping By,
    IReadOnlyList<ProfitRow> Rows,
    ProfitFigures Totals,
    IReadOnlyList<DailyProfit> Daily,
    int Orders)
{
    public string Title => "Profit and loss";

    /// <summary>SKUs with sales that could not be costed, and why (first reason met).</summary>
    public IReadOnlyDictionary<string, string> UncostedSkus { get; init; } = new Dictionary<string, string>();
}
