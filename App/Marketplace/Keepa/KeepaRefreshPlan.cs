namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// An ASIN that could be refreshed, with what the planner weighs: sales velocity (units/day),
/// staleness (null = never refreshed), whether a competitor change was seen since the last refresh,
/// and whether offers are needed (and how many are expected, for the cost).
/// </summary>
public sealed record KeepaRefreshCandidate(
    string Asin,
    double SalesPerDay,
    double? MinutesSinceRefresh,
    bool CompetitorChanged,
    bool NeedsOffers,
    int ExpectedOffers = 10);

/// <summary>One <c>GET /product</c> call to make now. <paramref name="Offers"/> is the offers= value, null for none.</summary>
public sealed record KeepaPlannedRequest(IReadOnlyList<string> Asins, int? Offers, int EstimatedCost);

/// <summary>A candidate left for later: when the balance (after this plan) will cover it; null = never at this rate.</summary>
public sealed record KeepaDeferredRefresh(string Asin, double Priority, int EstimatedCost, DateTime? ReadyAt);

public sealed record KeepaRefreshPlan(
    IReadOnlyList<KeepaPlannedRequest> Requests,
    int EstimatedCost,
    int BalanceAfter,
    IReadOnlyList<KeepaDeferredRefresh> Deferred)
{
    /// <summary>What will be refreshed next once tokens allow, and when.</summary>
    public KeepaDeferredRefresh? Next => Deferred.FirstOrDefault(d => d.ReadyAt is not null);
}
