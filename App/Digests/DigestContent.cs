using SellerConsole.Reports.Profit;

namespace SellerConsole.Digests;

public enum DigestKind
{
    Daily,
    Weekly,
}

/// <summary>Sales of a period: profit covers the costed units only (as the profit report counts it).</summary>
public sealed record SalesFigures(int Orders, int Units, decimal Revenue, decimal Profit, int UncostedUnits)
{
    public static SalesFigures From(ProfitReport report) =>
        new(report.Orders, report.Totals.Units, report.Totals.Revenue, report.Totals.Profit, report.Totals.UncostedUnits);
}

/// <summary>Listings whose buy box we hold, of those whose offers have been read.</summary>
public sealed record BuyBoxShare(int Won, int Checked)
{
    public decimal? Share => Checked == 0 ? null : Math.Round((decimal)Won / Checked, 3, MidpointRounding.AwayFromZero);
}

/// <summary>One item in a section, with the console path (e.g. "/catalogue/SKU-1") it links to.</summary>
public sealed record DigestLine(string Text, string? Detail, string Path);

/// <summary>A block of the digest: <see cref="Total"/> items, the first few in <see cref="Lines"/>.</summary>
public sealed record DigestSection(string Id, string Title, int Total, IReadOnlyList<DigestLine> Lines, string Path, string Empty)
{
    public int More => Total - Lines.Count;
}

/// <summary>
/// What a digest says, as data: the renderers (<see cref="DigestHtml"/>, <see cref="DigestText"/>) only lay it out.
/// Daily: yesterday (UK) against the same weekday a week before. Weekly: last Monday-Sunday against the week before.
/// </summary>
public sealed record DigestContent(
    DigestKind Kind,
    ReportPeriod Period,
    ReportPeriod Previous,
    SalesFigures Sales,
    SalesFigures PreviousSales,
    BuyBoxShare BuyBox,
    IReadOnlyList<DigestSection> Sections,
    bool OrdersLoaded = true)
{
    public const int LinesPerSection = 10;

    public string Title => Kind == DigestKind.Daily ? $"Morning digest for {Period.Label}" : $"Weekly summary, {Period.Label}";

    public string PreviousLabel => Kind == DigestKind.Daily ? $"same day last week ({Previous.Label})" : $"the week before ({Previous.Label})";

    /// <summary>Said above the figures while the first orders sync is still reading: they are partial.</summary>
    public string? PartialNote => OrdersLoaded ? null
        : "The first orders sync has not finished yet, so these figures are partial and no change is shown.";

    /// <summary>The change column: none while the orders are partial (a first import would read as a false drop).</summary>
    public string Change(decimal now, decimal before) => OrdersLoaded ? DigestText.Change(now, before) : "-";

    public DigestSection Section(string id) => Sections.Single(s => s.Id == id);

    /// <summary>The periods a digest sent on <paramref name="ukToday"/> covers.</summary>
    public static (ReportPeriod Period, ReportPeriod Previous) PeriodsFor(DigestKind kind, DateOnly ukToday)
    {
        if (kind == DigestKind.Daily)
        {
            var yesterday = ukToday.AddDays(-1);
            return (new ReportPeriod(yesterday, yesterday), new ReportPeriod(yesterday.AddDays(-7), yesterday.AddDays(-7)));
        }
        var thisMonday = ReportPeriod.BucketStart(ukToday, ProfitGrouping.Week);
        var lastMonday = thisMonday.AddDays(-7);
        return (new ReportPeriod(lastMonday, thisMonday.AddDays(-1)), new ReportPeriod(lastMonday.AddDays(-7), lastMonday.AddDays(-1)));
    }
}
