using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Jobs;

/// <summary>
/// The per-job lock on PostgreSQL, as two nodes see it: each node is a <see cref="JobLocks"/> on the same database.
/// </summary>
public sealed class JobLocksOnPostgresTests
{
    private static async Task<(JobLocks A, JobLocks B, string Database)> TwoNodesAsync()
    {
        var database = await (await ThrowawayPostgres.SharedAsync()).CreateDatabaseAsync("locks");
        JobLocks Node() => new(null!, Options.Create(new DataOptions { ConnectionString = database }), NullLogger<JobLocks>.Instance);
        return (Node(), Node(), database);
    }

    [Fact]
    public async Task A_held_job_lock_keeps_the_other_node_out_for_as_long_as_it_is_held_and_frees_at_once_when_released()
    {
        var (a, b, _) = await TwoNodesAsync();
        var held = await a.TryTakeAsync("catalogue");
        Assert.NotNull(held);
        Assert.Null(await b.TryTakeAsync("catalogue"));
        using (var offers = await b.TryTakeAsync("offers"))
        {
            Assert.NotNull(offers); // one lock per job name: another job runs alongside
        }

        // The other node keeps waiting for it (several attempts) and does not get it.
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => b.TakeAsync("catalogue", patience.Token));
        }
        Assert.Null(await b.TryTakeAsync("catalogue"));

        var waiting = b.TakeAsync("catalogue", CancellationToken.None);
        held!.Dispose();
        using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Null(await a.TryTakeAsync("catalogue"));
    }

    [Fact]
    public async Task A_node_that_dies_holding_a_job_lock_does_not_keep_the_job_locked()
    {
        var (a, b, database) = await TwoNodesAsync();
        var held = await a.TryTakeAsync("orders");
        Assert.NotNull(held);
        Assert.Null(await b.TryTakeAsync("orders"));

        // What a SIGKILL does to the holder's session: the server ends it. Its lock goes with it, at once.
        await using (var admin = new NpgsqlConnection(database))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'SellerConsole lock %orders'", admin);
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
        }
        using var taken = await Eventually.GetAsync(() => b.TryTakeAsync("orders"), l => l is not null, TimeSpan.FromSeconds(10), "the dead node's lock to go");
        held!.Dispose(); // the dead node's release finds its connection gone and does not throw
    }
}
