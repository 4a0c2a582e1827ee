using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using SellerConsole.Costing.Data;
using SellerConsole.Live;
using SellerConsole.Security;

namespace SellerConsole.Costing.Pages;

/// <summary>
/// What every costing page shares: the current snapshot (refreshed when costs change anywhere), the
/// signed-in actor for the audit log, and how an edit's outcome is shown.
/// </summary>
public abstract class CostingPageBase : LiveComponentBase
{
    [Inject] protected CostingStore Store { get; set; } = default!;
    [Inject] protected NotificationService Notifications { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected CostingSnapshot? Snapshot { get; private set; }

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        Snapshot = await Store.SnapshotAsync(CancellationToken.None);
        await OnSnapshotAsync(initial: true);
    }

    /// <summary>The snapshot was (re)loaded: refresh derived state, keeping unsaved edits.</summary>
    protected virtual Task OnSnapshotAsync(bool initial) => Task.CompletedTask;

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        if (liveEvent is not CostsChanged)
        {
            return false;
        }
        Snapshot = await Store.SnapshotAsync(CancellationToken.None);
        await OnSnapshotAsync(initial: false);
        return true;
    }

    protected async Task<string> ActorAsync() => Actor.Of((await AuthenticationState).User);

    /// <summary>Shows a saved edit as a notification; returns false (and shows nothing) on failure, for inline display.</summary>
    protected bool Saved(CostingEditResult result, string what)
    {
        if (result.Succeeded)
        {
            Notifications.Notify(NotificationSeverity.Success, "Saved", what);
        }
        return result.Succeeded;
    }

    protected static DateTime UtcDate(DateTime value) => DateTime.SpecifyKind(value.Date, DateTimeKind.Utc);
}
