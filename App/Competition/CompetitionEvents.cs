using SellerConsole.Live;

namespace SellerConsole.Competition;

/// <summary>A competitive change was detected and stored (once per change).</summary>
public sealed record CompetitorDetected(long ChangeId, ChangeKind ChangeKind, string Asin, string? Sku, string? SellerId, string Title,
    IReadOnlyDictionary<string, string> Evidence) : LiveEvent
{
    public override string Kind => "competitor.detected";
}

/// <summary>Histories changed for these ASINs (a Keepa refresh or an offers observation).</summary>
public sealed record HistoryUpdated(string Source, IReadOnlyCollection<string> Asins) : LiveEvent
{
    public override string Kind => "history.updated";
}

/// <summary>A Keepa refresh finished (tokens and plan for the status views).</summary>
public sealed record KeepaRefreshed(int Refreshed, int TokensLeft) : LiveEvent
{
    public override string Kind => "keepa.refreshed";
}
