using System.Diagnostics;
using System.Globalization;
using SellerConsole.Scoring;

namespace SellerConsole.Bench;

/// <summary>
/// Listing scorer speed on one thread: realistic listings (~150-character titles, 5 bullets, a
/// description, search terms, 7-9 images) each scored against 10 peers of its category; then a full
/// rescore of a 5,000-listing catalogue; then one hostile listing with 10 MB fields.
/// </summary>
public sealed class ScoringBenchmark : IBenchmark
{
    private const int CatalogueSize = 5000;
    private const int Categories = 25;
    private const int PeersPerCategory = 10;

    private static readonly string[] Vocabulary =
    [
        "cordless", "combi", "drill", "driver", "impact", "brushless", "battery", "charger", "case", "hammer", "masonry", "wood",
        "metal", "steel", "titanium", "coated", "bits", "set", "chuck", "keyless", "torque", "speed", "variable", "compact",
        "lightweight", "heavy", "duty", "professional", "trade", "garden", "workshop", "saw", "blade", "circular", "jigsaw",
        "sander", "orbital", "grinder", "angle", "disc", "cutting", "tile", "plasterboard", "screws", "fixings", "wall", "plugs",
        "spirit", "level", "laser", "measuring", "tape", "spanner", "socket", "ratchet", "handle", "grip", "rubber", "storage",
        "with", "and", "for", "of", "the", "in", "to", "includes", "suitable", "ideal", "home", "diy", "projects", "18V", "2.0Ah",
    ];

    public string Name => "scoring";

    public string Description => "listings scored per second (1 thread, 10 peers) and a 5,000-listing catalogue rescore";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var random = new Random(42);
        var peersByCategory = Enumerable.Range(0, Categories)
            .Select(c => Enumerable.Range(1, PeersPerCategory).Select(r => new PeerListing(Listing(random, c, $"B0PEER{c:D2}{r:D2}"), r)).ToList())
            .ToList();
        var catalogue = Enumerable.Range(0, CatalogueSize)
            .Select(i => (Listing: Listing(random, i % Categories, $"B0OURS{i:D4}"), Category: i % Categories))
            .ToList();
        var settings = ScoringSettings.Default;

        output.WriteLine($"   catalogue: {CatalogueSize} listings, {Categories} categories x {PeersPerCategory} peers; " +
            $"mean title {catalogue.Average(x => x.Listing.Title!.Length):F0} chars, 5 bullets of ~{catalogue.Average(x => x.Listing.Bullets!.Average(b => b!.Length)):F0} chars");

        // Warm-up: JIT and tiered compilation.
        var checksum = 0m;
        foreach (var (listing, category) in catalogue.Take(1000))
        {
            checksum += ListingScorer.Score(listing, peersByCategory[category], settings).Score;
        }

        var clock = Stopwatch.StartNew();
        var peerSets = peersByCategory.ConvertAll(p => PeerSet.Prepare(p, settings));
        Throughput(output, "peer list (peers analysed per call)", catalogue, i => ListingScorer.Score(catalogue[i].Listing, peersByCategory[catalogue[i].Category], settings), cancellationToken, ref checksum);
        Throughput(output, "PeerSet reused per category", catalogue, i => ListingScorer.Score(catalogue[i].Listing, peerSets[catalogue[i].Category], settings), cancellationToken, ref checksum);

        var runs = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.Restart();
            var sets = peersByCategory.ConvertAll(p => PeerSet.Prepare(p, settings));
            foreach (var (listing, category) in catalogue)
            {
                checksum += ListingScorer.Score(listing, sets[category], settings).Score;
            }
            runs.Add(clock.Elapsed.TotalMilliseconds);
        }
        runs.Sort();
        output.WriteLine(Invariant($"   catalogue rescore: {CatalogueSize} listings in {runs[1]:F0} ms on one thread (median of 3; fastest {runs[0]:F0} ms; one PeerSet per category)"));

        var huge = string.Concat(Enumerable.Repeat("Drill <b>£€🔨 07700 900123 a@b.co \uD800\u0007 ", 220_000));
        var hostile = new ListingContent("X", "B0HUGE0001", huge, "Drills", huge, [huge, huge, huge, huge, huge], huge, huge,
            [new ListingImage(1, 1, false)], false, 1m, 1, 10m, 1m, [new AmazonListingIssue(huge, huge, "ERROR", [huge])]);
        clock.Restart();
        var hostileCard = ListingScorer.Score(hostile, peersByCategory[0], settings);
        output.WriteLine(Invariant($"   hostile listing: every field {huge.Length * 2 / 1_000_000.0:F1} MB, scored in {clock.Elapsed.TotalMilliseconds:F0} ms ({hostileCard.Findings.Count} findings)"));
        output.WriteLine(Invariant($"   (checksum {checksum})"));
        return Task.CompletedTask;
    }

    private static void Throughput(TextWriter output, string label, List<(ListingContent Listing, int Category)> catalogue, Func<int, ScoreCard> score, CancellationToken cancellationToken, ref decimal checksum)
    {
        var clock = Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var scored = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(3) && !cancellationToken.IsCancellationRequested)
        {
            checksum += score(scored % catalogue.Count).Score;
            scored++;
        }
        var perSecond = scored / clock.Elapsed.TotalSeconds;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)scored;
        output.WriteLine(Invariant($"   throughput, {label}: {perSecond:N0} listings/s on one thread ({1_000_000 / perSecond:F0} µs each, {allocated / 1024:F0} KiB allocated each)"));
    }

    /// <summary>A plausible DIY listing; the category decides a few shared words so peers have common terms.</summary>
    private static ListingContent Listing(Random random, int category, string asin)
    {
        string Words(int count) => string.Join(" ", Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
        var core = $"{Vocabulary[category]} {Vocabulary[(category * 7 + 3) % Vocabulary.Length]}";
        var title = $"Brand{random.Next(50)} {core} {Words(18)}";
        title = title.Length > 150 ? title[..150].TrimEnd() : title;
        var bullets = Enumerable.Range(0, 5).Select(_ => (string?)$"{char.ToUpperInvariant(core[0])}{core[1..]}: {Words(random.Next(15, 35))}").ToList();
        var images = Enumerable.Range(0, random.Next(5, 10))
            .Select(i => (ListingImage?)new ListingImage(random.Next(800, 2500), random.Next(800, 2500), i == 0 ? random.Next(5) != 0 : null))
            .ToList();
        return new ListingContent($"SKU-{asin}", asin, $"Brand{random.Next(50)}", $"Category {category}", title, bullets,
            Words(150), Words(25), images, random.Next(2) == 0, random.Next(30, 50) / 10m, random.Next(0, 3000),
            random.Next(1000, 9000) / 100m, random.Next(1000, 9000) / 100m, []);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
