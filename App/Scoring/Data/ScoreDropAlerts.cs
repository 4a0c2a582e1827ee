using System.Globalization;
using SellerConsole.Alerts;

namespace SellerConsole.Scoring.Data;

/// <summary>
/// A score that falls by more than a fifth is a task for the seller: something in the content, reviews or
/// competition changed. The dedup key holds the listing and the new score, so a rescore that lands on the
/// same score again bumps the open alert instead of adding another.
/// </summary>
public sealed class ScoreDropAlerts(AlertService alerts)
{
    public const string Kind = "score.drop";

    /// <summary>A drop of more than this share of the previous score raises an alert.</summary>
    public const decimal DropShare = 0.20m;

    public static bool IsBigDrop(ScoreChange change) =>
        change.Old is { } old && old > 0m && change.New < old * (1m - DropShare);

    public static string DedupKey(string sku, decimal score) =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind}:{sku}:{score:0.0}");

    public Task RaiseAsync(ScoreChange change, ScoreCard card, CancellationToken cancellationToken)
    {
        var old = change.Old ?? 0m;
        var percent = old == 0m ? 0m : Math.Round((old - change.New) / old * 100m, 0, MidpointRounding.AwayFromZero);
        var fixFirst = card.Findings.Take(3).Select(f => $"{f.Message} Fix: {f.Fix}");
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"The listing score fell {percent}% from {old:0.0} to {change.New:0.0}. Fix first: ") + string.Join(" | ", fixFirst);
        return alerts.RaiseAsync(new AlertRequest(
            Kind,
            AlertSeverity.Warning,
            string.Create(CultureInfo.InvariantCulture, $"Listing score dropped to {change.New:0.0} on {change.Sku}"),
            detail,
            DedupKey(change.Sku, change.New),
            $"/catalogue/{Uri.EscapeDataString(change.Sku)}"), cancellationToken);
    }
}
