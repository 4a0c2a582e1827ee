namespace SellerConsole.Scoring.Peers;

/// <summary>
/// Chooses the peers to compare with from a rank-ordered <see cref="PeerSet"/>: same category as ours
/// (case and outer spaces ignored; a peer without a category is trusted to be the caller's choice), not
/// our own ASIN, one entry per ASIN, the top N. Deterministic: ties keep input order.
/// </summary>
internal static class PeerSelection
{
    /// <summary>ASINs are 10 characters; anything longer is compared on its head only, keeping hostile input cheap.</summary>
    private const int MaxKeyChars = 64;

    public static List<PeerEntry> Top(ListingContent ours, PeerSet peers, int count)
    {
        var chosen = new List<PeerEntry>();
        var asins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in peers.Entries)
        {
            var content = entry.Content;
            if (!SameCategory(ours.Category, content.Category) || SameAsin(ours.Asin, content.Asin))
            {
                continue;
            }
            var asin = Key(content.Asin);
            if (asin.Length > 0 && !asins.Add(asin))
            {
                continue;
            }
            chosen.Add(entry);
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
        var a = Key(ours);
        return a.Length > 0 && a.Equals(Key(theirs), StringComparison.OrdinalIgnoreCase);
    }

    private static string Key(string? asin)
    {
        var trimmed = (asin ?? string.Empty).AsSpan().Trim();
        return trimmed[..Math.Min(trimmed.Length, MaxKeyChars)].ToString();
    }
}
