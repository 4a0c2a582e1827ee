using Microsoft.AspNetCore.Components;

namespace SellerConsole.Live;

/// <summary>
/// A page or widget that updates itself from the live feed. It subscribes after its first
/// interactive render (not during prerender, which has no circuit) and unsubscribes on dispose.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private IDisposable? _subscription;

    [Inject] private LiveFeed Feed { get; set; } = default!;

    /// <summary>Return true to re-render. Runs on the component's synchronization context.</summary>
    protected abstract Task<bool> OnLiveEventAsync(LiveEvent liveEvent);

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && _subscription is null)
        {
            _subscription = Feed.Subscribe(e => InvokeAsync(async () =>
            {
                if (await OnLiveEventAsync(e))
                {
                    StateHasChanged();
                }
            }));
        }
    }

    public virtual void Dispose()
    {
        _subscription?.Dispose();
        _subscription = null;
        GC.SuppressFinalize(this);
    }
}
