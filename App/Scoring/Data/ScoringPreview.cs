namespace SellerConsole.Scoring.Data;

/// <summary>Scores content that is not stored (the API, the try-a-new-title editor) with the stored settings and peers.</summary>
public sealed class ScoringPreview(ScoringStore store)
{
    public async Task<ScoreCard> ScoreAsync(ListingContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var config = await store.ConfigAsync(cancellationToken);
        var peers = content.Category is { } category && (await store.PeersAsync(cancellationToken)).TryGetValue(category, out var found) ? found : [];
        return ListingScorer.Score(content, peers, config.Settings);
    }

    /// <summary>Settings and peers read once, for scoring many drafts of one listing (each keystroke of the editor).</summary>
    public async Task<Func<ListingContent, ScoreCard>> ScorerForAsync(string? category, CancellationToken cancellationToken)
    {
        var config = await store.ConfigAsync(cancellationToken);
        var peers = category is not null && (await store.PeersAsync(cancellationToken)).TryGetValue(category, out var found) ? found : [];
        var prepared = PeerSet.Prepare(peers, config.Settings);
        return content => ListingScorer.Score(content, prepared, config.Settings);
    }
}
