using System.Globalization;
using SellerConsole.Competition;
using SellerConsole.Reports.Profit;

namespace SellerConsole.Reports.Competition;

/// <summary>
/// Builds the competition report from the stored changes and the buy-box history. Pure. A rival's
/// move is any change naming them (undercut, below our floor, joined, left, took the buy box);
/// price cuts are read from the undercut's evidence ("their previous" to "their landed").
/// </summary>
public static class CompetitionReportBuilder
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static CompetitionReport Build(ReportPeriod period, IEnumerable<ChangeRecord> changes, IEnumerable<ListedAsin> listings, Func<string, BuyBoxSplit?> buyBox)
    {
        var (from, to) = (period.FromUtc, period.ToUtcExclusive);
        var list = changes.Where(c => c.DetectedUtc >= from && c.DetectedUtc < to).OrderBy(c => c.DetectedUtc).ThenBy(c => c.Asin, StringComparer.Ordinal).ToList();
        var kinds = list.GroupBy(c => c.Kind)
            .Select(g => new KindRow(g.Key.Label(), g.Count(), g.Select(c => c.Asin).Distinct().Count(), g.Where(c => c.SellerId is not null).Select(c => c.SellerId).Distinct().Count()))
            .OrderByDescending(k => k.Changes).ThenBy(k => k.Kind, StringComparer.Ordinal).ToList();
        var byAsin = list.ToLookup(c => c.Asin, StringComparer.Ordinal);
        var shares = listings.DistinctBy(l => l.Asin).Select(l =>
        {
            var split = buyBox(l.Asin);
            var mine = byAsin[l.Asin].ToList();
            return new ShareRow(l.Sku, l.Asin, l.Title, Fraction(split?.Ours), Fraction(split?.Others), Fraction(split?.Nobody),
                mine.Count(c => c.Kind == ChangeKind.BuyBoxLost), mine.Count(c => c.Kind == ChangeKind.BuyBoxWon), mine.Count);
        }).OrderBy(s => s.Ours ?? 2m).ThenBy(s => s.Sku, StringComparer.Ordinal).ToList();
        var rivals = list.Where(c => c.SellerId is not null).GroupBy(c => c.SellerId!, StringComparer.Ordinal).Select(g =>
        {
            var undercuts = g.Where(c => c.Kind == ChangeKind.CompetitorBelowUs).ToList();
            return new RivalRow(g.Key, g.Count(), undercuts.Count, g.Count(c => c.Kind is ChangeKind.NewSeller or ChangeKind.AmazonJoined),
                g.Count(c => c.Kind == ChangeKind.CompetitorOutOfStock), g.Count(c => c.Kind == ChangeKind.BuyBoxLost), g.Select(c => c.Asin).Distinct().Count(),
                Max(undercuts.Select(c => Pounds(c, "their previous") - Pounds(c, "their landed"))),
                Max(undercuts.Select(c => Pounds(c, "our price") - Pounds(c, "their landed"))));
        }).OrderByDescending(r => r.Moves).ThenByDescending(r => r.BiggestCut ?? 0m).ThenBy(r => r.SellerId, StringComparer.Ordinal).ToList();
        var rows = list.Select(c => new ChangeRow(c.DetectedUtc, c.Kind.Label(), c.Asin, c.Sku, c.SellerId, c.Title)).ToList();
        var daily = list.GroupBy(c => (Day: ReportPeriod.UkDay(c.DetectedUtc), c.Kind)).Select(g => new DailyChanges(g.Key.Day, g.Key.Kind, g.Count()))
            .OrderBy(d => d.Day).ThenBy(d => d.Kind).ToList();
        return new CompetitionReport(period, kinds, shares, rivals, rows, daily);
    }

    private static decimal? Fraction(double? share) => share is { } s ? Math.Round((decimal)s, 4, MidpointRounding.AwayFromZero) : null;

    private static decimal? Max(IEnumerable<decimal?> values) => values.Where(v => v is > 0m).Max();

    /// <summary>An evidence price ("£12.49") in pounds; null when it is missing or not a price ("not listed").</summary>
    public static decimal? Pounds(ChangeRecord change, string name) =>
        change.Evidence.TryGetValue(name, out var text) && decimal.TryParse(text, NumberStyles.Currency, EnGb, out var value) ? value : null;
}
