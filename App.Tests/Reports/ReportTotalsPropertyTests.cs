using SellerConsole.Competition;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Reports;
using SellerConsole.Reports.Competition;
using SellerConsole.Reports.Export;
using SellerConsole.Reports.ListingHealth;
using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Repricing;
using SellerConsole.Scoring;

namespace SellerConsole.Tests.Reports;

/// <summary>
/// Over thousands of generated shops: every totals row equals what its rows add up to (or average to), and each report's
/// headline counts agree with its own tables, for the repricing, listing health and competition reports.
/// </summary>
public sealed class ReportTotalsPropertyTests
{
    private static readonly ReportPeriod Period = new(new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 16));
    private static readonly DateTime Start = Period.FromUtc.AddDays(-3);

    private static DateTime At(Random r) => Start.AddMinutes(r.Next(0, 13 * 24 * 60));

    private static void TotalsAddUp(ReportDocument document)
    {
        foreach (var section in document.Sections)
        {
            var totals = section.TotalValues();
            for (var c = 0; c < section.Headers.Count; c++)
            {
                if (section.Totals[c] is not (ColumnTotal.Sum or ColumnTotal.Average))
                {
                    continue;
                }
                var values = section.Rows.Select(r => r[c]).Where(v => v is not null).Select(v => Convert.ToDecimal(v)).ToList();
                switch (section.Totals[c])
                {
                    case ColumnTotal.Sum:
                        Assert.Equal(values.Sum(), totals[c]);
                        break;
                    case ColumnTotal.Average:
                        Assert.Equal(values.Count == 0 ? null : values.Sum() / values.Count, (decimal?)totals[c]);
                        break;
                }
            }
        }
    }

    [Fact]
    public void Repricing_totals_equal_the_sum_of_their_rows()
    {
        var random = new Random(20251210);
        for (var run = 0; run < 2_000; run++)
        {
            var skus = Enumerable.Range(0, random.Next(1, 8)).Select(i => $"S{i}").ToArray();
            var decisions = Enumerable.Range(0, random.Next(0, 30)).Select(_ => new DecisionRecord(At(random), skus[random.Next(skus.Length)], "s",
                (DecisionOutcome)random.Next(4), (DecisionReason)random.Next(19), (DecisionStatus)random.Next(6), random.Next(100, 3000), random.Next(100, 3000),
                null, "why", random.Next(3) == 0 ? null : (PushState)random.Next(7))).ToList();
            var manual = Enumerable.Range(0, random.Next(0, 4)).Select(_ => new ManualChange(At(random), skus[random.Next(skus.Length)], "owner",
                random.Next(2) == 0 ? null : random.Next(100, 3000), random.Next(100, 3000), (PushState)random.Next(7))).ToList();
            var units = skus.ToDictionary(s => s, _ => (random.Next(0, 50), random.Next(0, 50)));
            var share = skus.ToDictionary(s => s, _ => random.Next(3) == 0 ? (double?)null : random.NextDouble());

            var report = RepricingActivityBuilder.Build(Period, true, decisions, manual, new Dictionary<string, string>(),
                s => new WindowFigures(share[s], units[s].Item1), s => new WindowFigures(share[s], units[s].Item2));

            TotalsAddUp(RepricingReportDefinition.Document(report));
            Assert.Equal(report.Counted, report.Skus.Sum(s => s.Changes));
            Assert.Equal(report.Up + report.Down, report.Skus.Sum(s => s.Up + s.Down));
            Assert.Equal(report.Held, report.Skus.Sum(s => s.Held));
            Assert.All(report.Changes, c => Assert.InRange(c.AtUtc, Period.FromUtc, Period.ToUtcExclusive.AddTicks(-1)));
            Assert.Equal(report.Counted, RepricingReportDefinition.Chart(report).Series.Sum(s => s.Data.Sum(d => d.Value ?? 0m)) + report.Changes.Count(c => c.Effective && c.Change is null or 0m));
        }
    }

    [Fact]
    public void Listing_health_totals_equal_the_sum_and_mean_of_their_rows()
    {
        var random = new Random(7);
        for (var run = 0; run < 2_000; run++)
        {
            var listings = Enumerable.Range(0, random.Next(0, 25)).Select(i => new ScoredListing($"L{i}", "t", random.Next(0, 1001) / 10m,
                [.. Enumerable.Range(0, random.Next(0, 6)).Select(f => new Finding("r", (Severity)random.Next(1, 4), ScoreSection.Content, "m", "e", "f", random.Next(0, 200) / 10m))],
                random.Next(3) == 0 ? null : random.Next(0, 1001) / 10m)).ToList();

            var report = ListingHealthReport.Build(Period, Start, listings);

            TotalsAddUp(ListingHealthDefinition.Document(report));
            Assert.Equal(report.Rows.Count, report.Grades.Sum(g => g.Listings));
            Assert.Equal(report.Rows.Sum(r => Math.Min(r.Findings, ListingHealthReport.FixesPerListing)), report.Fixes.Count);
            Assert.All(report.Drops, d => Assert.True(d.Change < 0));
            Assert.Equal(Math.Min(ListingHealthReport.DropsShown, report.Rows.Count(r => r.Change < 0)), report.Drops.Count);
        }
    }

    [Fact]
    public void Competition_totals_equal_the_sum_of_their_rows()
    {
        var random = new Random(42);
        var kinds = Enum.GetValues<ChangeKind>();
        for (var run = 0; run < 2_000; run++)
        {
            var asins = Enumerable.Range(0, random.Next(1, 6)).Select(i => $"A{i}").ToArray();
            var changes = Enumerable.Range(0, random.Next(0, 40)).Select(_ => new ChangeRecord(At(random), kinds[random.Next(kinds.Length)], asins[random.Next(asins.Length)],
                null, random.Next(4) == 0 ? null : $"S{random.Next(5)}", "t",
                new Dictionary<string, string> { ["their landed"] = $"£{random.Next(100, 999) / 100m}", ["their previous"] = $"£{random.Next(100, 999) / 100m}", ["our price"] = "£5.00" })).ToList();
            var splits = asins.ToDictionary(a => a, _ => random.Next(3) == 0 ? null : new BuyBoxSplit(random.NextDouble() / 2, random.NextDouble() / 2));

            var report = CompetitionReportBuilder.Build(Period, changes, asins.Select(a => new ListedAsin("K" + a, a, "t")), a => splits[a]);

            TotalsAddUp(CompetitionReportDefinition.Document(report));
            Assert.Equal(report.Changes.Count, report.Kinds.Sum(k => k.Changes));
            Assert.Equal(report.Changes.Count(c => c.SellerId is not null), report.Rivals.Sum(r => r.Moves));
            Assert.Equal(report.Changes.Count, report.Daily.Sum(d => d.Count));
            Assert.Equal(report.Changes.Count, report.Shares.Sum(s => s.Changes));
            Assert.Equal(report.Changes.Count, CompetitionReportDefinition.Chart(report).Series.Sum(s => s.Data.Sum(d => d.Value ?? 0m)));
            Assert.All(report.Shares.Where(s => s.Ours is not null), s => Assert.Equal(1m, s.Ours!.Value + s.Others!.Value + s.Nobody!.Value, 3));
        }
    }
}
