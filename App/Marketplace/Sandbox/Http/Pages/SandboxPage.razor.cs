using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using MudBlazor;
using SellerConsole.Shared;

namespace SellerConsole.Marketplace.Sandbox.Http.Pages;

/// <summary>What the page shows about the simulated account (figures computed off the UI thread).</summary>
internal sealed record SandboxAccount(string SellerName, string SellerId, DateTime NowUtc, int Listings, int? OrdersToday, int? BuyBoxesHeld, int PendingChanges);

public sealed partial class SandboxPage
{
    private SandboxMarket? _market;
    private SandboxAccount? _account;
    private bool _resetting;
    private readonly CancellationTokenSource _closing = new();

    [Inject] private IServiceProvider Services { get; set; } = default!;
    [Inject] private IOptions<SandboxOptions> Options { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private SandboxStatus Status => _market!.Status;

    private string Origin => Navigation.BaseUri.TrimEnd('/');

    private Color StateColor => Status.State switch
    {
        SandboxState.Ready => Color.Success,
        SandboxState.Building => Color.Info,
        _ => Color.Error,
    };

    protected override void OnInitialized()
    {
        _market = Services.GetService<SandboxMarket>();
        if (_market is null && HttpContext is { Response.HasStarted: false } http)
        {
            // Live mode: the page exists in the assembly, but the Sandbox does not.
            http.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _market is not null) await RefreshAccountAsync();
    }

    private async Task RefreshAccountAsync()
    {
        if (_market is null) return;
        var world = _market.Current;
        if (world is null)
        {
            _account = null;
            StateHasChanged();
            return;
        }
        var sim = world.Simulation;
        var now = Clock.GetUtcNow().UtcDateTime;
        _account = new SandboxAccount(sim.OurSellerName, sim.OurSellerId, now, sim.ListingCount, null, null, world.PendingChanges);
        StateHasChanged();
        try
        {
            // Order and buy-box figures touch every ASIN: in a large (lazy) world that is slow the first time.
            _account = await Task.Run(async () =>
            {
                var synced = await _market.ReadyAsync(_closing.Token);
                var s = synced.Simulation;
                var todayUtc = TimeZoneInfo.ConvertTimeToUtc(UkTime.FromUtc(now).Date, UkTime.Zone);
                var orders = s.GetOrdersCreated(todayUtc, now, 0, 1).Total;
                var held = 0;
                for (var offset = 0; offset < s.ListingCount; offset += 1000)
                {
                    held += s.GetListings(offset, 1000).Items.Count(l => l.OwnsBuyBox);
                }
                return _account with { OrdersToday = orders, BuyBoxesHeld = held, PendingChanges = synced.PendingChanges };
            }, _closing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        StateHasChanged();
    }

    private async Task ResetAsync()
    {
        // Destructive: every change made through the Sandbox is lost, so it asks first. Cancel ("Keep") changes nothing.
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Reset the world",
            "Throw the simulated world away and build it again from the seed? Every price and stock change made through the Sandbox is lost.",
            yesText: "Reset", cancelText: "Keep");
        if (confirmed != true || _market is null) return;
        _resetting = true;
        var building = _market.ResetAsync();
        _account = null;
        StateHasChanged();
        try
        {
            await building.WaitAsync(_closing.Token);
            Snackbar.Add("Sandbox reset: a fresh world is ready.", Severity.Success);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception ex)
        {
            Snackbar.Add($"Sandbox reset failed: {ex.Message}", Severity.Error);
        }
        finally
        {
            _resetting = false;
        }
        await RefreshAccountAsync();
    }

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }
}
