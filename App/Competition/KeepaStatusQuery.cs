using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Competition;

public sealed record KeepaNextRefresh(string Asin, double Priority, int EstimatedCost, DateTime? ReadyAtUtc, bool AffordableNow, string Why = "");

public sealed record KeepaStatusView(
    string Mode, bool Connected, string? Problem, int? TokensLeft, int? RefillRatePerMinute, TimeSpan? RefillIn, DateTime? ObservedUtc,
    int PlannedNowCount, int PlannedNowCost, IReadOnlyList<KeepaNextRefresh> Next, KeepaRunSummary? LastRun);

/// <summary>Keepa's bucket now (the free /token call) and what the planner would refresh next with it.</summary>
public sealed class KeepaStatusQuery(KeepaConnection keepa, KeepaStatus status, KeepaCandidates candidates, TimeProvider clock)
{
    public async Task<KeepaStatusView> GetAsync(CancellationToken ct)
    {
        var mode = keepa.Mode.ToString();
        var (lastTokens, lastObserved, _, lastRun) = status.Snapshot;
        if (await keepa.MissingKeyAsync(ct) is { } missing)
        {
            return new KeepaStatusView(mode, false, missing, null, null, null, null, 0, 0, [], lastRun);
        }
        string? problem = null;
        try
        {
            var tokens = await keepa.Client.GetTokenStatusAsync(ct);
            lastObserved = clock.GetUtcNow().UtcDateTime;
            status.RecordTokens(tokens, lastObserved.Value);
            lastTokens = tokens;
        }
        catch (Exception ex) when (ex is KeepaApiException or KeepaDecodeException or HttpRequestException or InvalidOperationException)
        {
            problem = $"Keepa did not answer: {ex.Message}" + (lastTokens is null ? "" : " (showing the last known balance)");
        }
        if (lastTokens is null)
        {
            return new KeepaStatusView(mode, false, problem, null, null, null, null, 0, 0, [], lastRun);
        }
        var state = lastTokens.ToState(lastObserved!.Value);
        var list = await candidates.ListAsync(ct);
        var plan = KeepaTokenPlanner.Plan(state with { TokensLeft = state.TokensLeft - KeepaRefresh.ReserveTokens }, list);
        var byAsin = list.ToDictionary(c => c.Asin, StringComparer.Ordinal);
        var now = plan.Requests.SelectMany(r => r.Asins).Select(a => new KeepaNextRefresh(
            a, KeepaTokenPlanner.Priority(byAsin[a]), KeepaTokenPlanner.Cost(byAsin[a]), lastObserved, true, Why(byAsin[a])));
        var later = plan.Deferred.Select(d => new KeepaNextRefresh(d.Asin, d.Priority, d.EstimatedCost, d.ReadyAt, false,
            byAsin.TryGetValue(d.Asin, out var c) ? Why(c) : ""));
        return new KeepaStatusView(mode, problem is null, problem, lastTokens.TokensLeft, lastTokens.RefillRatePerMinute, lastTokens.RefillIn, lastObserved,
            plan.Requests.Sum(r => r.Asins.Count), plan.EstimatedCost, [.. now.Concat(later).OrderByDescending(n => n.Priority).Take(10)], lastRun);
    }

    /// <summary>What puts an ASIN where it is in the queue, in the seller's words.</summary>
    public static string Why(KeepaRefreshCandidate c)
    {
        var reasons = new List<string>
        {
            c.MinutesSinceRefresh is { } minutes
                ? minutes < 120 ? $"read {minutes:0} min ago" : $"read {minutes / 60:0} h ago"
                : "never read",
        };
        if (c.SalesPerDay > 0) reasons.Add($"sells {c.SalesPerDay:0.#}/day");
        if (c.CompetitorChanged) reasons.Add("a rival moved");
        if (c.NeedsOffers) reasons.Add("offers due");
        return string.Join(" · ", reasons);
    }
}
