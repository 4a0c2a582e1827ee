using SellerConsole.Catalog;
using SellerConsole.Live;

namespace SellerConsole.Scoring.Data;

/// <summary>
/// Rescores the listings a sync changed (<see cref="ListingsUpdated"/>; no SKUs means "many": all of them).
/// The feed delivers events to this subscriber one at a time, in order.
/// </summary>
public sealed class RescoreOnChange(LiveFeed live, ScoringService scoring, ILogger<RescoreOnChange> log) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = live.Subscribe<ListingsUpdated>(OnUpdatedAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _subscription = null;
        return Task.CompletedTask;
    }

    private async Task OnUpdatedAsync(ListingsUpdated updated)
    {
        try
        {
            var result = await scoring.RescoreAsync(updated.Skus.Count == 0 ? null : updated.Skus, CancellationToken.None);
            log.LogInformation("Rescored {Scored} listings after {Source} ({Changed} scores changed)", result.Scored, updated.Source, result.Changes.Count);
        }
        catch (Exception ex)
        {
            // The next event or the daily job scores again; a failed rescore must not stop the subscription.
            log.LogWarning(ex, "Rescoring after {Source} failed", updated.Source);
        }
    }
}
