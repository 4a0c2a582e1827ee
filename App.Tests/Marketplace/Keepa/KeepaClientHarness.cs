using System.Diagnostics;
using SellerConsole.Marketplace.Keepa;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Marketplace.Keepa;

/// <summary>A <see cref="KeepaClient"/> over a <see cref="StubKeepaHandler"/> and a manual clock.</summary>
internal sealed class KeepaClientHarness : IDisposable
{
    // Contains characters that URL escaping changes, so redaction must catch both spellings.
    public const string Key = "s3cr3t/K+y=42abc";

    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly HttpClient _http;

    public KeepaClientHarness(Action<KeepaClientOptions>? configure = null)
    {
        // No per-attempt timeout unless a test wants one, so pending timers are only the client's waits.
        var options = new KeepaClientOptions { RequestTimeout = Timeout.InfiniteTimeSpan };
        configure?.Invoke(options);
        options.Validate();
        Handler = new StubKeepaHandler(Clock);
        _http = new HttpClient(Handler);
        Client = new KeepaClient(_http, options, _ => ValueTask.FromResult(Key), Clock);
    }

    public ManualTimeProvider Clock { get; } = new(Start);

    public StubKeepaHandler Handler { get; }

    public KeepaClient Client { get; }

    public static string[] Asins(int count, int from = 0) => [.. Enumerable.Range(from, count).Select(i => $"B0{i:D8}")];

    /// <summary>Waits (in real time, briefly) for the client to reach a state it gets to asynchronously.</summary>
    public static async Task Eventually(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException($"Gave up waiting for: {what}");
            }
            await Task.Delay(2);
        }
    }

    /// <summary>Until the call ends: whenever the client is waiting on the clock, move the clock on.</summary>
    public async Task<T> Drive<T>(Task<T> call, TimeSpan step)
    {
        var clock = Stopwatch.StartNew();
        while (!call.IsCompleted)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new TimeoutException("The call did not finish.");
            }
            if (Clock.PendingTimers > 0)
            {
                Clock.Advance(step);
            }
            await Task.WhenAny(call, Task.Delay(2));
        }
        return await call;
    }

    public void Dispose() => _http.Dispose();
}
