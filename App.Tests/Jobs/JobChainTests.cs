using System.Net;
using System.Net.Http.Json;
using SellerConsole.Api;
using SellerConsole.Jobs;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Jobs;

public sealed class JobChainTests
{
    private static readonly TimeSpan ChainTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_sync_asked_for_while_the_first_catalogue_sync_runs_reads_offers_only_after_the_catalogue_is_written()
    {
        using var app = new SandboxApp();
        await app.Service<SandboxMarket>().ReadyAsync(CancellationToken.None);
        var client = await app.CreateSignedInClientAsync();
        var runner = app.Service<JobRunner>();

        // A fresh console: the first catalogue sync is under way when the owner asks for a full sync.
        var first = await runner.StartAsync(JobSchedules.Find("catalogue-sync")!, "manual", CancellationToken.None);
        var response = await client.PostAsync("/api/v1/marketplace/sync?syncs=offers,catalogue", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["catalogue-sync", "offers-sync"], (await response.Content.ReadFromJsonAsync<SyncStartedDto>())!.Jobs);

        var runs = await ClockPump.RunAsync(app.Clock, () => ChainEndedAsync(app, "offers-sync", "api"));

        var catalogue = runs.Where(r => r.JobName == "catalogue-sync").ToList();
        var offers = runs.Single(r => r.JobName == "offers-sync");
        Assert.Equal([first!.Id, first.Id + 1], catalogue.Select(r => r.Id).Order());
        Assert.All(catalogue, r => Assert.Equal(JobOutcome.Succeeded, r.Outcome));
        Assert.Equal(JobOutcome.Succeeded, offers.Outcome);
        Assert.True(offers.StartedUtc >= catalogue.Max(r => r.FinishedUtc), "the offers sync started before the catalogue sync finished");
        var listings = await app.ListingsAsync();
        Assert.Equal(SandboxApp.Listings, listings.Count);
        Assert.All(listings, l => Assert.NotNull(l.OffersSyncedUtc));
        Assert.Equal(SandboxApp.Listings, offers.ItemsProcessed);
    }

    [Fact]
    public async Task On_a_fresh_app_the_hangfire_first_start_chain_leaves_every_listing_with_offers()
    {
        using var app = new SandboxApp(new Dictionary<string, string?> { ["Jobs:Enabled"] = "true" });
        Assert.Equal(SchedulerState.Running, app.Service<HangfireHost>().State);

        // The chain's catalogue steps end with the fees sync; wait for it, not for a time.
        var runs = await ClockPump.RunAsync(app.Clock, () => ChainEndedAsync(app, "fees-sync", "first start"));

        // The chain goes on (orders, Keepa, scoring peers); its catalogue part is the first three steps.
        var chain = runs.Where(r => r.Trigger == "first start").OrderBy(r => r.Id).Take(3).ToList();
        Assert.True(chain.All(r => r.Outcome == JobOutcome.Succeeded), string.Join("\n", chain.Select(r => $"{r.JobName} {r.Outcome} {r.Error}")));
        Assert.Equal(["catalogue-sync", "offers-sync", "fees-sync"], chain.Select(r => r.JobName));
        Assert.True(chain[1].StartedUtc >= chain[0].FinishedUtc && chain[2].StartedUtc >= chain[1].FinishedUtc, "a chain step overlapped the one before it");
        var listings = await app.ListingsAsync();
        Assert.Equal(SandboxApp.Listings, listings.Count);
        Assert.All(listings, l => Assert.NotNull(l.OffersSyncedUtc));

        // Hangfire holds every schedule, with its next run (UK time), for the Jobs page.
        var next = app.Service<HangfireHost>().NextRuns();
        Assert.All(JobSchedules.All.Where(j => j.Cron is not null), j => Assert.NotNull(next[j.Name]));
    }

    /// <summary>The runs so far, once the chain's last job has finished a run with this trigger (or the chain stopped early).</summary>
    private static Task<IReadOnlyList<JobRun>> ChainEndedAsync(SandboxApp app, string lastJob, string trigger) =>
        Eventually.GetAsync(
            () => app.Service<JobsOverview>().RecentRunsAsync(50, null, CancellationToken.None),
            runs => runs.Any(r => r.JobName == lastJob && r.Trigger == trigger && r.Outcome != JobOutcome.Running)
                || runs.Any(r => r.Trigger == trigger && r.Outcome is JobOutcome.Failed or JobOutcome.Cancelled),
            ChainTimeout, what: $"the {trigger} chain to end with {lastJob}");
}
