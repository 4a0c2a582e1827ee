using System.Collections.Immutable;
using System.Threading.Channels;

namespace SellerConsole.Live;

/// <summary>
/// The in-process road from background work to open pages. Publishing never blocks and never
/// throws: each subscriber has its own queue and reader, so a slow or failing page cannot hold up
/// a sync, and events reach each subscriber in the order they were published.
/// </summary>
public sealed class LiveFeed(ILogger<LiveFeed> log)
{
    private ImmutableArray<Subscription> _subscriptions = [];

    public int SubscriberCount => _subscriptions.Length;

    public void Publish(LiveEvent liveEvent)
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Offer(liveEvent);
        }
    }

    /// <summary>Receives every event; dispose the result to stop.</summary>
    public IDisposable Subscribe(Func<LiveEvent, Task> handler) => Add(new Subscription(this, handler, _ => true));

    /// <summary>Receives only events of type <typeparamref name="TEvent"/>.</summary>
    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : LiveEvent =>
        Add(new Subscription(this, e => handler((TEvent)e), e => e is TEvent));

    private Subscription Add(Subscription subscription)
    {
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));
        return subscription;
    }

    private void Remove(Subscription subscription) =>
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Remove(subscription));

    private sealed class Subscription : IDisposable
    {
        private readonly Channel<LiveEvent> _queue = Channel.CreateUnbounded<LiveEvent>(new UnboundedChannelOptions { SingleReader = true });
        private readonly LiveFeed _owner;
        private readonly Func<LiveEvent, Task> _handler;
        private readonly Func<LiveEvent, bool> _accepts;

        public Subscription(LiveFeed owner, Func<LiveEvent, Task> handler, Func<LiveEvent, bool> accepts)
        {
            _owner = owner;
            _handler = handler;
            _accepts = accepts;
            _ = Task.Run(PumpAsync);
        }

        public void Offer(LiveEvent liveEvent)
        {
            if (_accepts(liveEvent))
            {
                _queue.Writer.TryWrite(liveEvent);
            }
        }

        private async Task PumpAsync()
        {
            await foreach (var liveEvent in _queue.Reader.ReadAllAsync())
            {
                try
                {
                    await _handler(liveEvent);
                }
                catch (Exception ex)
                {
                    // A page that went away mid-render must not stop the others.
                    _owner.LogHandlerFailure(ex, liveEvent.Kind);
                }
            }
        }

        public void Dispose()
        {
            _owner.Remove(this);
            _queue.Writer.TryComplete();
        }
    }

    private void LogHandlerFailure(Exception ex, string kind) =>
        log.LogWarning(ex, "A live subscriber failed handling {Kind}", kind);
}
