using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Security;

namespace SellerConsole.Alerts;

public sealed partial class AlertsPage
{
    private IReadOnlyList<Alert> _alerts = [];
    private bool _unreadOnly;

    [Inject] private IDbContextFactory<SellerDb> Dbs { get; set; } = default!;
    [Inject] private AlertService Service { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        await using var db = await Dbs.CreateDbContextAsync();
        var query = db.Alerts.AsNoTracking();
        if (_unreadOnly)
        {
            query = query.Where(a => a.AcknowledgedUtc == null);
        }
        // Unread first, then newest.
        _alerts = await query.OrderBy(a => a.AcknowledgedUtc != null).ThenByDescending(a => a.LastSeenUtc).Take(1000).ToListAsync();
    }

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        if (liveEvent is AlertCreated or AlertsAcknowledged)
        {
            await ReloadAsync();
            return true;
        }
        return false;
    }

    private async Task UnreadOnlyAsync(bool unreadOnly)
    {
        _unreadOnly = unreadOnly;
        await ReloadAsync();
    }

    private async Task AcknowledgeAsync(Alert alert)
    {
        await Service.AcknowledgeAsync([alert.Id], await ActorAsync(), CancellationToken.None);
        await ReloadAsync();
    }

    // Marking read is reversible in effect (nothing is deleted, a repeat raises the alert again), so it asks no confirmation.
    private async Task AcknowledgeAllAsync()
    {
        await Service.AcknowledgeAllAsync(await ActorAsync(), CancellationToken.None);
        await ReloadAsync();
    }

    private async Task<string> ActorAsync() => Actor.Of((await AuthenticationState).User);
}
