using SellerConsole.Live;

namespace SellerConsole.Scoring.Data;

/// <summary>Old is null when the listing had no score before.</summary>
public sealed record ScoreChange(string Sku, decimal? Old, decimal New);

/// <summary>A rescore changed these listings' scores (one event per rescore, not per listing).</summary>
public sealed record ScoresChanged(IReadOnlyList<ScoreChange> Changes) : LiveEvent
{
    public override string Kind => "score.changed";
}
