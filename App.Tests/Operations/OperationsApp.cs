using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SellerConsole.Competition;
using SellerConsole.Jobs;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Operations;

/// <summary>The small Sandbox world with metrics on and Keepa reaching the in-memory Sandbox too.</summary>
public sealed class OperationsApp : SellerAppFactory
{
    public const string MetricsToken = "metrics-token-for-tests-0123456789";

    public OperationsApp(bool metrics = true) : base(new Dictionary<string, string?>
    {
        ["Sandbox:Seed"] = "4242",
        ["Sandbox:Listings"] = SandboxApp.Listings.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Sandbox:SilentDropRate"] = "0",
        ["Sandbox:KeepaRefillPerMinute"] = "200",
        ["SpApi:ReportPollInterval"] = "00:00:05",
        ["SpApi:RequestTimeout"] = Timeout.InfiniteTimeSpan.ToString(),
        ["Keepa:RequestTimeout"] = Timeout.InfiniteTimeSpan.ToString(),
        ["Metrics:Enabled"] = metrics ? "true" : "false",
        ["Metrics:Token"] = metrics ? MetricsToken : "",
    }, startUtc: SandboxApp.Start)
    {
        _ = CreateAnonymousClient();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddHttpClient(KeepaConnection.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler()));
    }

    /// <summary>Runs a job through the runner, as a schedule would, moving the clock; the run's error if it failed.</summary>
    public async Task<string?> RunJobAsync(string name)
    {
        var outcome = await ClockPump.RunAsync(Clock, () => Service<JobRunner>().RunAsync(JobSchedules.Find(name)!, "test", CancellationToken.None), TimeSpan.FromSeconds(2));
        if (outcome == JobOutcome.Succeeded)
        {
            return null;
        }
        var last = (await Service<JobsOverview>().RecentRunsAsync(1, name, CancellationToken.None)).Single();
        return $"{name}: {outcome} {last.Error}";
    }
}
