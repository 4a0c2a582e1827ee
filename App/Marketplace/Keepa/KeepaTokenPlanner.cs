namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// Decides which ASINs to refresh now with the tokens available.
/// <para>Priority (higher first, ties by ASIN):
/// <c>staleHours × (1 + ln(1 + salesPerDay)) + (competitorChanged ? 24 : 0)</c>, where staleHours
/// is capped at 168 (a week; never-refreshed ASINs count as a week old). Velocity makes data age
/// faster: an ASIN selling ~1.7/day ages twice as fast as one that never sells. A competitor change
/// is worth a day of staleness.</para>
/// <para>Cost: 1 token per product, or 6 per expected page of ten offers when offers are needed.
/// Candidates are taken strictly in priority order until the next one is unaffordable, so a
/// costly urgent ASIN is never starved by cheap ones; the balance never goes below zero. Offer
/// and plain products go in separate requests (offers= applies to a whole call), 100 per call.</para>
/// </summary>
public static class KeepaTokenPlanner
{
    public const int MaxAsinsPerRequest = 100;
    public const int TokensPerOfferPage = 6;
    public const int OffersPerPage = 10;
    public const double MaxStaleHours = 168;
    public const double CompetitorChangeBonusHours = 24;

    public static double Priority(KeepaRefreshCandidate candidate)
    {
        var staleHours = Math.Min(MaxStaleHours, (candidate.MinutesSinceRefresh ?? double.MaxValue) / 60);
        var velocity = 1 + Math.Log(1 + Math.Max(0, candidate.SalesPerDay));
        return Math.Max(0, staleHours) * velocity + (candidate.CompetitorChanged ? CompetitorChangeBonusHours : 0);
    }

    /// <summary>offers= value covering the expected offers (Keepa accepts 20-100).</summary>
    public static int OffersParameter(int expectedOffers) =>
        Math.Clamp((expectedOffers + OffersPerPage - 1) / OffersPerPage * OffersPerPage, 20, 100);

    public static int Cost(KeepaRefreshCandidate candidate)
    {
        if (!candidate.NeedsOffers)
        {
            return 1;
        }
        var offers = Math.Min(Math.Max(candidate.ExpectedOffers, 1), 100);
        return TokensPerOfferPage * ((offers + OffersPerPage - 1) / OffersPerPage);
    }

    public static KeepaRefreshPlan Plan(KeepaTokenState state, IReadOnlyList<KeepaRefreshCandidate> candidates)
    {
        var duplicate = candidates.GroupBy(c => c.Asin).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"ASIN {duplicate.Key} is a candidate more than once.", nameof(candidates));
        }
        var ranked = candidates
            .Select(c => (Candidate: c, Priority: Priority(c), Cost: Cost(c)))
            .OrderByDescending(c => c.Priority)
            .ThenBy(c => c.Candidate.Asin, StringComparer.Ordinal)
            .ToList();

        var balance = Math.Max(0, state.TokensLeft);
        var chosen = new List<(KeepaRefreshCandidate Candidate, double Priority, int Cost)>();
        var deferred = new List<(KeepaRefreshCandidate Candidate, double Priority, int Cost)>();
        var blocked = false;
        foreach (var entry in ranked)
        {
            var neverAffordable = entry.Cost > Math.Max(state.Capacity, state.TokensLeft);
            if (!blocked && entry.Cost <= balance)
            {
                chosen.Add(entry);
                balance -= entry.Cost;
            }
            else
            {
                // An ASIN the bucket can never pay for must not hold the queue up for ever.
                blocked |= !neverAffordable;
                deferred.Add(entry);
            }
        }

        var spent = chosen.Sum(c => c.Cost);
        var after = state with { TokensLeft = state.TokensLeft - spent };
        return new KeepaRefreshPlan(
            Batch(chosen),
            spent,
            after.TokensLeft,
            [.. deferred.Select(d => new KeepaDeferredRefresh(d.Candidate.Asin, d.Priority, d.Cost, after.WhenAvailable(d.Cost)))]);
    }

    private static List<KeepaPlannedRequest> Batch(List<(KeepaRefreshCandidate Candidate, double Priority, int Cost)> chosen)
    {
        var requests = new List<(double Priority, KeepaPlannedRequest Request)>();
        foreach (var group in chosen.GroupBy(c => c.Candidate.NeedsOffers))
        {
            foreach (var chunk in group.Chunk(MaxAsinsPerRequest))
            {
                int? offers = group.Key ? OffersParameter(chunk.Max(c => c.Candidate.ExpectedOffers)) : null;
                requests.Add((chunk[0].Priority, new KeepaPlannedRequest(
                    [.. chunk.Select(c => c.Candidate.Asin)], offers, chunk.Sum(c => c.Cost))));
            }
        }
        return [.. requests.OrderByDescending(r => r.Priority).Select(r => r.Request)];
    }
}
