using SellerConsole.Catalog;
using SellerConsole.Live;
using SellerConsole.Scoring.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Scoring.Data;

public sealed class RescoreOnChangeTests
{
    [Fact]
    public async Task A_listings_updated_event_rescores_those_listings_and_publishes_score_changed()
    {
        using var app = new SellerAppFactory();
        await app.SeedAsync(ScoringApp.Strong(1), ScoringApp.Strong(2));
        var events = new List<ScoresChanged>();
        using var subscription = app.Service<LiveFeed>().Subscribe<ScoresChanged>(e => { lock (events) { events.Add(e); } return Task.CompletedTask; });

        app.Service<LiveFeed>().Publish(new ListingsUpdated("catalogue", 1, ["SKU-00002"]));

        await Eventually.GetAsync(() => Task.FromResult(events.Count), n => n > 0, what: "score.changed");
        var change = Assert.Single(Assert.Single(events).Changes);
        Assert.Equal(("SKU-00002", (decimal?)null), (change.Sku, change.Old));
        Assert.Null(await app.Service<ScoringStore>().FindAsync("SKU-00001", default));
        Assert.Equal("score.changed", events[0].Kind);
    }

    [Fact]
    public async Task A_drop_of_more_than_a_fifth_raises_one_alert_linking_to_the_listing()
    {
        using var app = new SellerAppFactory();
        await app.SeedAsync(ScoringApp.Strong(1), ScoringApp.Strong(2));
        var scoring = app.Service<ScoringService>();
        await scoring.RescoreAsync(null, default);
        var before = (await app.Service<ScoringStore>().FindAsync("SKU-00001", default))!.Score;

        // Suppressed by Amazon: a blocking finding caps the score far below the previous one.
        await app.ChangeAsync("SKU-00001", l => l.Issues.Add(new ListingIssue
        {
            Code = "8541", Message = "Listing suppressed: main image missing", Severity = "ERROR", Enforcements = "LISTING_SUPPRESSED",
        }));
        // A smaller change on the other listing (one bullet fewer) must not alert.
        await app.ChangeAsync("SKU-00002", l => l.Bullets = string.Join('\n', l.Bullets!.Split('\n').Take(4)));
        app.Service<LiveFeed>().Publish(new ListingsUpdated("catalogue", 2, ["SKU-00001", "SKU-00002"]));

        var alerts = await Eventually.GetAsync(app.ScoreAlertsAsync, a => a.Count > 0, what: "a score drop alert");
        var after = (await app.Service<ScoringStore>().FindAsync("SKU-00001", default))!.Score;
        Assert.True(after < before * 0.8m, $"{before} -> {after}");
        var alert = Assert.Single(alerts);
        Assert.Equal(("/catalogue/SKU-00001", ScoreDropAlerts.DedupKey("SKU-00001", after)), (alert.Link, alert.DedupKey));
        Assert.Contains("SKU-00001", alert.Title);
        Assert.Contains("Fix first", alert.Detail);
        Assert.True((await app.Service<ScoringStore>().FindAsync("SKU-00002", default))!.Score >= before * 0.8m);

        // The same state again, by event and by the job: still one alert.
        app.Service<LiveFeed>().Publish(new ListingsUpdated("catalogue", 1, ["SKU-00001"]));
        await scoring.RescoreAsync(null, default);
        await scoring.RescoreAsync(["SKU-00001"], default);
        Assert.Single(await app.ScoreAlertsAsync());
    }

    [Theory]
    [InlineData(80.0, 64.1, false)]
    [InlineData(80.0, 64.0, false)]
    [InlineData(80.0, 63.9, true)]
    [InlineData(0.0, 0.0, false)]
    public void Only_a_drop_of_more_than_twenty_percent_is_big(double old, double now, bool big)
    {
        Assert.Equal(big, ScoreDropAlerts.IsBigDrop(new ScoreChange("S", (decimal)old, (decimal)now)));
        Assert.False(ScoreDropAlerts.IsBigDrop(new ScoreChange("S", null, (decimal)now)));
    }
}
