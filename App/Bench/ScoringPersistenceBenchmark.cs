using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SellerConsole.Alerts;
using SellerConsole.Catalog;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Scoring;
using SellerConsole.Scoring.Data;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Bench;

/// <summary>
/// Rescoring a 5,000-listing catalogue from the database and persisting it on SQLite, as the job and the
/// on-change trigger do: load listings with issues and stored peers, score (all cores), write cards and history.
/// The pure scorer's single-thread figure is the "scoring" benchmark.
/// </summary>
public sealed class ScoringPersistenceBenchmark : IBenchmark
{
    private const int Listings = 5000;
    private const int Categories = 10;
    private const int PeersPerCategory = 20;

    private static readonly string[] Words =
    [
        "screws", "wood", "pozi", "countersunk", "zinc", "plated", "hardened", "steel", "box", "drill", "bits", "masonry", "wall", "plugs",
        "fixings", "hinge", "bracket", "tape", "measure", "level", "gloves", "safety", "glasses", "sealant", "adhesive", "storage", "case",
    ];

    public string Name => "scoring-persistence";

    public string Description => $"rescore and persist a {Listings:N0}-listing catalogue on SQLite (first, unchanged, 10% changed, 50 on-change)";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await using var database = await BenchDatabase.CreateAsync(cancellationToken);
        var dbs = database.Factory;
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero));
        await SeedAsync(dbs, clock, cancellationToken);

        var live = new LiveFeed(NullLogger<LiveFeed>.Instance);
        var audit = new AuditLog(dbs, clock);
        var alerts = new ScoreDropAlerts(new AlertService(dbs, live, audit, clock, NullLogger<AlertService>.Instance));
        var scoring = new ScoringService(dbs, new ScoringStore(dbs), alerts, live, audit, clock);

        await MeasureAsync(output, "first rescore (5,000 inserts + history)", () => scoring.RescoreAsync(null, cancellationToken));
        clock.Advance(TimeSpan.FromHours(1));
        await MeasureAsync(output, "rescore, nothing changed", () => scoring.RescoreAsync(null, cancellationToken));
        await ChangeEveryTenthAsync(dbs, cancellationToken);
        clock.Advance(TimeSpan.FromHours(1));
        await MeasureAsync(output, "rescore, 10% of listings changed", () => scoring.RescoreAsync(null, cancellationToken));
        var skus = Enumerable.Range(0, 50).Select(i => Sku(i * 97)).ToList();
        await MeasureAsync(output, "on-change rescore of 50 SKUs", () => scoring.RescoreAsync(skus, cancellationToken));
    }

    private static async Task MeasureAsync(TextWriter output, string label, Func<Task<RescoreResult>> rescore)
    {
        var clock = Stopwatch.StartNew();
        var result = await rescore();
        var elapsed = clock.Elapsed;
        output.WriteLine($"   {label,-42} {elapsed.TotalMilliseconds,8:N0} ms  ({result.Scored / elapsed.TotalSeconds,7:N0} listings/s, {result.Changes.Count:N0} changed, {result.Alerts} alerts)");
    }

    private static string Sku(int i) => $"BENCH-{i:D5}";

    private static async Task SeedAsync(IDbContextFactory<SellerDb> dbs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var random = new Random(7);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < Listings; i++)
        {
            var listing = new Listing
            {
                Sku = Sku(i), Asin = $"B0B{i:D7}", Title = Text(random, random.Next(8, 28)), Brand = "Timbermate", Status = "Active",
                Category = $"Category {i % Categories}", Bullets = string.Join('\n', Enumerable.Range(0, random.Next(2, 6)).Select(_ => Text(random, random.Next(10, 30)))),
                Description = Text(random, 80), SearchTerms = Text(random, 12), ImageCount = random.Next(1, 9),
                MainImageWidth = random.Next(400, 2500), MainImageHeight = random.Next(400, 2500), RatingTenths = random.Next(30, 50),
                ReviewCount = random.Next(0, 2000), PricePence = random.Next(300, 5000), BuyBoxPricePence = random.Next(300, 5000),
            };
            if (i % 20 == 0)
            {
                listing.Issues.Add(new ListingIssue { Code = "90220", Message = "'item_name' is required", Severity = "ERROR", Enforcements = i % 40 == 0 ? "SEARCH_SUPPRESSED" : null });
            }
            db.Listings.Add(listing);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        for (var c = 0; c < Categories; c++)
        {
            for (var p = 0; p < PeersPerCategory; p++)
            {
                var content = new ListingContent(null, $"B0P{c:D2}{p:D5}", "Peerco", $"Category {c}", Text(random, random.Next(15, 30)),
                    [.. Enumerable.Range(0, 5).Select(_ => (string?)Text(random, 25))], Text(random, 80), null,
                    [.. Enumerable.Range(0, random.Next(5, 9)).Select(_ => (ListingImage?)new ListingImage(2000, 2000, null))], false, null, null, null, null, []);
                db.ScoringPeers.Add(new StoredPeer
                {
                    Category = $"Category {c}", Position = p, Asin = content.Asin!, SalesRank = (p + 1) * 50,
                    ContentJson = ScoringJson.Write(content), FetchedUtc = now,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task ChangeEveryTenthAsync(IDbContextFactory<SellerDb> dbs, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.Listings.Where(l => l.Id % 10 == 0).ExecuteUpdateAsync(s => s.SetProperty(l => l.ImageCount, 0), cancellationToken);
    }

    private static string Text(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
}
