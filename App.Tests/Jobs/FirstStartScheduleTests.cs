using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Jobs;

public sealed class FirstStartScheduleTests
{
    [Fact]
    public async Task A_schedule_firing_before_a_first_start_job_has_had_its_place_in_the_chain_waits_for_it()
    {
        using var app = new SandboxApp();
        var jobs = app.Service<HangfireJobs>();
        async Task<List<string>> RunsAsync()
        {
            await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
            return await db.JobRuns.Where(r => r.JobName == "catalogue-sync").Select(r => r.Trigger).ToListAsync();
        }

        // A first-start job's schedule fires before the first-start chain has reached it (as Keepa's :10 firing did
        // while the first catalogue sync was still reading): no run, so no "0 ASINs refreshed" as its first result.
        await ClockPump.RunAsync(app.Clock, () => jobs.ScheduledAsync("catalogue-sync", CancellationToken.None));
        Assert.Empty(await RunsAsync());

        // The chain reaches it; from then on the schedule runs it.
        await ClockPump.RunAsync(app.Clock, () => jobs.ChainStepAsync("catalogue-sync", "first start", CancellationToken.None));
        await ClockPump.RunAsync(app.Clock, () => jobs.ScheduledAsync("catalogue-sync", CancellationToken.None));
        Assert.Equal(["first start", "schedule"], await RunsAsync());
    }
}
