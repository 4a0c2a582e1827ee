using Microsoft.EntityFrameworkCore;
using SellerConsole.Alerts;
using SellerConsole.Catalog.Sync;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Shared;
using SellerConsole.Tests.Support;
using Xunit.Abstractions;

namespace SellerConsole.Tests.Competition;

/// <summary>
/// The whole chain on the Sandbox: syncs read the simulated market over SP-API, the offers observer
/// detects what moved, the recorder stores it, alerts once and tells open pages. The market moves by
/// the simulation's own competitor behaviours (seed 4242, so the same moves every run): the clock runs
/// tick by tick until the simulation's offer books show a rival undercutting us, a new seller or Amazon
/// arriving, or our buy box taken, and the console must record exactly what the books show.
/// </summary>
public sealed class ChangeDetectionEndToEndTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(15);



    [Fact]
    public async Task What_the_simulated_competitors_do_becomes_the_changes_the_simulation_shows_each_alerted_once_and_pushed_live()
    {
        using var app = new CompetitionApp();
        var events = new List<CompetitorDetected>();
        using var subscription = app.Service<LiveFeed>().Subscribe<CompetitorDetected>(e => { lock (events) events.Add(e); return Task.CompletedTask; });
        await PumpAsync(app, () => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        var simulation = (await app.Service<SandboxMarket>().ReadyAsync(CancellationToken.None)).Simulation;
        var baseline = await OffersSyncWithinOneTickAsync(app, simulation);
        Assert.Empty(await ChangesAsync(app));

        // Round 1 waits for anything a competitor did to us (the buy box taken counts); round 2, from where round 1
        // left the market, for a rival undercutting us or a new seller or Amazon arriving.
        var afterFirst = await RoundAsync(app, simulation, baseline, events, [ChangeKind.BuyBoxLost, ChangeKind.CompetitorBelowUs, ChangeKind.NewSeller, ChangeKind.AmazonJoined]);
        var before = (await ChangesAsync(app)).Count;
        await RoundAsync(app, simulation, afterFirst, events, [ChangeKind.CompetitorBelowUs, ChangeKind.NewSeller, ChangeKind.AmazonJoined]);
        Assert.True((await ChangesAsync(app)).Count > before, "round 2 recorded the competitor's move");
    }

    /// <summary>
    /// Runs the market a tick at a time until the simulation's books, against <paramref name="baseline"/> (what the
    /// last sync saw), show one of <paramref name="awaited"/>; syncs, checks the console recorded exactly what the
    /// books show, one alert and one live event each; syncs again in the same tick and checks nothing new appears.
    /// </summary>
    private async Task<Dictionary<string, OfferBook>> RoundAsync(CompetitionApp app, MarketSimulation simulation, Dictionary<string, OfferBook> baseline,
        List<CompetitorDetected> events, ChangeKind[] awaited)
    {
        var thresholds = ChangeThresholds.From(await app.Service<CompetitionSettingsStore>().GetAsync(CancellationToken.None));
        var floors = await app.Service<FloorPrices>().BreakEvensAsync(CancellationToken.None);
        long? FloorOf(string asin) => floors.TryGetValue(simulation.Catalogue.Single(l => l.Asin == asin).Sku, out var f) ? f : null;
        Dictionary<string, HashSet<(ChangeKind Kind, string Asin, string? SellerId)>> Expected(Dictionary<string, OfferBook> now) =>
            baseline.Keys.Where(a => Comparable(baseline[a]) && Comparable(now[a]))
                .ToDictionary(a => a, a => SimulatedMarketOracle.Changes(baseline[a], now[a], thresholds, FloorOf(a)));
        var known = (await ChangesAsync(app)).Select(c => c.Id).ToHashSet();

        Dictionary<string, OfferBook>? moved = null;
        for (var step = 0; step < 7 * 96 && moved is null; step++)
        {
            await AdvanceJustPastNextTickAsync(app);
            var books = simulation.Catalogue.ToDictionary(l => l.Asin, l => simulation.GetOffers(l.Asin)!);
            if (Expected(books).Values.SelectMany(e => e).Any(e => awaited.Contains(e.Kind)))
            {
                moved = books;
            }
        }
        Assert.True(moved is not null, $"the simulation showed none of {string.Join(", ", awaited)} within 7 days");
        var expected = Expected(moved);
        var tick = moved.Values.First().AsOfUtc;
        output.WriteLine($"market moved at {tick:u}: " + string.Join(", ", expected.Values.SelectMany(e => e)));
        var read = await OffersSyncWithinOneTickAsync(app, simulation, sameTickAs: tick);
        Assert.Equal(moved.Values.Select(SimulatedMarketOracle.Describe), read.Values.Select(SimulatedMarketOracle.Describe));

        var all = await ChangesAsync(app);
        var fresh = all.Where(c => !known.Contains(c.Id)).ToList();
        foreach (var (asin, changes) in expected)
        {
            var actual = fresh.Where(c => c.Asin == asin).Select(c => (c.Kind, c.Asin, c.SellerId)).ToHashSet();
            Assert.True(changes.SetEquals(actual), $"{asin}: the simulation shows [{string.Join(", ", changes)}], the console recorded [{string.Join(", ", actual)}]");
        }
        output.WriteLine($"{fresh.Count} change(s) recorded: {string.Join("; ", fresh.Select(c => c.Title))}");

        // The evidence quotes the simulation's prices.
        foreach (var change in fresh.Where(c => c.Kind is ChangeKind.CompetitorBelowUs or ChangeKind.NewSeller or ChangeKind.AmazonJoined))
        {
            var rival = moved[change.Asin].Offers.Single(o => o.SellerId == change.SellerId);
            var evidence = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(change.Evidence)!;
            Assert.Equal(Money.FormatPence(Money.ToPence(rival.LandedPrice)), evidence.GetValueOrDefault("their landed") ?? evidence["landed"]);
        }
        foreach (var change in fresh.Where(c => c.Kind == ChangeKind.BuyBoxLost))
        {
            var evidence = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(change.Evidence)!;
            Assert.Equal(moved[change.Asin].BuyBoxWinner?.SellerId ?? "nobody", evidence["winner"]);
        }

        // Exactly one alert per change, and one competitor.detected event per change carrying its evidence.
        await AssertOneAlertPerChangeAsync(app, all);
        await Eventually.GetAsync(() => { lock (events) return Task.FromResult(events.Count); }, n => n == all.Count, what: $"{all.Count} competitor.detected events");
        lock (events)
        {
            Assert.Equal(all.Select(c => c.Id).Order(), events.Select(e => e.ChangeId).Order());
            Assert.All(events, e => Assert.Equal("competitor.detected", e.Kind));
            Assert.All(events, e => Assert.NotEmpty(e.Evidence));
            Assert.All(events.Where(e => e.SellerId is not null && e.ChangeKind != ChangeKind.BuyBoxLost), e => Assert.Equal(e.SellerId, e.Evidence["seller"]));
        }

        // Another sync with no market change: the simulation shows nothing moved, and nothing new is recorded or alerted.
        var digest = SimulatedMarketOracle.Digest(simulation);
        var again = await OffersSyncWithinOneTickAsync(app, simulation, sameTickAs: tick);
        Assert.Equal(digest, SimulatedMarketOracle.Digest(simulation));
        Assert.Equal(all.Select(c => c.Id), (await ChangesAsync(app)).Select(c => c.Id));
        await AssertOneAlertPerChangeAsync(app, all);
        lock (events) Assert.Equal(all.Count, events.Count);
        return again;
    }

    private static async Task AssertOneAlertPerChangeAsync(CompetitionApp app, IReadOnlyList<CompetitionChange> changes)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        var alerts = await db.Alerts.AsNoTracking().Where(a => a.Kind == "competitor.detected").ToListAsync();
        Assert.Equal(changes.Select(c => c.DedupKey).Order(StringComparer.Ordinal), alerts.Select(a => a.DedupKey).Order(StringComparer.Ordinal));
        Assert.All(alerts, a => Assert.Equal(1, a.Occurrences));
        Assert.All(alerts, a => Assert.Equal(ChangeRecorder.Severity(changes.Single(c => c.DedupKey == a.DedupKey).Kind), a.Severity));
    }

    private static async Task<List<CompetitionChange>> ChangesAsync(CompetitionApp app)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.CompetitionChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    /// <summary>
    /// Runs the offers sync inside one 15-minute market tick (the market only moves at ticks), so every
    /// ASIN is read from the same market state, and returns that state's offer books from the simulation.
    /// </summary>
    private static async Task<Dictionary<string, OfferBook>> OffersSyncWithinOneTickAsync(CompetitionApp app, MarketSimulation simulation, DateTime? sameTickAs = null)
    {
        if (sameTickAs is null)
        {
            await AdvanceJustPastNextTickAsync(app);
        }
        var tick = Floor(app.Clock.GetUtcNow().UtcDateTime);
        Assert.True(sameTickAs is null || Floor(sameTickAs.Value) == tick, "this sync runs in the tick the market was read at");
        var result = await PumpAsync(app, () => app.Service<OffersSync>().RunAsync(null, CancellationToken.None));
        Assert.True(result.ItemsProcessed > 0, result.Summary);
        Assert.True(Floor(app.Clock.GetUtcNow().UtcDateTime) == tick, $"the offers sync ran past its tick (to {app.Clock.GetUtcNow():u})");
        await app.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);
        return simulation.Catalogue.ToDictionary(l => l.Asin, l => simulation.GetOffers(l.Asin)!);
    }

    /// <summary>Moves the clock to 5 s past the next market tick and brings the Sandbox world there.</summary>
    private static async Task AdvanceJustPastNextTickAsync(CompetitionApp app)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        app.Clock.Advance(Floor(now) + Tick + TimeSpan.FromSeconds(5) - now);
        await app.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);
    }

    /// <summary>Our offer is listed and in stock (otherwise the console falls back to the catalogue price, which the oracle does not model).</summary>
    private static bool Comparable(OfferBook book) => SimulatedMarketOracle.Visible(book).Any(o => o.IsOurs);

    private static DateTime Floor(DateTime utc) => new(utc.Ticks / Tick.Ticks * Tick.Ticks, DateTimeKind.Utc);

    private static Task<T> PumpAsync<T>(CompetitionApp app, Func<Task<T>> work) => ClockPump.RunAsync(app.Clock, work, TimeSpan.FromMilliseconds(200));
}
