using System.Threading.Channels;
using SellerConsole.Catalog;
using SellerConsole.Live;

namespace SellerConsole.Scoring.Data;

/// <summary>
/// Gives listings a catalogue sync added their category, their category's peers and a score against them,
/// without waiting for the nightly peers job. Events only ring a bell: one worker drains it, and bells rung
/// while it works collapse into one more pass, so a 5,000-listing first sync (or many syncs in a row) is one
/// sequential lookup of 250 calls, never overlapping ones. Each pass reads the listings still without a
/// category from the database, whichever event rang.
/// </summary>
public sealed class NewListingCategories(LiveFeed live, PeerRefresh peers, ScoringService scoring, TimeProvider clock, ILogger<NewListingCategories> log)
    : BackgroundService
{
    /// <summary>An ASIN Amazon did not classify is asked again after this (the nightly job asks every night anyway).</summary>
    public static readonly TimeSpan RetryUnclassifiedAfter = TimeSpan.FromHours(6);

    private readonly Channel<bool> _bell = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    // Touched only by the single worker loop.
    private readonly Dictionary<string, DateTime> _unclassified = new(StringComparer.OrdinalIgnoreCase);
    private int _passes;

    /// <summary>Passes run since start (each is one lookup of every listing still without a category).</summary>
    public int Passes => Volatile.Read(ref _passes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = live.Subscribe<ListingsUpdated>(_ =>
        {
            _bell.Writer.TryWrite(true);
            return Task.CompletedTask;
        });
        try
        {
            await foreach (var _ in _bell.Reader.ReadAllAsync(stoppingToken))
            {
                await PassAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PassAsync(CancellationToken cancellationToken)
    {
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var expired in _unclassified.Where(u => now - u.Value >= RetryUnclassifiedAfter).Select(u => u.Key).ToList())
            {
                _unclassified.Remove(expired);
            }
            var result = await peers.CategoriseNewAsync(_unclassified.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), cancellationToken);
            foreach (var asin in result.Unclassified)
            {
                _unclassified[asin] = now;
            }
            if (result.CategorisedSkus.Count > 0)
            {
                var rescored = await scoring.RescoreAsync(result.CategorisedSkus, cancellationToken);
                log.LogInformation("Categorised and rescored {Count} new listings ({Categories} new categories, {Changed} scores changed)",
                    rescored.Scored, result.NewCategories, rescored.Changes.Count);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The next listings event or the nightly peers job tries again; the worker must keep running.
            log.LogWarning(ex, "Categorising new listings failed");
        }
        finally
        {
            Interlocked.Increment(ref _passes);
        }
    }
}
