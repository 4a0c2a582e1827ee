namespace SellerConsole.Reports.Profit;

public sealed record ProfitFiguresDto(int Units, decimal Revenue, decimal? Vat, decimal? AmazonFees, decimal? AmazonFeeEstimate, decimal? Goods,
    decimal? Labour, decimal? Postage, decimal? Packaging, decimal? Profit, decimal? Margin, int UncostedUnits, decimal UncostedRevenue);

public sealed record ProfitRowDto(string Key, string Label, ProfitFiguresDto Figures, string? Problem);

/// <summary>The profit report as the API's JSON: figures of rows with no costed sales are null, never a made-up zero.</summary>
public sealed record ProfitReportDto(DateOnly From, DateOnly To, string By, int Orders, IReadOnlyList<ProfitRowDto> Rows, ProfitFiguresDto Totals,
    IReadOnlyList<DailyProfit> Daily, IReadOnlyDictionary<string, string> Uncosted)
{
    public static ProfitReportDto Of(ProfitReport report) => new(report.Period.From, report.Period.To, report.By.ToString().ToLowerInvariant(), report.Orders,
        report.Rows.Select(r => new ProfitRowDto(r.Key, r.Label, Figures(r.Figures), r.Problem)).ToList(), Figures(report.Totals), report.Daily, report.UncostedSkus);

    private static ProfitFiguresDto Figures(ProfitFigures f)
    {
        decimal? Costed(decimal value) => f.HasCostedSales ? value : null;
        return new ProfitFiguresDto(f.Units, f.Revenue, Costed(f.Vat), Costed(f.Fees), f.AmazonFeeEstimate, Costed(f.Goods), Costed(f.Labour),
            Costed(f.Postage), Costed(f.Packaging), Costed(f.Profit), f.Margin is { } m ? Math.Round(m, 4, MidpointRounding.AwayFromZero) : null,
            f.UncostedUnits, f.UncostedRevenue);
    }
}
