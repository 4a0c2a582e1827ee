using SellerConsole.Competition;
using SellerConsole.Reports.Profit;

namespace SellerConsole.Reports.Competition;

/// <summary>A stored competitive change as the report reads it, its evidence decoded (name -> text).</summary>
public sealed record ChangeRecord(DateTime DetectedUtc, ChangeKind Kind, string Asin, string? Sku, string? SellerId, string Title, IReadOnlyDictionary<string, string> Evidence);

/// <summary>A listing the report measures the buy box of.</summary>
public sealed record ListedAsin(string Sku, string Asin, string Title);

/// <summary>How many changes of one kind, on how many ASINs, by how many sellers.</summary>
public sealed record KindRow(string Kind, int Changes, int Asins, int Sellers);

/// <summary>One listing's buy box over the period (fractions of it; null when no history covers it) and its changes.</summary>
public sealed record ShareRow(string Sku, string Asin, string Title, decimal? Ours, decimal? Others, decimal? Nobody, int Lost, int Won, int Changes);

/// <summary>
/// A rival seller's moves in the period. <see cref="BiggestCut"/> is the largest drop of their landed
/// price seen in an undercut (their previous price to their new one); <see cref="DeepestBelowUs"/> the
/// most they went under our price.
/// </summary>
public sealed record RivalRow(string SellerId, int Moves, int Undercuts, int Joined, int Left, int BuyBoxesTaken, int Asins, decimal? BiggestCut, decimal? DeepestBelowUs);

/// <summary>One change, as listed.</summary>
public sealed record ChangeRow(DateTime DetectedUtc, string Kind, string Asin, string? Sku, string? SellerId, string Title);

/// <summary>How many changes of a kind were detected on a UK day.</summary>
public sealed record DailyChanges(DateOnly Day, ChangeKind Kind, int Count);

/// <summary>The competition report: changes by kind, buy-box share per ASIN, the rivals that moved most, and every change.</summary>
public sealed record CompetitionReport(ReportPeriod Period, IReadOnlyList<KindRow> Kinds, IReadOnlyList<ShareRow> Shares, IReadOnlyList<RivalRow> Rivals,
    IReadOnlyList<ChangeRow> Changes, IReadOnlyList<DailyChanges> Daily)
{
    public const string Title = "Competition";

    public bool HasData => Changes.Count > 0 || Shares.Any(s => s.Ours is not null);
}
