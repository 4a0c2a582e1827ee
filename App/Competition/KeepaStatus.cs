using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Competition;

/// <summary>The last Keepa refresh as the status views show it.</summary>
public sealed record KeepaRunSummary(DateTime FinishedUtc, int Refreshed, int Failed, int TokensSpent, int? LowestBalanceSeen, string Summary);

/// <summary>What the console knows about Keepa right now: the bucket, the planner's queue, the last run.</summary>
public sealed class KeepaStatus
{
    private readonly Lock _gate = new();
    private KeepaTokenStatus? _tokens;
    private DateTime? _tokensObservedUtc;
    private KeepaRefreshPlan? _plan;
    private KeepaRunSummary? _lastRun;

    public (KeepaTokenStatus? Tokens, DateTime? ObservedUtc, KeepaRefreshPlan? Plan, KeepaRunSummary? LastRun) Snapshot
    {
        get { lock (_gate) { return (_tokens, _tokensObservedUtc, _plan, _lastRun); } }
    }

    public void RecordTokens(KeepaTokenStatus tokens, DateTime observedUtc)
    {
        lock (_gate) { _tokens = tokens; _tokensObservedUtc = observedUtc; }
    }

    public void RecordPlan(KeepaRefreshPlan plan)
    {
        lock (_gate) { _plan = plan; }
    }

    public void RecordRun(KeepaRunSummary run)
    {
        lock (_gate) { _lastRun = run; }
    }
}
