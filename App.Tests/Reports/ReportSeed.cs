using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Scoring;
using SellerConsole.Scoring.Data;

namespace SellerConsole.Tests.Reports;

/// <summary>Writes repricer decisions and pushes, score cards and history, and competitive changes straight into the database for report tests.</summary>
internal static class ReportSeed
{
    public static DateTime Utc(int y, int m, int d, int h = 12, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    /// <summary>A stored decision; with <paramref name="push"/> it was sent and its push ended in that state.</summary>
    public static async Task DecisionAsync(IDbContextFactory<SellerDb> dbs, DateTime at, string sku, DecisionOutcome outcome, DecisionStatus status,
        long current, long final, DecisionReason reason = DecisionReason.None, PushState? push = null, string? sentence = null, GuardKind? guard = null)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var row = new StoredDecision
        {
            RunId = Guid.NewGuid(), Sku = sku, Trigger = "offers", DecidedUtc = at, Outcome = outcome, Reason = reason, Status = status,
            StrategyName = "Beat the buy box", CurrentPence = current, FinalPence = final, BindingGuard = guard,
            Sentence = sentence ?? $"{outcome} {sku} at {at:dd HH:mm}", Json = "{}",
        };
        db.PriceDecisions.Add(row);
        await db.SaveChangesAsync();
        if (push is { } state)
        {
            var p = Push(sku, at, current, final, state, "repricer:Beat the buy box", row.Id);
            db.PricePushes.Add(p);
            await db.SaveChangesAsync();
            row.PushId = p.Id;
            await db.SaveChangesAsync();
        }
    }

    public static async Task ManualPushAsync(IDbContextFactory<SellerDb> dbs, DateTime at, string sku, long previous, long target, PushState state, string actor = "owner")
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.PricePushes.Add(Push(sku, at, previous, target, state, actor, null));
        await db.SaveChangesAsync();
    }

    private static PricePush Push(string sku, DateTime at, long previous, long target, PushState state, string actor, long? decision) => new()
    {
        Sku = sku, DecisionId = decision, TargetPence = target, PreviousPence = previous, State = state, Actor = actor, Key = Guid.NewGuid(),
        QueuedUtc = at, NextAttemptUtc = at, UpdatedUtc = at,
    };

    /// <summary>Buy-box ownership change-points for an ASIN: 1 ours, 0 another seller's, null nobody's.</summary>
    public static Task<int> BuyBoxAsync(HistoryStore history, string asin, params (DateTime At, long? Value)[] points) =>
        history.MergeAsync(new Dictionary<string, Dictionary<HistorySeries, List<HistoryPoint>>>
        {
            [asin] = new() { [HistorySeries.BuyBoxOurs] = [.. points.Select(p => new HistoryPoint(p.At, p.Value))] },
        }, default);

    public static Finding Finding(string rule, Severity severity, ScoreSection section, decimal points, string message) =>
        new(rule, severity, section, message, "evidence", $"Fix: {message.ToLowerInvariant()}", points);

    /// <summary>A stored score card now, and score history points (the last one should equal <paramref name="score"/>).</summary>
    public static async Task ScoreAsync(IDbContextFactory<SellerDb> dbs, string sku, decimal score, Finding[] findings, params (DateTime At, decimal Score)[] history)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var card = new ScoreCard(score, [], findings, Benchmark.None);
        db.ListingScores.Add(new StoredListingScore
        {
            Sku = sku, ScoreTenths = (int)(score * 10), WorstSeverity = findings.Length == 0 ? 0 : (int)findings.Max(f => f.Severity), FindingCount = findings.Length,
            RuleIds = "", CardJson = ScoringJson.Write(card), ScoredUtc = Utc(2025, 2, 12), ChangedUtc = Utc(2025, 2, 12),
        });
        db.ListingScoreHistory.AddRange(history.Select(h => new StoredScorePoint { Sku = sku, ScoreTenths = (int)(h.Score * 10), AtUtc = h.At }));
        await db.SaveChangesAsync();
    }

    public static async Task ChangeAsync(IDbContextFactory<SellerDb> dbs, DateTime at, ChangeKind kind, string asin, string? sku, string? seller, string title,
        params (string Name, string Value)[] evidence)
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.CompetitionChanges.Add(new CompetitionChange
        {
            Kind = kind, Asin = asin, Sku = sku, SellerId = seller, DetectedUtc = at, Title = title,
            Evidence = JsonSerializer.Serialize(evidence.ToDictionary(e => e.Name, e => e.Value)), DedupKey = $"test:{kind}:{asin}:{seller}:{at:O}",
        });
        await db.SaveChangesAsync();
    }
}
