using SellerConsole.Live;

namespace SellerConsole.Jobs;

/// <summary>Handed to a running job so it can report progress; progress reaches open pages live.</summary>
public sealed class JobContext
{
    private static readonly TimeSpan PublishInterval = TimeSpan.FromMilliseconds(100);
    private readonly LiveFeed _live;
    private readonly TimeProvider _clock;
    private long _lastPublished;
    private string? _message;
    private string? _waiting;

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
        // Progress means the work moved on, so whatever it waited for is over.
        (_message, _waiting) = (message, null);
        Progress = new JobProgressed(Job.Name, RunId, done, total, message);

        var now = _clock.GetTimestamp();
        var due = _lastPublished == long.MinValue || done == total || _clock.GetElapsedTime(_lastPublished, now) >= PublishInterval;
        if (due)
        {
            _lastPublished = now;
            _live.Publish(Progress);
        }
    }

    /// <summary>
    /// What the job waits for now (a rate limit, a retry, a report Amazon is preparing), shown after its
    /// progress message until the next progress or <c>null</c>. Published at once: waits are rare and long.
    /// </summary>
    public void ReportWaiting(string? what)
    {
        if (what == _waiting)
        {
            return;
        }
        _waiting = what;
        var message = what is null ? _message : _message is { Length: > 0 } m ? $"{m} · waiting for {what}" : $"Waiting for {what}";
        Progress = Progress with { Message = message };
        _lastPublished = _clock.GetTimestamp();
        _live.Publish(Progress);
    }

    public string? Waiting => _waiting;
}
