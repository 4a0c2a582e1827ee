using SellerConsole.Catalog.Sync;
using SellerConsole.Jobs;
using SellerConsole.Scoring.Data;

namespace SellerConsole.Scoring.Jobs;

/// <summary>Daily: categories and top peers from Catalog Items, then every listing rescored against them.</summary>
public sealed class ScoringPeersJob(PeerRefresh peers, ScoringService scoring) : IConsoleJob
{
    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var allocated = Shared.MemoryRelief.Mark();
        var refreshed = await peers.RefreshAsync(context, cancellationToken);
        var rescored = await scoring.RescoreAsync(null, cancellationToken);
        Shared.MemoryRelief.AfterBulkWork(allocated); // a whole-catalogue rescore: give back what it allocated
        context.ReportProgress(1, 1, "Done");
        return new JobResult(refreshed.Listings,
            $"{refreshed.Peers} peers in {refreshed.Categories} categories, {refreshed.CategoriesChanged} listing categories set; {refreshed.SocialProof.Note}; " +
            $"{rescored.Scored} listings scored, {rescored.Changes.Count} scores changed, {rescored.Alerts} drop alerts");
    }
}

/// <summary>
/// Rescores every listing (reviews and ratings arrive from other refreshes without a listing event), after
/// rating the peers still waiting for Keepa (a short balance at the nightly run leaves some for the day).
/// </summary>
public sealed class ListingScoresJob(PeerSocialProof peerRatings, ScoringService scoring) : IConsoleJob
{
    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var allocated = Shared.MemoryRelief.Mark();
        context.ReportProgress(0, 2, "Peer ratings from Keepa");
        var ratings = await peerRatings.FillAsync(cancellationToken);
        context.ReportProgress(1, 2, "Scoring listings");
        var result = await scoring.RescoreAsync(null, cancellationToken);
        Shared.MemoryRelief.AfterBulkWork(allocated);
        context.ReportProgress(2, 2, "Done");
        return new JobResult(result.Scored, $"{ratings.Note}; {result.Scored} listings scored, {result.Changes.Count} scores changed, {result.Alerts} drop alerts");
    }
}
