using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SellerConsole.Competition;
using SellerConsole.Tests.Marketplace.Keepa;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Competition;

/// <summary>The app in Live mode whose Keepa client talks to a scripted stub, with every log line captured.</summary>
public sealed class LiveKeepaApp() : SellerAppFactory(new Dictionary<string, string?>
{
    ["Marketplace:Mode"] = "Live",
    ["Keepa:RequestTimeout"] = Timeout.InfiniteTimeSpan.ToString(),
    ["Keepa:MaxAttempts"] = "2",
}, startUtc: Catalog.Sync.SandboxApp.Start)
{
    internal StubKeepaHandler Keepa => _keepa ??= new StubKeepaHandler(Clock);

    private StubKeepaHandler? _keepa;

    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
        builder.ConfigureServices(services => services.AddHttpClient(KeepaConnection.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => Keepa));
    }

    public Task<T> PumpAsync<T>(Func<Task<T>> work) => ClockPump.RunAsync(Clock, work, TimeSpan.FromSeconds(1));
}
