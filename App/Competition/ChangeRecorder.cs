using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Alerts;
using SellerConsole.Data;
using SellerConsole.Live;

namespace SellerConsole.Competition;

/// <summary>
/// Stores detected changes (a dedup key already stored is skipped), tells open pages and raises an
/// alert per new change, with the change's dedup key, so the same change never alerts twice.
/// </summary>
public sealed class ChangeRecorder(IDbContextFactory<SellerDb> dbs, LiveFeed live, AlertService alerts, CompetitionSettingsStore settings)
{
    public async Task<IReadOnlyList<CompetitionChange>> RecordAsync(IReadOnlyList<DetectedChange> changes, CancellationToken ct)
    {
        if (changes.Count == 0)
        {
            return [];
        }
        var fresh = new List<(CompetitionChange Row, DetectedChange Change)>();
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var keys = changes.Select(c => c.DedupKey).Distinct().ToList();
            var known = (await db.CompetitionChanges.Where(c => keys.Contains(c.DedupKey)).Select(c => c.DedupKey).ToListAsync(ct)).ToHashSet();
            foreach (var change in changes.DistinctBy(c => c.DedupKey).Where(c => !known.Contains(c.DedupKey)))
            {
                var row = new CompetitionChange
                {
                    Kind = change.Kind, Asin = change.Asin, Sku = change.Sku, SellerId = change.SellerId, DetectedUtc = change.DetectedUtc,
                    Title = Clip(change.Title, 300), Evidence = Clip(JsonSerializer.Serialize(change.Evidence), 2000), DedupKey = change.DedupKey,
                };
                db.CompetitionChanges.Add(row);
                fresh.Add((row, change));
            }
            await db.SaveChangesAsync(ct);
        }
        var current = await settings.GetAsync(ct);
        foreach (var (row, change) in fresh)
        {
            live.Publish(new CompetitorDetected(row.Id, row.Kind, row.Asin, row.Sku, row.SellerId, row.Title, change.Evidence));
            if (ShouldAlert(change.Kind, current))
            {
                var detail = string.Join("; ", change.Evidence.Select(e => $"{e.Key}: {e.Value}"));
                await alerts.RaiseAsync(new AlertRequest("competitor.detected", Severity(change.Kind), row.Title, detail, row.DedupKey,
                    row.Sku is { } sku ? $"/catalogue/{Uri.EscapeDataString(sku)}" : "/competition"), ct);
            }
        }
        return [.. fresh.Select(f => f.Row)];
    }

    public static AlertSeverity Severity(ChangeKind kind) => kind switch
    {
        ChangeKind.BuyBoxLost or ChangeKind.CompetitorBelowFloor => AlertSeverity.Critical,
        ChangeKind.CompetitorBelowUs or ChangeKind.AmazonJoined or ChangeKind.NewSeller => AlertSeverity.Warning,
        _ => AlertSeverity.Info,
    };

    private static bool ShouldAlert(ChangeKind kind, CompetitionSettings s) => kind switch
    {
        ChangeKind.NewSeller => s.AlertOnNewSeller,
        ChangeKind.BuyBoxWon => s.AlertOnBuyBoxWon,
        ChangeKind.CompetitorOutOfStock => s.AlertOnOutOfStock,
        ChangeKind.SalesRankJump => s.AlertOnRankJump,
        _ => true,
    };

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
