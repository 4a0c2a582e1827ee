using SellerConsole.Live;

namespace SellerConsole.Automation;

/// <summary>
/// Hands every live event to the rules. The feed delivers to this subscriber one event at a time, in order, and
/// never blocks a publisher, so a slow webhook delays only the rules, never a sync.
/// </summary>
public sealed class AutomationRunner(LiveFeed live, AutomationService automation, ILogger<AutomationRunner> log) : IHostedService
{
    private IDisposable? _subscription;
    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = live.Subscribe(OnEventAsync);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _subscription = null;
        await _stopping.CancelAsync();
    }

    private async Task OnEventAsync(LiveEvent liveEvent)
    {
        if (liveEvent is RuleTriggered) return;
        try
        {
            await automation.HandleAsync(liveEvent, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Automation rules failed on {Kind}", liveEvent.Kind);
        }
    }
}
