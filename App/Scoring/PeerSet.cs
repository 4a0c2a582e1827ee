using SellerConsole.Scoring.Peers;

namespace SellerConsole.Scoring;

/// <summary>
/// Competitor listings prepared once and reused for many scores, e.g. every listing of a category in a
/// catalogue rescore. Unranked and empty entries are dropped and the rest ordered by rank (ties keep
/// input order). Each peer's text is analysed on first use, at most once, thread-safely; the result
/// depends only on the peer and the text cap of the settings given here, so sharing stays deterministic.
/// </summary>
public sealed class PeerSet
{
    public static PeerSet Empty { get; } = new([], ScoringSettings.Default.MaxAnalysedChars);

    private PeerSet(IReadOnlyList<PeerEntry> entries, int maxAnalysedChars)
    {
        Entries = entries;
        MaxAnalysedChars = maxAnalysedChars;
    }

    public int Count => Entries.Count;

    internal IReadOnlyList<PeerEntry> Entries { get; }

    internal int MaxAnalysedChars { get; }

    public static PeerSet Prepare(IReadOnlyList<PeerListing?>? peers, ScoringSettings settings)
    {
        settings ??= ScoringSettings.Default;
        var max = Math.Max(1000, settings.MaxAnalysedChars);
        if (peers is null || peers.Count == 0)
        {
            return new PeerSet([], max);
        }
        var entries = peers
            .Where(p => p?.Content is not null && p.SalesRank > 0)
            .Select(p => new PeerEntry(p!.Content!, p.SalesRank, max))
            .OrderBy(e => e.Rank)
            .ToList();
        return new PeerSet(entries, max);
    }
}

internal sealed class PeerEntry(ListingContent content, int rank, int maxAnalysedChars)
{
    private readonly Lazy<ListingProfile> profile = new(() => ListingProfile.Peer(content, maxAnalysedChars));

    public ListingContent Content { get; } = content;

    public int Rank { get; } = rank;

    public ListingProfile Profile => profile.Value;
}
