using SellerConsole.Live;
using SellerConsole.Scoring;
using SellerConsole.Scoring.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Scoring.Data;

public sealed class ScoringPersistenceTests
{
    [Fact]
    public async Task A_rescore_stores_each_listing_card_and_one_history_point_per_change()
    {
        using var app = new SellerAppFactory();
        await app.SeedAsync(ScoringApp.Strong(1), CatalogSeed.Listing(2), CatalogSeed.Listing(3, l => l.ImageCount = 0));
        var scoring = app.Service<ScoringService>();

        var first = await scoring.RescoreAsync(null, default);
        var again = await scoring.RescoreAsync(null, default);

        Assert.Equal((3, 3), (first.Scored, first.Changes.Count));
        Assert.All(first.Changes, c => Assert.Null(c.Old));
        Assert.Empty(again.Changes);
        Assert.Single(await app.HistoryAsync("SKU-00001"));
        var view = await app.Service<ScoringStore>().FindAsync("SKU-00001", default);
        Assert.NotNull(view);
        var expected = ListingScorer.Score(ListingContentMapper.FromListing(ScoringApp.Strong(1), false), [], ScoringSettings.Default);
        Assert.Equal(expected.Score, view.Score);
        Assert.Equal(expected.Findings.Select(f => (f.RuleId, f.Severity, f.PointsLost)), view.Card.Findings.Select(f => (f.RuleId, f.Severity, f.PointsLost)));

        await app.ChangeAsync("SKU-00001", l => l.Bullets = "Only one bullet");
        app.Clock.Advance(TimeSpan.FromHours(1));
        var changed = await scoring.RescoreAsync(["SKU-00001"], default);

        var change = Assert.Single(changed.Changes);
        Assert.Equal(("SKU-00001", expected.Score), (change.Sku, change.Old));
        Assert.True(change.New < expected.Score);
        var history = await app.HistoryAsync("SKU-00001");
        Assert.Equal([expected.Score * 10, change.New * 10], history.Select(h => (decimal)h.ScoreTenths));
        Assert.True(history[1].AtUtc > history[0].AtUtc);
        Assert.Equal(DateTimeKind.Utc, history[1].AtUtc.Kind);
    }

    [Fact]
    public async Task The_list_is_worst_first_and_filters_by_rule_and_severity()
    {
        using var app = new SellerAppFactory();
        await app.SeedAsync(ScoringApp.Strong(1), CatalogSeed.Listing(2), CatalogSeed.Listing(3, l => l.ImageCount = 0));
        await app.Service<ScoringService>().RescoreAsync(null, default);
        var store = app.Service<ScoringStore>();

        var all = await store.ListAsync(new ScoreFilter(), default);
        var blocking = await store.ListAsync(new ScoreFilter(AtLeast: Severity.Blocking), default);
        var noMainImage = await store.ListAsync(new ScoreFilter(RuleId: RuleIds.ImagesMainMissing), default);

        Assert.Equal(3, all.Count);
        Assert.Equal(all.OrderBy(r => r.Score).ThenBy(r => r.Sku, StringComparer.Ordinal).Select(r => r.Sku), all.Select(r => r.Sku));
        Assert.Equal("SKU-00003", all[0].Sku);
        Assert.Equal("SKU-00001", all[^1].Sku);
        Assert.Equal(["SKU-00003"], noMainImage.Select(r => r.Sku));
        Assert.Contains(blocking, r => r.Sku == "SKU-00003");
        Assert.All(blocking, r => Assert.Equal(Severity.Blocking, r.Worst));
        Assert.All(all, r => Assert.Single(r.Trend));
    }

    [Fact]
    public async Task A_full_rescore_forgets_listings_that_left_the_catalogue()
    {
        using var app = new SellerAppFactory();
        await app.SeedAsync(CatalogSeed.Listing(1), CatalogSeed.Listing(2));
        var scoring = app.Service<ScoringService>();
        await scoring.RescoreAsync(null, default);

        await app.ChangeAsync("SKU-00002", l => l.Status = "Deleted");
        await scoring.RescoreAsync(null, default);

        Assert.Equal(["SKU-00001"], (await app.Service<ScoringStore>().ListAsync(new ScoreFilter(), default)).Select(r => r.Sku));
        Assert.Null(await app.Service<ScoringStore>().FindAsync("SKU-00002", default));
    }

    [Fact]
    public async Task Invalid_settings_are_refused_and_valid_ones_rescore_every_listing()
    {
        using var app = new SellerAppFactory();
        await app.SeedAsync(CatalogSeed.Listing(1), CatalogSeed.Listing(2));
        var scoring = app.Service<ScoringService>();
        await scoring.RescoreAsync(null, default);
        var before = await app.Service<ScoringStore>().ListAsync(new ScoreFilter(), default);
        var events = new List<ScoresChanged>();
        using var subscription = app.Service<LiveFeed>().Subscribe<ScoresChanged>(e => { lock (events) { events.Add(e); } return Task.CompletedTask; });

        var refused = await scoring.UpdateConfigAsync(new ScoringConfig(ScoringSettings.Default with { MediaWeight = -1m }, false), "test", default);
        var saved = await scoring.UpdateConfigAsync(new ScoringConfig(ScoringSettings.Default with { MediaWeight = 0m, SocialProofWeight = 0m }, false), "test", default);

        Assert.Contains(refused, e => e.Contains("weights", StringComparison.Ordinal));
        Assert.Empty(saved);
        Assert.Equal(0m, (await app.Service<ScoringStore>().ConfigAsync(default)).Settings.MediaWeight);
        var after = await app.Service<ScoringStore>().ListAsync(new ScoreFilter(), default);
        Assert.NotEqual(before.Select(r => r.Score), after.Select(r => r.Score));
        await Eventually.GetAsync(() => Task.FromResult(events.Count), n => n == 1, what: "one score.changed event");
    }
}
