namespace SellerConsole.Shared;

/// <summary>
/// What a piece of work is waiting for ("the searchOrders rate limit: next call at 17:45:12"), said to
/// whoever listens in the current async flow. A running job listens and shows it beside its progress, so
/// a sync that seems stuck says why. Low layers (rate limits, retries) speak without knowing about jobs.
/// </summary>
public static class WaitNotice
{
    /// <summary>Waits shorter than this are ordinary pacing, not worth a word.</summary>
    public static readonly TimeSpan WorthSaying = TimeSpan.FromSeconds(2);

    private static readonly AsyncLocal<Action<string?>?> Listener = new();

    /// <summary>Hears what this flow (and everything it awaits) waits for, until disposed.</summary>
    public static IDisposable Listen(Action<string?> listener)
    {
        var previous = Listener.Value;
        Listener.Value = listener;
        return new Restore(previous);
    }

    public static void Say(string what) => Listener.Value?.Invoke(what);

    /// <summary>The wait is over (cheap: listeners ignore a clear when nothing was said).</summary>
    public static void Clear() => Listener.Value?.Invoke(null);

    /// <summary>"at 17:45:12 (in 2 min 40 s)": the UK clock time as well, so the words stay true as they age.</summary>
    public static string When(DateTimeOffset now, TimeSpan wait) =>
        $"at {UkTime.FromUtc((now + wait).UtcDateTime):HH:mm:ss} (in {UkTime.Duration(wait)})";

    private sealed class Restore(Action<string?>? previous) : IDisposable
    {
        public void Dispose() => Listener.Value = previous;
    }
}
