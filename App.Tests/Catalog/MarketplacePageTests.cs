using System.Net;
using System.Text.RegularExpressions;
using SellerConsole.Catalog.Sync;
using SellerConsole.Jobs;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Catalog;

/// <summary>The Marketplace page as a reload renders it: usage figures and sync cards.</summary>
public sealed partial class MarketplacePageTests
{
    [Fact]
    public async Task Usage_shows_whole_percentages_and_the_last_minute_empties_when_the_client_is_idle()
    {
        using var app = new SandboxApp();
        var client = await app.CreateSignedInClientAsync();
        var job = JobSchedules.Find("catalogue-sync")!;
        Assert.Equal(JobOutcome.Succeeded, await ClockPump.RunAsync(app.Clock, () => app.Service<JobRunner>().RunAsync(job, "manual", CancellationToken.None)!));

        // The sync rang the new-listings bell: let its category lookup (searchCatalogItems, paced on the app clock)
        // finish now, or it would make its calls during the idle half hour below.
        var categories = app.Service<SellerConsole.Scoring.Data.NewListingCategories>();
        await ClockPump.RunAsync(app.Clock, async () => { while (categories.Passes < 1) await Task.Delay(5); });

        var busy = await client.GetStringAsync("/marketplace");
        var used = UsedCells().Matches(busy).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();
        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.Matches(@"^\d{1,3}%$", u));
        var grid = busy[busy.IndexOf("data-testid=\"quota-grid\"", StringComparison.Ordinal)..];
        // No raw double in any text the page shows, nor in what a screen reader reads out for the bars.
        Assert.DoesNotMatch(@">[^<]*\d\.\d{3,}[^<]*<", grid);
        Assert.DoesNotMatch(@"aria-valuenow=""\d+\.\d{2,}""", grid);
        Assert.Contains("1 every 3 min", grid); // getOrders' plan, 0.0056/s, in words a person reads
        Assert.Contains(CallCells().Matches(busy), m => int.Parse(m.Groups[2].Value) > 0);

        // Half an hour later nothing has been called: "last minute" means the minute before now, not before the last call.
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        var idle = await client.GetStringAsync("/marketplace");
        Assert.All(UsedCells().Matches(idle), m => Assert.Equal("0%", m.Groups[2].Value));
        Assert.All(CallCells().Matches(idle), m => Assert.Equal("0", m.Groups[2].Value));
        Assert.NotEmpty(CallCells().Matches(idle));
    }

    [Fact]
    public async Task A_sync_that_is_running_shows_as_running_after_a_reload_not_as_never()
    {
        using var app = new SandboxApp(new Dictionary<string, string?> { ["SpApi:MaxRetries"] = "5" });
        var client = await app.CreateSignedInClientAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        // Amazon is down, so the first sync waits on its retry back-off (on the app clock, which only the test moves).
        app.Service<SandboxFaults>().SetOutage(now, now.AddDays(1));
        var runner = app.Service<JobRunner>();
        Assert.NotNull(await runner.StartAsync(JobSchedules.Find("catalogue-sync")!, "manual", CancellationToken.None));

        var html = await client.GetStringAsync("/marketplace");
        var card = LastSync().Match(html);
        Assert.True(card.Success, "no catalogue card");
        Assert.Equal("Running", card.Groups[1].Value.Trim());
        Assert.Contains("data-testid=\"sync-progress-catalogue\"", html);

        runner.Cancel("catalogue-sync");
        await runner.WhenIdleAsync("catalogue-sync", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));
    }

    [GeneratedRegex("data-testid=\"used-([^\"]+)\"[^>]*>([^<]*)<")]
    private static partial Regex UsedCells();

    [GeneratedRegex("data-testid=\"calls-([^\"]+)\"[^>]*>([^<]*)<")]
    private static partial Regex CallCells();

    [GeneratedRegex("data-testid=\"sync-last-catalogue\"[^>]*>([^<]*)<")]
    private static partial Regex LastSync();
}
