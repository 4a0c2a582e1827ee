using System.Globalization;
using SellerConsole.Reports.Export;
using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Rendering;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Reports.Repricing;

/// <summary>The repricing activity report's one definition: columns, summary, notes and chart for the page, PDF, Excel and CSV.</summary>
public static class RepricingReportDefinition
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly ColumnTotal Sum = new ColumnTotal.Sum();
    private static readonly ColumnTotal Mean = new ColumnTotal.Average();
    private static readonly ColumnTotal None = new ColumnTotal.None();

    private static decimal? Share(double? share) => share is { } s ? Math.Round((decimal)s, 4, MidpointRounding.AwayFromZero) : null;

    private static readonly IReadOnlyList<ReportColumn<SkuActivityRow>> SkuColumns =
    [
        new("sku", "SKU", ReportColumnKind.Text, r => r.Sku, new ColumnTotal.Label("Total")),
        new("title", "Title", ReportColumnKind.Text, r => r.Title, None),
        new("changes", "Changes", ReportColumnKind.Count, r => r.Changes, Sum),
        new("up", "Up", ReportColumnKind.Count, r => r.Up, Sum),
        new("down", "Down", ReportColumnKind.Count, r => r.Down, Sum),
        new("held", "Held", ReportColumnKind.Count, r => r.Held, Sum),
        new("first", "Price before", ReportColumnKind.Money, r => r.FirstPrice, None),
        new("last", "Price after", ReportColumnKind.Money, r => r.LastPrice, None),
        new("net", "Net change", ReportColumnKind.Money, r => r.NetChange, None),
        new("buyBoxBefore", "Buy box before", ReportColumnKind.Percent, r => Share(r.Before.BuyBoxShare), Mean),
        new("buyBoxAfter", "Buy box after", ReportColumnKind.Percent, r => Share(r.After.BuyBoxShare), Mean),
        new("unitsBefore", "Units before", ReportColumnKind.Count, r => r.Before.Units, Sum),
        new("unitsAfter", "Units after", ReportColumnKind.Count, r => r.After.Units, Sum),
        new("reason", "Latest explanation", ReportColumnKind.Text, r => r.LastReason, None),
    ];

    private static readonly IReadOnlyList<ReportColumn<PriceChangeRow>> ChangeColumns =
    [
        new("day", "Day", ReportColumnKind.Date, c => ReportPeriod.UkDay(c.AtUtc), None),
        new("time", "Time (UK)", ReportColumnKind.Text, c => Shared.UkTime.FromUtc(c.AtUtc).ToString("HH:mm", EnGb), None),
        new("sku", "SKU", ReportColumnKind.Text, c => c.Sku, None),
        new("by", "By", ReportColumnKind.Text, c => c.By, None),
        new("from", "From", ReportColumnKind.Money, c => c.From, None),
        new("to", "To", ReportColumnKind.Money, c => c.To, None),
        new("change", "Change", ReportColumnKind.Money, c => c.Change, None),
        new("changeShare", "Change %", ReportColumnKind.Percent, c => c.ChangeShare is { } s ? Math.Round(s, 4, MidpointRounding.AwayFromZero) : null, None),
        new("sent", "Sent", ReportColumnKind.Text, c => c.Sent, None),
        new("guard", "Binding guard", ReportColumnKind.Text, c => c.Guard, None),
        new("reason", "Why", ReportColumnKind.Text, c => c.Reason, None),
    ];

    private static readonly IReadOnlyList<ReportColumn<HoldRow>> HoldColumns =
    [
        new("reason", "Held because", ReportColumnKind.Text, h => h.Reason, new ColumnTotal.Label("Total")),
        new("decisions", "Holds", ReportColumnKind.Count, h => h.Decisions, Sum),
        new("skus", "SKUs", ReportColumnKind.Count, h => h.Skus, None),
    ];

    public static ReportDocument Document(RepricingActivity report) => new(RepricingActivity.Title, Subtitle(report),
        $"repricing-{report.Period.From:yyyy-MM-dd}-to-{report.Period.To:yyyy-MM-dd}",
        [
            ReportSection.Of("By SKU", SkuColumns, report.Skus),
            ReportSection.Of("Price changes", ChangeColumns, report.Changes),
            ReportSection.Of("Holds by reason", HoldColumns, report.Holds),
        ]);

    /// <summary>Names both windows, so a file read on its own says what "before" means.</summary>
    public static string Subtitle(RepricingActivity report) => $"{report.Period.Label} · before = {report.Before.Label}";

    public static IReadOnlyList<SummaryFigure> Summary(RepricingActivity report)
    {
        var repriced = report.Skus.Where(s => s.Changes > 0).ToList();
        var known = repriced.Where(s => s.Before.BuyBoxShare is not null && s.After.BuyBoxShare is not null).ToList();
        string Pct(double share) => share.ToString("P1", EnGb);
        return
        [
            new("Price changes", report.Counted.ToString("N0", EnGb), $"{report.Up:N0} up · {report.Down:N0} down"),
            new("SKUs repriced", repriced.Count.ToString("N0", EnGb), $"{report.Held:N0} hold(s) on {report.Skus.Count(s => s.Held > 0):N0} SKU(s)"),
            new("Buy box, repriced SKUs", known.Count == 0 ? "—" : $"{Pct(known.Average(s => s.Before.BuyBoxShare!.Value))} → {Pct(known.Average(s => s.After.BuyBoxShare!.Value))}",
                known.Count == 0 ? "no buy-box history for them" : $"before → during, mean of {known.Count:N0} SKU(s)"),
            new("Units, repriced SKUs", $"{repriced.Sum(s => s.Before.Units):N0} → {repriced.Sum(s => s.After.Units):N0}", "before → during (cancelled orders excluded)"),
        ];
    }

    public static ChartSpec Chart(RepricingActivity report)
    {
        var days = report.Period.Buckets(ProfitGrouping.Day).ToList();
        var counted = report.Changes.Where(c => c.Effective).ToList();
        ChartSeriesSpec Series(string name, Func<PriceChangeRow, bool> which, string colour) => new(name,
            [.. days.Select(d => ChartDatum.At(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), counted.Count(c => which(c) && ReportPeriod.UkDay(c.AtUtc) == d)))], colour);
        return new ChartSpec
        {
            Kind = ChartKind.Bar,
            Times = TimeFormat.Day,
            Height = 200,
            Legend = true,
            Series = [Series("Up", c => c.Change > 0, "var(--mud-palette-success)"), Series("Down", c => c.Change < 0, "var(--mud-palette-error)")],
        };
    }

    public static IReadOnlyList<string> Notes(RepricingActivity report)
    {
        var notes = new List<string>();
        if (!report.HasData)
        {
            notes.Add(report.EverDecided
                ? $"No repricing data for this period: the repricer changed no price and held none between {report.Period.Label}."
                : "No repricing data: the repricer has not decided any price yet. Turn it on on the Repricing page and this report fills in as it works.");
        }
        notes.Add($"Before is the {report.Before.Days:N0} day(s) just before the period ({report.Before.Label}); after is the period itself. " +
            "Buy box is the share of each window we held it (from the listing's first observation, if later); a hold is counted once until its explanation changes.");
        return notes;
    }

    public static PrintableReport View(RepricingActivity report) =>
        PrintableReport.Of(Document(report), Summary(report), [new PrintChart("Price changes per UK day", Chart(report))], [.. Notes(report)]) with
        {
            EmptyText = new Dictionary<string, string>
            {
                ["By SKU"] = "No SKU was repriced or held in this period.",
                ["Price changes"] = "No price changes in this period.",
                ["Holds by reason"] = "No holds in this period.",
            },
        };
}
