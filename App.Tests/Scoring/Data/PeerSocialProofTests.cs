using SellerConsole.Jobs;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Scoring;
using SellerConsole.Scoring.Data;

namespace SellerConsole.Tests.Scoring.Data;

public sealed class PeerSocialProofTests
{
    [Fact]
    public async Task The_peers_job_stores_keepas_peer_ratings_and_reviews_and_the_benchmark_compares_social_proof()
    {
        using var app = new KeepaSandboxApp();
        await app.SyncCatalogueAsync();
        var world = await app.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);
        var job = JobSchedules.Find("scoring-peers")!;

        Assert.Equal(JobOutcome.Succeeded, await app.PumpAsync(() => app.Service<JobRunner>().RunAsync(job, "test", CancellationToken.None)));

        var peers = await app.PeersAsync();
        Assert.NotEmpty(peers);
        foreach (var peer in peers)
        {
            var truth = world.Simulation.GetPeerListings(peer.Category).Single(p => p.Asin == peer.Asin);
            Assert.Equal(truth.Rating is { } stars ? (int)Math.Round(stars * 10, MidpointRounding.AwayFromZero) : null, peer.RatingTenths);
            Assert.Equal(truth.ReviewCount, peer.ReviewCount);
            Assert.NotNull(peer.SocialProofUtc);
        }

        var listing = (await app.Service<ScoringStore>().ListAsync(new ScoreFilter(), CancellationToken.None))[0];
        var view = (await app.Service<ScoringStore>().FindAsync(listing.Sku, CancellationToken.None))!;
        var rating = view.Card.Benchmark.Metric(Benchmark.Rating)!;
        var reviews = view.Card.Benchmark.Metric(Benchmark.ReviewCount)!;
        var top = view.Peers.Take(view.Card.Benchmark.PeerCount).ToList();
        Assert.Equal(Median(top.Where(p => p.Rating is not null).Select(p => p.Rating!.Value)), rating.PeerMedian);
        Assert.Equal(Median(top.Where(p => p.ReviewCount is not null).Select(p => (decimal)p.ReviewCount!.Value)), reviews.PeerMedian);
        Assert.NotNull(reviews.PeerMedian);
        Assert.NotNull(view.PeerRatingsUtc);
        // The new-listings worker rated the peers after the sync; the nightly job finds them current.
        Assert.Contains("peer ratings are current", await app.LastSummaryAsync(job.Name));
    }

    [Fact]
    public async Task A_keepa_failure_does_not_fail_the_peers_job_peers_are_stored_and_their_rating_stays_unknown()
    {
        using var app = new KeepaSandboxApp(keepaDown: true);
        await app.SyncCatalogueAsync();
        var job = JobSchedules.Find("scoring-peers")!;

        Assert.Equal(JobOutcome.Succeeded, await app.PumpAsync(() => app.Service<JobRunner>().RunAsync(job, "test", CancellationToken.None)));

        Assert.Contains("peer ratings from Keepa failed", await app.LastSummaryAsync(job.Name));
        var peers = await app.PeersAsync();
        Assert.NotEmpty(peers);
        Assert.All(peers, p => Assert.Equal(((int?)null, (int?)null, (DateTime?)null), (p.RatingTenths, p.ReviewCount, p.SocialProofUtc)));
        var result = await app.PumpAsync(() => app.Service<PeerRefresh>().RefreshAsync(null, CancellationToken.None));
        Assert.Contains("failed", result.SocialProof.Note);
        Assert.Equal(0, result.SocialProof.Updated);
        Assert.Equal(peers.Select(p => p.Asin).Distinct().Count(), result.SocialProof.Deferred);
    }

    [Fact]
    public async Task With_tokens_short_only_what_the_balance_pays_for_is_asked_and_the_rest_keep_their_values()
    {
        // 1 token a minute: a 60-token bucket pays for 24 peers (2 tokens each) above the Keepa refresh's 12-token reserve.
        using var app = new KeepaSandboxApp(keepaRefillPerMinute: 1);
        await app.SyncCatalogueAsync();
        var bucket = app.Service<KeepaTokenBucket>();
        var refresh = app.Service<PeerRefresh>();

        // The catalogue sync's new-listings pass stored peers and asked Keepa for what the balance allowed.
        var peers = await app.PeersAsync();
        var rated = peers.Where(p => p.SocialProofUtc is not null).ToList();
        var asked = rated.Select(p => p.Asin).Distinct().Count();
        Assert.InRange(asked, 1, (bucket.Capacity - SellerConsole.Competition.KeepaRefresh.ReserveTokens) / 2 + 1);
        Assert.True(asked < peers.Select(p => p.Asin).Distinct().Count(), "the bucket cannot pay for every peer");
        Assert.All(rated, p => Assert.NotNull(p.ReviewCount));
        Assert.All(peers.Except(rated), p => Assert.Null(p.ReviewCount));
        Assert.True(bucket.Peek().TokensLeft >= 0, "a request the balance could not pay for was started");

        var second = await app.PumpAsync(() => refresh.RefreshAsync(null, CancellationToken.None));

        var after = (await app.PeersAsync()).ToDictionary(p => (p.Category, p.Asin));
        var kept = rated.Where(p => after.ContainsKey((p.Category, p.Asin))).ToList();
        Assert.NotEmpty(kept);
        Assert.All(kept, p => Assert.Equal((p.RatingTenths, p.ReviewCount), (after[(p.Category, p.Asin)].RatingTenths, after[(p.Category, p.Asin)].ReviewCount)));
        Assert.Contains("tokens short", second.SocialProof.Note);
        Assert.True(bucket.Peek().TokensLeft >= 0);
    }

    [Fact]
    public async Task The_daytime_scores_job_rates_the_peers_a_short_balance_left_waiting()
    {
        using var app = new KeepaSandboxApp(keepaRefillPerMinute: 1);
        await app.SyncCatalogueAsync();
        var waitingBefore = (await app.PeersAsync()).Where(p => p.SocialProofUtc is null).Select(p => p.Asin).Distinct().Count();
        Assert.True(waitingBefore > 0, "a 60-token bucket cannot rate every peer at once");

        app.Clock.Advance(TimeSpan.FromHours(1)); // the bucket refills
        var job = JobSchedules.Find("listing-scores")!;
        Assert.Equal(JobOutcome.Succeeded, await app.PumpAsync(() => app.Service<JobRunner>().RunAsync(job, "test", CancellationToken.None)));

        var waitingAfter = (await app.PeersAsync()).Where(p => p.SocialProofUtc is null).Select(p => p.Asin).Distinct().Count();
        Assert.True(waitingAfter < waitingBefore, $"{waitingBefore} peers were waiting, still {waitingAfter}");
        Assert.Contains("peer rating(s) from Keepa", await app.LastSummaryAsync(job.Name));
        Assert.Contains("listings scored", await app.LastSummaryAsync(job.Name));
    }

    private static decimal? Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2m;
    }
}
