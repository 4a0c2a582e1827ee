using SellerConsole.Live;

namespace SellerConsole.Jobs;

/// <summary>Handed to a running job so it can report progress; progress reaches open pages live.</summary>
public sealed class JobContext
{
    private static readonly TimeSpan PublishInterval = TimeSpan.FromMilliseconds(100);
    private readonly LiveFeed _live;
    private readonly TimeProvider _clock;
    private long _lastPublished;

    internal JobContext(JobDefinition job, long runId, string trigger, LiveFeed live, TimeProvider clock)
    {
        Job = job;
        RunId = runId;
        Trigger = trigger;
        _live = live;
        _clock = clock;
        _lastPublished = long.MinValue;
    }

    public JobDefinition Job { get; }
    public long RunId { get; }
    public string Trigger { get; }

    /// <summary>The latest progress, for pages that open while the job runs.</summary>
    public JobProgressed Progress { get; private set; } = default!;

    /// <summary>
    /// Reports <paramref name="done"/> of <paramref name="total"/>. Cheap to call per item: events
    /// are published at most every 100 ms, but always for the first and the last step.
    /// </summary>
    public void ReportProgress(int done, int total, string? message = null)
    {
        total = Math.Max(total, 1);
        done = Math.Clamp(done, 0, total);
        Progress = new JobProgressed(Job.Name, RunId, done, total, message);

        var now = _clock.GetTimestamp();
        var due = _lastPublished == long.MinValue || done == total || _clock.GetElapsedTime(_lastPublished, now) >= PublishInterval;
        if (due)
        {
            _lastPublished = now;
            _live.Publish(Progress);
        }
    }
}
