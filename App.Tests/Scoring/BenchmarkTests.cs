using SellerConsole.Scoring;

namespace SellerConsole.Tests.Scoring;

/// <summary>A scripted "Drills" category whose common and missing terms are known by construction.</summary>
public sealed class BenchmarkTests
{
    private static readonly ListingContent Ours = ListingBuilder.Good() with
    {
        Asin = "B0OURS0001",
        Title = "Forgemaster Cordless Drill Driver",
        Bullets = ["Compact body"],
        SearchTerms = "screwdriver",
        Images = ListingBuilder.Images(4),
    };

    private static List<PeerListing> Category()
    {
        PeerListing Peer(string asin, int rank, string title, string category = "Drills", int images = 5) =>
            new(new ListingContent(null, asin, "Makita", category, title, [], null, null, ListingBuilder.Images(images), false, 4.5m, 100, null, null, null), rank);

        var peers = new List<PeerListing>
        {
            Peer("B0OURS0001", 1, "Forgemaster Laser Level Laser"),        // ourselves: excluded
            Peer("B0SAW00001", 1, "Makita Circular Saw Blade", "Saws"),     // other category
            Peer("B0SAW00002", 2, "Makita Circular Saw Blade", "Saws"),
            Peer("B0UNRANKED", 0, "Makita Laser Level Spirit"),             // unranked
        };
        for (var i = 1; i <= 10; i++)
        {
            var title = "Makita 18V Cordless Drill"
                + (i <= 7 ? " Brushless" : "")
                + (i <= 3 ? " Batteries" : i <= 5 ? " Battery" : "")
                + (i is >= 6 and <= 9 ? " Keyless" : "")
                + (i >= 8 ? " Chuck" : "");
            peers.Add(Peer($"B0PEER{i:D4}", i, title, i % 2 == 0 ? " drills " : "Drills", images: i));
        }
        peers.Add(Peer("B0PEER0001", 1, "Makita Laser Level Laser Laser"));   // duplicate ASIN: ignored
        peers.Add(Peer("B0PEER0011", 11, "Makita Hammer Drill Hammer Hammer Hammer"));
        peers.Add(Peer("B0PEER0012", 12, "Makita Hammer Drill Hammer Hammer Hammer"));
        return peers;
    }

    [Fact]
    public void Missing_terms_are_those_used_by_at_least_40_percent_of_the_top_10_peers()
    {
        var card = Scored.Of(Ours, Category());

        var benchmark = card.Benchmark;
        Assert.Equal(10, benchmark.PeerCount);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"B0PEER{i:D4}"), benchmark.PeerAsins);
        Assert.Equal(["brushless", "batteries", "keyless"], benchmark.MissingTerms);
        Assert.Equal(["cordless:10:True", "drill:10:True", "brushless:7:False", "batteries:5:False", "keyless:4:False"],
            benchmark.CommonTerms.Select(t => $"{t.Term}:{t.PeersUsing}:{t.InOurListing}"));
        var finding = card.Single(RuleIds.CompetitionMissingTerms);
        Assert.Equal("brushless, batteries, keyless", finding.Evidence);
        Assert.Equal(Severity.Minor, finding.Severity);
    }

    [Fact]
    public void Metrics_show_ours_against_the_peer_median()
    {
        var benchmark = Scored.Of(Ours, Category()).Benchmark;

        Assert.Equal(new BenchmarkMetric(Benchmark.ImageCount, 4m, 5.5m), benchmark.Metric(Benchmark.ImageCount));
        Assert.Equal(new BenchmarkMetric(Benchmark.BulletCount, 1m, 0m), benchmark.Metric(Benchmark.BulletCount));
        Assert.Equal(new BenchmarkMetric(Benchmark.Rating, 4.6m, 4.5m), benchmark.Metric(Benchmark.Rating));
        Assert.Equal(new BenchmarkMetric(Benchmark.ReviewCount, 850m, 100m), benchmark.Metric(Benchmark.ReviewCount));
        Assert.Equal(33m, benchmark.Metric(Benchmark.TitleLength)!.Ours);
        Assert.Equal(5, benchmark.Metrics.Count);
        Assert.True(Scored.Of(Ours, Category()).Has(RuleIds.CompetitionFewerImages));
    }

    [Fact]
    public void Only_the_configured_number_of_top_peers_count()
    {
        var card = Scored.Of(Ours, Category(), new ScoringSettings { PeerCount = 5 });

        Assert.Equal(5, card.Benchmark.PeerCount);
        Assert.Equal(["batteries", "brushless"], card.Benchmark.MissingTerms);
    }

    [Fact]
    public void A_stricter_share_leaves_fewer_common_terms()
    {
        var card = Scored.Of(Ours, Category(), new ScoringSettings { CommonTermShare = 0.8m });

        Assert.Empty(card.Benchmark.MissingTerms);
        Assert.False(card.Has(RuleIds.CompetitionMissingTerms));
    }

    [Fact]
    public void Five_or_more_missing_terms_is_major()
    {
        var peers = Enumerable.Range(1, 4).Select(i => new PeerListing(ListingContent.Empty with
        {
            Asin = $"B0X{i:D7}", Title = "Cordless Drill Brushless Keyless Chuck Gearbox Masonry",
        }, i)).ToList();

        var finding = Scored.Of(Ours, peers).Single(RuleIds.CompetitionMissingTerms);

        Assert.Equal(Severity.Major, finding.Severity);
        Assert.Equal("brushless, chuck, gearbox, keyless, masonry", finding.Evidence);
    }

    [Fact]
    public void Too_few_peers_give_a_benchmark_but_no_competition_findings()
    {
        var card = Scored.Of(Ours, Category().Where(p => p.Content!.Asin is "B0PEER0001" or "B0PEER0002").ToList());

        Assert.Equal(2, card.Benchmark.PeerCount);
        Assert.NotEmpty(card.Benchmark.MissingTerms);
        Assert.DoesNotContain(card.Findings, f => f.Section == ScoreSection.Competitiveness);
    }

    [Fact]
    public void No_peers_gives_an_empty_benchmark()
    {
        var card = Scored.Of(Ours, []);

        Assert.Equal(0, card.Benchmark.PeerCount);
        Assert.Empty(card.Benchmark.Metrics);
    }
}
