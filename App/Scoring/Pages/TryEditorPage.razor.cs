using Microsoft.AspNetCore.Components;
using SellerConsole.Catalog;
using SellerConsole.Scoring.Data;

namespace SellerConsole.Scoring.Pages;

/// <summary>Rescores a draft title and bullets against the live listing's rules and peers; nothing is saved.</summary>
public sealed partial class TryEditorPage
{
    // A pause in typing before rescoring, so a fast typist is not scored on every key.
    private const int DebounceMs = 250;

    private Listing? _listing;
    private ListingContent? _live;
    private ScoreCard? _current;
    private ScoreCard? _draft;
    private ScoreDiff _diff = ScoreDiff.None;
    private Func<ListingContent, ScoreCard> _score = _ => throw new InvalidOperationException("Not loaded.");
    private string _title = "";
    private string _bullets = "";
    private bool _loaded;

    [Parameter] public string Sku { get; set; } = "";
    [Inject] private CatalogQueries Queries { get; set; } = default!;
    [Inject] private ScoringStore Store { get; set; } = default!;
    [Inject] private ScoringPreview Preview { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _listing = await Queries.FindAsync(Sku, CancellationToken.None);
        _loaded = true;
        if (_listing is null)
        {
            return;
        }
        var config = await Store.ConfigAsync(CancellationToken.None);
        _live = ListingContentMapper.FromListing(_listing, config.UnknownAPlusIsAbsent);
        _score = await Preview.ScorerForAsync(_listing.Category, CancellationToken.None);
        _current = _score(_live);
        Reset();
    }

    private void Reset()
    {
        _title = _listing?.Title ?? "";
        _bullets = string.Join("\n", ListingContentMapper.SplitBullets(_listing?.Bullets));
        Rescore();
    }

    private void TitleChanged(string? title)
    {
        _title = title ?? "";
        Rescore();
    }

    private void BulletsChanged(string? bullets)
    {
        _bullets = bullets ?? "";
        Rescore();
    }

    private void Rescore()
    {
        if (_live is null || _current is null)
        {
            return;
        }
        _draft = _score(_live with { Title = _title, Bullets = ListingContentMapper.SplitBullets(_bullets) });
        _diff = ScoreDiff.Compare(_current, _draft);
    }

    private static string Signed(decimal delta) => delta > 0 ? $"+{delta:0.0}" : delta < 0 ? $"−{-delta:0.0}" : "±0.0";
}
