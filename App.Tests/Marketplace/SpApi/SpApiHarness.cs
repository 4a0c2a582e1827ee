using System.Diagnostics;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>An <see cref="SpApiClient"/> over a <see cref="StubSpApiHandler"/>, a manual clock and a capturing logger.</summary>
internal sealed class SpApiHarness : IDisposable
{
    // Characters URL-escaping changes, so a leak in either spelling is caught.
    public const string ClientId = "amzn1.application-oa2-client.C1ient1D";
    public const string ClientSecret = "amzn1.oa2-cs.v1.S3cret/Val+ue=";
    public const string RefreshToken = "Atzr|IwEBRefresh/T0ken+42=";
    public const string SellerId = "A2SELLER0001";
    public const string BasePath = "/sp-api";
    public const string LwaPath = "/auth/o2/token";
    public const string Uk = "A1F83G8C2ARO7P";

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly SpApiCredentials Credentials = new(ClientId, ClientSecret, RefreshToken, SellerId);

    private readonly HttpClient _http;

    public SpApiHarness(Action<SpApiOptions>? configure = null)
    {
        Options = new SpApiOptions
        {
            BaseUrl = new Uri("https://sandbox.test" + BasePath),
            LwaTokenUrl = new Uri("https://lwa.test" + LwaPath),
            // No per-attempt timeout unless a test wants one, so pending timers are only the client's waits.
            RequestTimeout = Timeout.InfiniteTimeSpan,
        };
        configure?.Invoke(Options);
        Handler = new StubSpApiHandler(Clock, BasePath).Lwa();
        _http = new HttpClient(Handler) { Timeout = Timeout.InfiniteTimeSpan };
        Client = new SpApiClient(_http, Options, _ => ValueTask.FromResult(Credentials), Clock, Log);
    }

    public ManualTimeProvider Clock { get; } = new(Start);

    public StubSpApiHandler Handler { get; }

    public CapturingLogger<SpApiClient> Log { get; } = new();

    public SpApiOptions Options { get; }

    public SpApiClient Client { get; }

    public int LwaCalls => Handler.Count(LwaPath);

    public static string ListingPath(string sku) => $"/listings/2021-08-01/items/{SellerId}/{Uri.EscapeDataString(sku)}";

    /// <summary>Until the call ends: whenever the client waits on the clock, move the clock on by <paramref name="step"/>.</summary>
    public async Task<T> Drive<T>(Task<T> call, TimeSpan step)
    {
        await DriveUntil(() => call.IsCompleted, step);
        return await call;
    }

    public async Task DriveUntil(Func<bool> done, TimeSpan step)
    {
        var watch = Stopwatch.StartNew();
        while (!done())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The call did not finish.");
            }
            if (Clock.PendingTimers > 0)
            {
                Clock.Advance(step);
            }
            await Task.Delay(1);
        }
    }

    public void Dispose() => _http.Dispose();
}
