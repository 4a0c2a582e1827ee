using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SellerConsole.Catalog;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Tests.Support;
using Xunit.Abstractions;

namespace SellerConsole.Tests.Live;

public sealed class PostgresLiveBridgeTests(ITestOutputHelper output)
{
    /// <summary>A node's live feed with its bridge running, and everything its own subscriber saw.</summary>
    private sealed class Node : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly IDisposable _subscription;

        private Node(string name, string connectionString)
        {
            Feed = new LiveFeed(NullLogger<LiveFeed>.Instance);
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = name };
            Bridge = new PostgresLiveBridge(Feed, new PostgresLiveBridgeOptions { ConnectionString = builder.ConnectionString, MaxReconnectDelay = TimeSpan.FromMilliseconds(500) },
                NullLogger<PostgresLiveBridge>.Instance);
            _subscription = Feed.Subscribe(e => { Seen.Enqueue((e, Stopwatch.GetTimestamp())); return Task.CompletedTask; });
        }

        public LiveFeed Feed { get; }
        public PostgresLiveBridge Bridge { get; }
        public ConcurrentQueue<(LiveEvent Event, long At)> Seen { get; } = new();

        public static async Task<Node> StartAsync(string name, string connectionString)
        {
            var node = new Node(name, connectionString);
            await node.Bridge.StartAsync(CancellationToken.None);
            await node.Bridge.Listening.WaitAsync(TimeSpan.FromSeconds(10));
            return node;
        }

        public async Task<(LiveEvent Event, long At)> WaitForAsync(Func<LiveEvent, bool> match, TimeSpan? timeout = null)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)((timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                foreach (var seen in Seen)
                {
                    if (match(seen.Event)) return seen;
                }
                await Task.Delay(2);
            }
            throw new TimeoutException("The event did not arrive.");
        }

        public async ValueTask DisposeAsync()
        {
            _subscription.Dispose();
            await _stop.CancelAsync();
            await Bridge.StopAsync(CancellationToken.None);
            Bridge.Dispose();
        }
    }

    private static async Task<(Node A, Node B)> TwoNodesAsync()
    {
        var server = await ThrowawayPostgres.SharedAsync();
        var database = await server.CreateDatabaseAsync("live");
        return (await Node.StartAsync("live-a", database), await Node.StartAsync("live-b", database));
    }

    [Fact]
    public async Task An_event_published_on_one_node_reaches_the_other_within_a_second_and_is_not_echoed_back()
    {
        var (a, b) = await TwoNodesAsync();
        await using var _ = a;
        await using var __ = b;
        var sent = new JobCompleted("catalogue-sync", 42, JobOutcome.Succeeded, 150, "150 listings", null);

        var published = Stopwatch.GetTimestamp();
        a.Feed.Publish(sent);
        var (received, at) = await b.WaitForAsync(e => e is JobCompleted);
        var latency = Stopwatch.GetElapsedTime(published, at);
        // B answers; once A sees that, anything B might have echoed (sent earlier on the same connection) has arrived too.
        b.Feed.Publish(new JobCompleted("marker", 1, JobOutcome.Succeeded, 0, null, null));
        await a.WaitForAsync(e => e is JobCompleted { JobName: "marker" });

        output.WriteLine($"A -> B latency: {latency.TotalMilliseconds:0.0} ms");
        Assert.Equal(sent, received);
        Assert.NotSame(sent, received);
        Assert.True(latency < TimeSpan.FromSeconds(1), $"took {latency.TotalMilliseconds:0} ms");
        Assert.Single(a.Seen, s => s.Event is JobCompleted { JobName: "catalogue-sync" });
        Assert.Single(b.Seen, s => s.Event is JobCompleted { JobName: "marker" });
    }

    [Fact]
    public async Task A_burst_of_a_hundred_events_arrives_in_publish_order()
    {
        var (a, b) = await TwoNodesAsync();
        await using var _ = a;
        await using var __ = b;

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < 100; i++)
        {
            a.Feed.Publish(new JobProgressed("burst", 7, i, 100, $"step {i}"));
        }
        var (_, last) = await b.WaitForAsync(e => e is JobProgressed { Done: 99 });

        output.WriteLine($"100 events A -> B in {Stopwatch.GetElapsedTime(started, last).TotalMilliseconds:0.0} ms");
        Assert.Equal(Enumerable.Range(0, 100), b.Seen.Select(s => s.Event).OfType<JobProgressed>().Select(p => p.Done));
    }

    [Fact]
    public async Task An_event_too_big_for_notify_is_skipped_and_the_feed_carries_on()
    {
        var (a, b) = await TwoNodesAsync();
        await using var _ = a;
        await using var __ = b;
        var skus = Enumerable.Range(0, 800).Select(i => $"SKU-{i:D6}-LONG-NAME").ToList();

        a.Feed.Publish(new ListingsUpdated("catalogue", skus.Count, skus));
        a.Feed.Publish(new ListingsUpdated("catalogue", 1, ["SKU-1"]));
        await b.WaitForAsync(e => e is ListingsUpdated { Changed: 1 });

        Assert.Single(b.Seen);
        Assert.Equal(2, a.Seen.Count);
    }

    [Fact]
    public async Task A_node_whose_connections_are_killed_reconnects_and_receives_again()
    {
        var (a, b) = await TwoNodesAsync();
        await using var _ = a;
        await using var __ = b;
        var server = await ThrowawayPostgres.SharedAsync();

        await using (var admin = new NpgsqlConnection(server.ServerConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'live-b'", admin);
            Assert.True((long)(await kill.ExecuteScalarAsync())! >= 1);
        }
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (b.Bridge.Connections < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        await b.Bridge.Listening.WaitAsync(TimeSpan.FromSeconds(10));

        a.Feed.Publish(new JobCompleted("after-reconnect", 2, JobOutcome.Succeeded, 1, null, null));
        b.Feed.Publish(new JobCompleted("from-b", 3, JobOutcome.Succeeded, 1, null, null));

        Assert.Equal(2, b.Bridge.Connections);
        await b.WaitForAsync(e => e is JobCompleted { JobName: "after-reconnect" });
        await a.WaitForAsync(e => e is JobCompleted { JobName: "from-b" });
    }
}
