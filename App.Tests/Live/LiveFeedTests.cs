using Microsoft.Extensions.Logging.Abstractions;
using SellerConsole.Alerts;
using SellerConsole.Jobs;
using SellerConsole.Live;

namespace SellerConsole.Tests.Live;

public sealed class LiveFeedTests
{
    private static readonly LiveFeed Feed = new(NullLogger<LiveFeed>.Instance);

    [Fact]
    public async Task Subscribers_receive_events_in_publish_order()
    {
        var feed = new LiveFeed(NullLogger<LiveFeed>.Instance);
        var seen = new List<int>();
        var done = new TaskCompletionSource();
        using var subscription = feed.Subscribe<JobProgressed>(async p =>
        {
            await Task.Yield();
            seen.Add(p.Done);
            if (p.Done == 999) done.SetResult();
        });

        for (var i = 0; i < 1000; i++)
        {
            feed.Publish(new JobProgressed("j", 1, i, 1000, null));
        }
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Enumerable.Range(0, 1000), seen);
    }

    [Fact]
    public async Task A_typed_subscriber_sees_only_its_type_and_nothing_after_it_unsubscribes()
    {
        var feed = new LiveFeed(NullLogger<LiveFeed>.Instance);
        var alerts = new List<AlertCreated>();
        var all = new TaskCompletionSource();
        var subscription = feed.Subscribe<AlertCreated>(a => { alerts.Add(a); return Task.CompletedTask; });
        using var everything = feed.Subscribe(e => { if (e is JobCompleted { RunId: 2 }) all.SetResult(); return Task.CompletedTask; });

        feed.Publish(new JobCompleted("j", 1, JobOutcome.Succeeded, 0, null, null));
        feed.Publish(new AlertCreated(7, "job.failed", AlertSeverity.Critical, "Backup failed", false));
        await Task.Delay(100);
        subscription.Dispose();
        feed.Publish(new AlertCreated(8, "job.failed", AlertSeverity.Critical, "Backup failed again", true));
        feed.Publish(new JobCompleted("j", 2, JobOutcome.Succeeded, 0, null, null));
        await all.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([7L], alerts.Select(a => a.AlertId));
        Assert.Equal(1, feed.SubscriberCount);
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_stop_others_or_the_publisher()
    {
        var feed = new LiveFeed(NullLogger<LiveFeed>.Instance);
        var received = new TaskCompletionSource<string>();
        using var broken = feed.Subscribe(_ => throw new InvalidOperationException("page went away"));
        using var healthy = feed.Subscribe<AlertCreated>(a => { received.TrySetResult(a.Title); return Task.CompletedTask; });

        feed.Publish(new AlertCreated(1, "k", AlertSeverity.Info, "still delivered", false));

        Assert.Equal("still delivered", await received.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Events_carry_their_dotted_kind()
    {
        Assert.Equal("job.progress", new JobProgressed("j", 1, 1, 2, null).Kind);
        Assert.Equal("job.completed", new JobCompleted("j", 1, JobOutcome.Failed, 0, null, "x").Kind);
        Assert.Equal("alert.created", new AlertCreated(1, "k", AlertSeverity.Info, "t", false).Kind);
        Assert.Equal(0, Feed.SubscriberCount);
    }
}
