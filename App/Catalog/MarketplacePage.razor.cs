using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using SellerConsole.Catalog.Sync;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Orders;
using SellerConsole.Security;

namespace SellerConsole.Catalog;

public sealed partial class MarketplacePage
{
    private static readonly (string Sync, string Job)[] Syncs =
        [(CatalogueSync.Name, "catalogue-sync"), (OffersSync.Name, "offers-sync"), (OrdersSync.Name, "orders-sync"), (FeesSync.Name, "fees-sync")];

    private IReadOnlyList<SyncState> _states = [];
    private List<QuotaSnapshot> _quotas = [];
    private readonly Dictionary<string, JobProgressed> _progress = new(StringComparer.Ordinal);

    [Inject] private MarketplaceConnection Connection { get; set; } = default!;
    [Inject] private MarketplaceStatus Status { get; set; } = default!;
    [Inject] private SyncTracker Tracker { get; set; } = default!;
    [Inject] private JobRunner Runner { get; set; } = default!;
    [Inject] private AuditLog Audit { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        _states = await Tracker.AllAsync(CancellationToken.None);
        _quotas = Status.Quotas.ToList();
    }

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        switch (liveEvent)
        {
            case QuotaUpdated quota:
                var index = _quotas.FindIndex(q => q.Operation == quota.Snapshot.Operation);
                if (index >= 0) _quotas[index] = quota.Snapshot; else _quotas.Add(quota.Snapshot);
                return true;
            case JobProgressed progress when Syncs.Any(s => s.Job == progress.JobName):
                _progress[progress.JobName] = progress;
                return true;
            case JobCompleted completed when Syncs.Any(s => s.Job == completed.JobName):
                _progress.Remove(completed.JobName);
                _states = await Tracker.AllAsync(CancellationToken.None);
                return true;
            default:
                return false;
        }
    }

    private async Task StartAsync(JobDefinition job)
    {
        var run = await Runner.StartAsync(job, "manual", CancellationToken.None);
        if (run is not null)
        {
            await Audit.WriteAsync(Actor.Of((await AuthenticationState).User), AuditActions.JobTriggered, job.Name, $"Run {run.Id} started from the Marketplace page");
        }
    }
}
