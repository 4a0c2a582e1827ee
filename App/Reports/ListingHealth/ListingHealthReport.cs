using SellerConsole.Reports.Profit;
using SellerConsole.Scoring;

namespace SellerConsole.Reports.ListingHealth;

/// <summary>A listing's stored score now, its findings in fix-first order, and its last score before the period (null: not scored then).</summary>
public sealed record ScoredListing(string Sku, string Title, decimal Score, IReadOnlyList<Finding> Findings, decimal? Previous);

/// <summary>One listing as the report shows it.</summary>
public sealed record HealthRow(string Sku, string Title, decimal Score, string Grade, decimal? Previous, int Findings, string? Worst, string? FixFirst)
{
    /// <summary>Score now minus the last score before the period; null for a listing first scored since.</summary>
    public decimal? Change => Previous is { } p ? Score - p : null;
}

/// <summary>One of a listing's first findings to fix (rank 1 = fix first).</summary>
public sealed record FixRow(string Sku, int Rank, string Severity, string Section, string Problem, string Fix, decimal PointsLost);

/// <summary>How many listings have a grade, and their mean score.</summary>
public sealed record GradeRow(string Grade, string Range, int Listings, decimal? AverageScore);

/// <summary>
/// Listing health: every scored listing's score, grade and first fixes, how each moved since its last
/// score before the period started, listings by grade and the biggest drops.
/// </summary>
public sealed record ListingHealthReport(ReportPeriod Period, DateTime TakenUtc, IReadOnlyList<HealthRow> Rows, IReadOnlyList<FixRow> Fixes,
    IReadOnlyList<GradeRow> Grades, IReadOnlyList<HealthRow> Drops)
{
    public const string Title = "Listing health";

    /// <summary>How many findings per listing the fix-first section lists.</summary>
    public const int FixesPerListing = 3;

    /// <summary>How many of the biggest drops the report names.</summary>
    public const int DropsShown = 10;

    /// <summary>Grades by score: A 90+, B 75+, C 50+ (the Scoring page's amber band), D under 50 (its red band).</summary>
    public static IReadOnlyList<(string Grade, decimal Min, string Range)> GradeBands { get; } =
        [("A", 90m, "90–100"), ("B", 75m, "75–89.9"), ("C", 50m, "50–74.9"), ("D", 0m, "under 50")];

    public static string GradeOf(decimal score) => GradeBands.First(b => score >= b.Min).Grade;

    public decimal? AverageScore => Rows.Count == 0 ? null : Math.Round(Rows.Average(r => r.Score), 1, MidpointRounding.AwayFromZero);

    /// <summary>Pure: rows sorted worst first, the first fixes of each, grade counts and the biggest drops.</summary>
    public static ListingHealthReport Build(ReportPeriod period, DateTime takenUtc, IEnumerable<ScoredListing> listings)
    {
        var list = listings.OrderBy(l => l.Score).ThenBy(l => l.Sku, StringComparer.Ordinal).ToList();
        var rows = list.Select(l => new HealthRow(l.Sku, l.Title, l.Score, GradeOf(l.Score), l.Previous, l.Findings.Count,
            l.Findings.Count == 0 ? null : l.Findings.Max(f => f.Severity).ToString(), l.Findings.FirstOrDefault()?.Message)).ToList();
        var fixes = list.SelectMany(l => l.Findings.Take(FixesPerListing).Select((f, i) =>
            new FixRow(l.Sku, i + 1, f.Severity.ToString(), FindingPoints.Name(f.Section), f.Message, f.Fix, f.PointsLost))).ToList();
        var grades = GradeBands.Select(b =>
        {
            var inBand = rows.Where(r => r.Grade == b.Grade).ToList();
            return new GradeRow(b.Grade, b.Range, inBand.Count, inBand.Count == 0 ? null : Math.Round(inBand.Average(r => r.Score), 1, MidpointRounding.AwayFromZero));
        }).ToList();
        var drops = rows.Where(r => r.Change < 0).OrderBy(r => r.Change).ThenBy(r => r.Sku, StringComparer.Ordinal).Take(DropsShown).ToList();
        return new ListingHealthReport(period, takenUtc, rows, fixes, grades, drops);
    }
}
