using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.Storage;
using SellerConsole.Jobs;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Jobs;

public sealed class JobSchedulesTests
{
    [Theory]
    [InlineData("backup", "2026-01-10T12:00:00Z", "2026-01-11T02:30:00Z")] // GMT: 02:30 UK is 02:30 UTC
    [InlineData("backup", "2026-07-10T12:00:00Z", "2026-07-11T01:30:00Z")] // BST: 02:30 UK is 01:30 UTC
    [InlineData("catalogue-sync", "2026-07-10T12:00:00Z", "2026-07-11T02:15:00Z")]
    [InlineData("fees-sync", "2026-01-10T12:00:00Z", "2026-01-11T04:00:00Z")]
    [InlineData("scoring-peers", "2026-07-10T12:00:00Z", "2026-07-11T03:30:00Z")]
    [InlineData("offers-sync", "2026-01-10T12:07:00Z", "2026-01-10T12:15:00Z")]
    [InlineData("orders-sync", "2026-01-10T12:07:00Z", "2026-01-10T12:15:00Z")]
    [InlineData("orders-sync", "2026-01-10T12:16:00Z", "2026-01-10T12:25:00Z")]
    [InlineData("keepa-refresh", "2026-01-10T12:11:00Z", "2026-01-10T12:40:00Z")]
    [InlineData("keepa-refresh", "2026-01-10T12:41:00Z", "2026-01-10T13:10:00Z")]
    [InlineData("listing-scores", "2026-07-10T06:30:00Z", "2026-07-10T12:00:00Z")] // 07:00 BST has passed; 13:00 BST next
    [InlineData("listing-scores", "2026-01-10T13:30:00Z", "2026-01-10T19:00:00Z")]
    public void Each_schedule_is_a_five_field_cron_that_Hangfire_fires_at_its_stated_UK_time(string name, string afterUtc, string expectedUtc)
    {
        var now = Utc(afterUtc);
        var storage = new InMemoryStorage();
        var recurring = new RecurringJobManager(storage, JobFilterProviders.Providers, new DefaultTimeZoneResolver(), () => now);

        HangfireHost.SyncRecurringJobs(storage, recurring);

        using var connection = storage.GetConnection();
        var entry = connection.GetRecurringJobs().Single(r => r.Id == name);
        Assert.Equal(JobSchedules.Find(name)!.Cron, entry.Cron);
        Assert.Equal(5, entry.Cron.Split(' ').Length);
        Assert.Equal(UkTime.Zone.Id, entry.TimeZoneId);
        Assert.Null(entry.Error);
        Assert.Equal(Utc(expectedUtc), entry.NextExecution);
    }

    [Fact]
    public void Recurring_jobs_no_longer_in_the_schedule_file_are_removed_and_on_demand_jobs_never_recur()
    {
        var storage = new InMemoryStorage();
        var recurring = new RecurringJobManager(storage);
        recurring.AddOrUpdate<HangfireJobs>("old-report", j => j.ScheduledAsync("old-report", CancellationToken.None), "0 6 * * *");

        var removed = HangfireHost.SyncRecurringJobs(storage, recurring);

        Assert.Equal(["old-report"], removed);
        using var connection = storage.GetConnection();
        Assert.Equal(
            JobSchedules.All.Where(j => j.Cron is not null).Select(j => j.Name).Order(),
            connection.GetRecurringJobs().Select(r => r.Id).Order());
    }

    private static DateTime Utc(string iso) =>
        DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

    [Fact]
    public void Every_job_has_a_unique_name_and_every_follower_is_a_known_job()
    {
        Assert.Equal(JobSchedules.All.Count, JobSchedules.All.Select(j => j.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(JobSchedules.All.SelectMany(j => j.Followers), n => Assert.NotNull(JobSchedules.Find(n)));
        Assert.Equal(["offers-sync", "fees-sync"], JobSchedules.Find("catalogue-sync")!.Followers);
    }

    [Fact]
    public void A_chain_puts_the_catalogue_before_offers_and_fees_however_the_jobs_are_asked_for()
    {
        static string[] Chain(bool withFollowers, params string[] names) =>
            JobSchedules.Chain(names.Select(n => JobSchedules.Find(n)!), withFollowers).Select(j => j.Name).ToArray();

        Assert.Equal(["catalogue-sync", "offers-sync", "fees-sync", "orders-sync"], Chain(false, "fees-sync", "orders-sync", "offers-sync", "catalogue-sync"));
        Assert.Equal(["catalogue-sync", "offers-sync"], Chain(false, "offers-sync", "catalogue-sync"));
        Assert.Equal(["offers-sync", "orders-sync"], Chain(false, "orders-sync", "offers-sync"));
        Assert.Equal(["catalogue-sync", "offers-sync", "fees-sync"], Chain(true, "catalogue-sync"));

        var firstStart = JobSchedules.Chain(JobSchedules.All.Where(j => j.RunOnFirstStart), withFollowers: true).Select(j => j.Name).ToArray();
        Assert.Equal(["catalogue-sync", "offers-sync", "fees-sync", "orders-sync", "keepa-refresh", "scoring-peers"], firstStart);
    }
}
