using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SellerConsole.Live;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Security;

namespace SellerConsole.Pricing.Pages;

public sealed partial class RepricingPage
{
    private RepricerState _state = new();
    private RepricingOverview? _overview;
    private IReadOnlyList<StoredDecision> _suggestions = [];
    private IReadOnlyList<PricePush> _open = [];
    private ActivityPanel? _activity;
    private int _tab;

    [Inject] private RepricingReview Review { get; set; } = default!;
    [Inject] private RepricingQueries Queries { get; set; } = default!;
    [Inject] private PricePushQueue Queue { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _state = await Review.StateAsync(CancellationToken.None);
        _overview = await Queries.OverviewAsync(CancellationToken.None);
        _suggestions = (await Queries.DecisionsAsync(new DecisionFilter(Status: DecisionStatus.Suggested), 0, RepricingQueries.MaxPageSize, CancellationToken.None)).Items;
        _open = await Queue.OpenAsync(CancellationToken.None);
        if (_activity is not null) await _activity.ReloadAsync();
    }

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        if (liveEvent is RepricingUpdated or PriceChanged)
        {
            await ReloadAsync();
            return true;
        }
        return false;
    }

    private async Task ModeAsync(RepricingMode mode)
    {
        if (mode == RepricingMode.Auto && _state.Mode != RepricingMode.Auto)
        {
            var ok = await Dialogs.ShowMessageBoxAsync("Send prices automatically?",
                "In Auto mode every change that passes the hard guards is sent to Amazon without asking you. Each one is audited and can be undone. SKUs set to Suggest or Off stay as they are.",
                yesText: "Switch to Auto", cancelText: "Cancel");
            if (ok != true) return;
        }
        await Review.SetModeAsync(mode, _state.DailyChangeBudget, await ActorAsync(), CancellationToken.None);
        Snackbar.Add($"Repricing mode: {mode}", Severity.Success);
        await ReloadAsync();
    }

    private async Task PauseAsync()
    {
        var ok = await Dialogs.ShowMessageBoxAsync("Pause all repricing?",
            "Nothing will be decided as a change or sent to Amazon until you resume. Prices already on Amazon stay as they are; queued prices wait.",
            yesText: "Pause all", cancelText: "Cancel");
        if (ok != true) return;
        await Review.SetPausedAsync(true, await ActorAsync(), "Paused from the Repricing page", CancellationToken.None);
        Snackbar.Add("Repricing paused", Severity.Warning);
        await ReloadAsync();
    }

    private async Task ResumeAsync()
    {
        await Review.SetPausedAsync(false, await ActorAsync(), null, CancellationToken.None);
        Snackbar.Add("Repricing resumed", Severity.Success);
        await ReloadAsync();
    }

    private async Task<string> ActorAsync() => Actor.Of((await AuthenticationState).User);

    private static string Pct(double? share) => share is { } s ? s.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : "—";

    private static string Seconds(int? seconds) => seconds switch
    {
        null => "—",
        < 120 => $"{seconds} s",
        _ => $"{seconds / 60} min",
    };
}
