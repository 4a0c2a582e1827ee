namespace SellerConsole.Marketplace.Keepa;

/// <summary>
/// The client's view of Keepa's token bucket: remembers the latest status (timed by our own clock)
/// and holds calls back until the known balance can pay for them.
/// </summary>
internal sealed class KeepaTokenGate(TimeProvider time)
{
    private readonly object _gate = new();
    private KeepaTokenStatus? _status;
    private KeepaTokenState? _state;

    public KeepaTokenStatus? Status
    {
        get { lock (_gate) { return _status; } }
    }

    public KeepaTokenState? State
    {
        get { lock (_gate) { return _state; } }
    }

    public void Record(KeepaTokenStatus status)
    {
        var observedAt = time.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            _status = status;
            _state = status.ToState(observedAt);
        }
    }

    /// <summary>How many products one call may carry: at most 100, and no more than a full bucket pays for.</summary>
    public int BatchSize(int remaining, int costPerProduct)
    {
        var size = Math.Min(remaining, KeepaTokenPlanner.MaxAsinsPerRequest);
        return State is { Capacity: > 0 } state ? Math.Clamp(state.Capacity / costPerProduct, 1, size) : size;
    }

    /// <summary>Returns once the known balance covers <paramref name="cost"/> (at once if nothing is known yet).</summary>
    public async Task WaitForAsync(int cost, CancellationToken cancellationToken)
    {
        while (State is { } state)
        {
            var now = time.GetUtcNow().UtcDateTime;
            if (state.TokensAt(now) >= cost)
            {
                return;
            }
            var readyAt = state.WhenAvailable(cost) ?? throw new KeepaApiException(
                $"Keepa's bucket ({state.TokensLeft} tokens, refill {state.RefillRatePerMinute}/min) can never pay for a call costing {cost}.");
            var wait = readyAt > now ? readyAt - now : TimeSpan.Zero;
            if (wait >= Shared.WaitNotice.WorthSaying)
            {
                Shared.WaitNotice.Say($"Keepa tokens: {cost} needed, {state.TokensAt(now)} in hand, enough {Shared.WaitNotice.When(time.GetUtcNow(), wait)}");
            }
            await Task.Delay(wait, time, cancellationToken);
        }
        Shared.WaitNotice.Clear();
    }
}
