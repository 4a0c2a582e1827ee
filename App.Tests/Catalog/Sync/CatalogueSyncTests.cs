using System.Text.RegularExpressions;
using SellerConsole.Catalog;
using SellerConsole.Catalog.Sync;
using SellerConsole.Live;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Catalog.Sync;

public sealed class CatalogueSyncTests
{
    [Fact]
    public async Task The_catalogue_sync_brings_in_every_sandbox_listing_with_content_and_issues()
    {
        using var app = new SandboxApp();
        var world = await app.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);

        var result = await ClockPump.RunAsync(app.Clock, () => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));

        var listings = await app.ListingsAsync();
        Assert.Equal(SandboxApp.Listings, listings.Count);
        Assert.Equal(SandboxApp.Listings, result.ItemsProcessed);
        var expected = world.Simulation.Catalogue.ToDictionary(c => c.Sku);
        Assert.All(listings, l =>
        {
            Assert.True(expected.ContainsKey(l.Sku), $"{l.Sku} is not a sandbox SKU");
            Assert.Equal(expected[l.Sku].Asin, l.Asin);
            Assert.False(string.IsNullOrWhiteSpace(l.Title));
            Assert.NotNull(l.DetailsSyncedUtc);
        });
        Assert.Contains(listings, l => l.Bullets is not null && l.MainImageWidth is not null);
        Assert.Contains(listings, l => l.Issues.Count > 0);
        Assert.Equal(expected.Values.Count(c => c.Issues.Count > 0), listings.Count(l => l.Issues.Count > 0));
    }

    [Fact]
    public async Task Running_the_sync_again_over_an_unchanged_market_changes_nothing()
    {
        using var app = new SandboxApp();
        var sync = app.Service<CatalogueSync>();
        await ClockPump.RunAsync(app.Clock, () => sync.RunAsync(null, CancellationToken.None));
        var before = await app.CatalogueDigestAsync();
        var updates = new List<ListingsUpdated>();
        using var subscription = app.Service<LiveFeed>().Subscribe<ListingsUpdated>(u => { lock (updates) { updates.Add(u); } return Task.CompletedTask; });

        var second = await ClockPump.RunAsync(app.Clock, () => sync.RunAsync(null, CancellationToken.None));

        Assert.Equal(before, await app.CatalogueDigestAsync());
        Assert.Contains("0 new, 0 changed", second.Summary);
        await Task.Delay(100);
        lock (updates) { Assert.Empty(updates); }
    }

    [Fact]
    public async Task Under_an_error_rate_a_run_keeps_every_listing_it_read_and_the_next_run_finishes_only_the_rest()
    {
        using var clean = new SandboxApp();
        await ClockPump.RunAsync(clean.Clock, () => clean.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        var expected = (await clean.ListingsAsync()).Select(l => (l.Sku, l.Asin, l.Title, l.Bullets, l.MainImageUrl, Issues: l.Issues.Count)).ToList();

        // One retry: a listing is left when both its attempts get a 500 (16% at a 40% error rate, so with 40 listings
        // some are left, bar a 1-in-1,000 draw), and a rare 429 from the paced buckets is still retried (no retries
        // at all would leave a listing for a 429 too). The report is not faulted.
        using var app = new SandboxApp(new Dictionary<string, string?> { ["SpApi:MaxRetries"] = "1" });
        var sync = app.Service<CatalogueSync>();
        var tracker = app.Service<SyncTracker>();
        await ClockPump.RunAsync(app.Clock, () => sync.RunAsync(null, CancellationToken.None));
        var firstRead = (await app.ListingsAsync()).ToDictionary(l => l.Sku, l => l.DetailsSyncedUtc);
        app.Clock.Advance(TimeSpan.FromHours(1));
        var faults = app.Service<SandboxFaults>();
        faults.ErrorOperations = ["getListingsItem"];
        faults.ErrorRate = 0.4;

        var partialStart = app.Clock.GetUtcNow().UtcDateTime;
        var partial = await ClockPump.RunAsync(app.Clock, () => sync.RunAsync(null, CancellationToken.None));

        var counts = Regex.Match(partial.Summary, @"^(\d+) of 40 listings updated; (\d+) left for the next run \(Amazon errors\)");
        Assert.True(counts.Success, partial.Summary);
        var (read, left) = (int.Parse(counts.Groups[1].Value), int.Parse(counts.Groups[2].Value));
        Assert.Equal(SandboxApp.Listings, read + left);
        Assert.InRange(left, 1, SandboxApp.Listings - 1);
        Assert.Equal(read, partial.ItemsProcessed);
        var afterPartial = await app.ListingsAsync();
        Assert.Equal(read, afterPartial.Count(l => l.DetailsSyncedUtc >= partialStart));
        // The ones left keep their last good details from the first run, untouched.
        var kept = afterPartial.Where(l => l.DetailsSyncedUtc < partialStart).ToList();
        Assert.Equal(left, kept.Count);
        Assert.All(kept, l => Assert.Equal(firstRead[l.Sku], l.DetailsSyncedUtc));
        Assert.Equal(expected, afterPartial.Select(l => (l.Sku, l.Asin, l.Title, l.Bullets, l.MainImageUrl, Issues: l.Issues.Count)).ToList());
        var state = await tracker.GetAsync(CatalogueSync.Name, CancellationToken.None);
        var checkpoint = CatalogueCheckpoint.Parse(state.Cursor);
        Assert.Equal(left, checkpoint?.Left);
        Assert.InRange(checkpoint!.ReportUtc, partialStart, afterPartial.Max(l => l.DetailsSyncedUtc!.Value));
        Assert.Equal(0, state.ConsecutiveFailures);

        faults.Clear();
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var resumeStart = app.Clock.GetUtcNow().UtcDateTime;
        var rest = await ClockPump.RunAsync(app.Clock, () => sync.RunAsync(null, CancellationToken.None));

        Assert.StartsWith($"Finished the last run: {left} of the {left} listings it left updated;", rest.Summary);
        Assert.Equal(left, rest.ItemsProcessed);
        var final = await app.ListingsAsync();
        // Only the ones left were read again; the rest keep the partial run's read; nothing doubled.
        Assert.Equal(left, final.Count(l => l.DetailsSyncedUtc >= resumeStart));
        Assert.All(final, l => Assert.True(l.DetailsSyncedUtc >= partialStart, $"{l.Sku} was never brought up to date"));
        Assert.Equal(expected, final.Select(l => (l.Sku, l.Asin, l.Title, l.Bullets, l.MainImageUrl, Issues: l.Issues.Count)).ToList());
        Assert.Equal(SandboxApp.Listings, await app.CountAsync(db => db.Listings));
        Assert.Equal(expected.Sum(e => e.Issues), await app.CountAsync(db => db.Set<ListingIssue>()));
        Assert.Null((await tracker.GetAsync(CatalogueSync.Name, CancellationToken.None)).Cursor);

        // With nothing left, the next run is a full one again.
        var full = await ClockPump.RunAsync(app.Clock, () => sync.RunAsync(null, CancellationToken.None));
        Assert.True(full.Summary.StartsWith("40 listings: 0 new,", StringComparison.Ordinal), full.Summary);
    }

    [Fact]
    public void A_checkpoint_reads_back_from_its_cursor_and_resumes_only_within_its_window()
    {
        var at = new DateTime(2026, 11, 20, 3, 15, 0, DateTimeKind.Utc);
        var checkpoint = new CatalogueCheckpoint(at, 8);

        Assert.Equal(checkpoint, CatalogueCheckpoint.Parse(checkpoint.Format()));
        Assert.True(checkpoint.CanResume(at.AddHours(2)));
        Assert.False(checkpoint.CanResume(at.AddDays(1)), "the next night's run is a full one");
        Assert.False((checkpoint with { Left = 0 }).CanResume(at.AddHours(2)));
        Assert.Null(CatalogueCheckpoint.Parse("2026-11-20T03:15:00.0000000Z"));
        Assert.Null(CatalogueCheckpoint.Parse(null));
    }
}
