using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using SellerConsole.Catalog.Sync;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Orders;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Catalog;

public sealed partial class MarketplacePage
{
    private static readonly (string Sync, string Job)[] Syncs =
        [(CatalogueSync.Name, "catalogue-sync"), (OffersSync.Name, "offers-sync"), (OrdersSync.Name, "orders-sync"), (FeesSync.Name, "fees-sync")];

    // Usage is computed from the minute before now, so it must be re-read while nothing happens, or an
    // idle page would keep showing the last busy minute.
    private static readonly TimeSpan UsageRefresh = TimeSpan.FromSeconds(5);
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    private IReadOnlyList<SyncState> _states = [];
    private ITimer? _refresh;
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

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        if (firstRender && RendererInfo.IsInteractive)
        {
            _refresh ??= Clock.CreateTimer(_ => InvokeAsync(() =>
            {
                _quotas = Status.Quotas.ToList();
                StateHasChanged();
            }), null, UsageRefresh, UsageRefresh);
        }
    }

    public override void Dispose()
    {
        _refresh?.Dispose();
        base.Dispose();
    }

    /// <summary>A whole percentage: "14%", never the raw ratio.</summary>
    internal static string Percent(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", Uk) + "%";

    /// <summary>A plan as a person reads it: "2/s", "30/min", "1 every 3 min" rather than "0.0056/s".</summary>
    internal static string Plan(double perSecond) =>
        perSecond >= 1 ? perSecond.ToString("0.#", Uk) + "/s"
        : perSecond * 60 >= 1 ? (perSecond * 60).ToString("0.#", Uk) + "/min"
        : "1 every " + (1 / perSecond / 60).ToString("0.#", Uk) + " min";

    private string LastText(SyncState state, RunningJob? running) =>
        running is not null ? "Running" : state.LastSuccessUtc is null ? "Never" : UkTime.Relative(state.LastSuccessUtc, Now);

    /// <summary>The live event if one arrived, else the run's own latest report (a page opened mid-run has seen no event).</summary>
    private JobProgressed? ProgressOf(string jobName, RunningJob? running) =>
        running is null ? null
        : _progress.TryGetValue(jobName, out var p) && p.RunId == running.RunId ? p
        : running.Context.Progress;

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
