namespace SellerConsole.Scoring.Peers;

/// <summary>
/// Chooses the peers to compare with: ranked (SalesRank &gt; 0), same category as ours (case and outer
/// spaces ignored; a peer without a category is trusted to be the caller's choice), not our own ASIN,
/// one entry per ASIN, best rank first, the top N. Ties keep input order, so the choice is deterministic.
/// </summary>
internal static class PeerSelection
{
    public static List<ListingContent> Top(ListingContent ours, IReadOnlyList<PeerListing?>? peers, int count)
    {
        if (peers is null || peers.Count == 0)
        {
            return [];
        }
        var ranked = peers
            .Select((peer, index) => (peer, index))
            .Where(x => x.peer?.Content is not null && x.peer.SalesRank > 0)
            .Where(x => SameCategory(ours.Category, x.peer!.Content!.Category) && !SameAsin(ours.Asin, x.peer.Content.Asin))
            .OrderBy(x => x.peer!.SalesRank)
            .ThenBy(x => x.index);

        var chosen = new List<ListingContent>();
        var asins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (peer, _) in ranked)
        {
            var content = peer!.Content!;
            var asin = content.Asin?.Trim() ?? string.Empty;
            if (asin.Length > 0 && !asins.Add(asin))
            {
                continue;
            }
            chosen.Add(content);
            if (chosen.Count == count)
            {
                break;
            }
        }
        return chosen;
    }

    private static bool SameCategory(string? ours, string? theirs)
    {
        var a = (ours ?? string.Empty).AsSpan().Trim();
        var b = (theirs ?? string.Empty).AsSpan().Trim();
        return a.IsEmpty || b.IsEmpty || a.Equals(b, StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameAsin(string? ours, string? theirs)
    {
        var a = (ours ?? string.Empty).AsSpan().Trim();
        return !a.IsEmpty && a.Equals((theirs ?? string.Empty).AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
