using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SellerConsole.Competition;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Competition;

/// <summary>The app with a small Sandbox world whose Keepa client also calls the in-memory Sandbox.</summary>
public sealed class CompetitionApp(IDictionary<string, string?>? extra = null) : SellerAppFactory(Settings(extra), startUtc: Catalog.Sync.SandboxApp.Start)
{
    private static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sandbox:Seed"] = "4242",
            ["Sandbox:Listings"] = "40",
            ["Sandbox:SilentDropRate"] = "0",
            ["SpApi:ReportPollInterval"] = "00:00:05",
            ["SpApi:RequestTimeout"] = Timeout.InfiniteTimeSpan.ToString(),
            ["Keepa:RequestTimeout"] = Timeout.InfiniteTimeSpan.ToString(),
            ["Keepa:MaxAttempts"] = "2",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddHttpClient(KeepaConnection.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler()));
    }

    public Task<T> PumpAsync<T>(Func<Task<T>> work) => ClockPump.RunAsync(Clock, work, TimeSpan.FromSeconds(2));
}
