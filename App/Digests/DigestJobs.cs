using SellerConsole.Jobs;

namespace SellerConsole.Digests;

/// <summary>Every minute while mail is waiting, and as soon as mail is queued: sends what is due.</summary>
public sealed class MailDeliveryJob(MailDelivery delivery) : IConsoleJob, IScheduledWorkCheck
{
    public Task<bool> HasWorkAsync(CancellationToken cancellationToken) => delivery.HasWorkAsync(cancellationToken);

    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var result = await delivery.RunAsync(cancellationToken);
        return new JobResult(result.Sent, result.Summary);
    }
}

/// <summary>Checks every five minutes whether the morning digest or weekly summary is due (UK time) and queues it once.</summary>
public sealed class DigestJob(DigestService digests) : IConsoleJob, IScheduledWorkCheck
{
    public async Task<bool> HasWorkAsync(CancellationToken cancellationToken) => (await digests.PendingAsync(cancellationToken)).Count > 0;

    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var ids = await digests.RunDueAsync(cancellationToken);
        return new JobResult(ids.Count, ids.Count == 0 ? "No digest due" : $"Queued {ids.Count} digest(s): mail {string.Join(", ", ids)}");
    }
}

/// <summary>Sends urgent alerts that the rate limit held back, once their quarter hour is over.</summary>
public sealed class UrgentAlertJob(UrgentAlertMailer mailer) : IConsoleJob, IScheduledWorkCheck
{
    public Task<bool> HasWorkAsync(CancellationToken cancellationToken) => mailer.HasWorkAsync(cancellationToken);

    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var id = await mailer.RunAsync(cancellationToken);
        return new JobResult(id is null ? 0 : 1, id is null ? "Nothing urgent to send" : $"Queued urgent alert mail {id}");
    }
}
