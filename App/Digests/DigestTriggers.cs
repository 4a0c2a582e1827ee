using SellerConsole.Alerts;
using SellerConsole.Jobs;
using SellerConsole.Live;

namespace SellerConsole.Digests;

/// <summary>
/// Starts delivery as soon as a mail is queued (with the scheduler on; otherwise the minute job or a test runs
/// it), and checks for an urgent mail as soon as an alert is raised (also only with the scheduler on), instead of waiting for the next minute.
/// </summary>
public sealed class DigestTriggers(OwnerMailbox mailbox, UrgentAlertMailer urgent, LiveFeed live, HangfireHost scheduler, JobChains chains, ILogger<DigestTriggers> log) : IHostedService
{
    private IDisposable? _alerts;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        mailbox.Queued += StartDeliveryAsync;
        _alerts = live.Subscribe<AlertCreated>(OnAlertAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        mailbox.Queued -= StartDeliveryAsync;
        _alerts?.Dispose();
        return Task.CompletedTask;
    }

    private Task StartDeliveryAsync() =>
        scheduler.Client is null ? Task.CompletedTask : chains.StartAsync([JobSchedules.Find("mail-delivery")!], "mail queued");

    private async Task OnAlertAsync(AlertCreated alert)
    {
        // Only with the scheduler on, as the price push trigger: without it (tests, Jobs:Enabled=false) the check runs when asked.
        if (scheduler.Client is null)
        {
            return;
        }
        try
        {
            await urgent.RunAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The minute job tries again; an alert must never fail because its email could not be queued.
            log.LogWarning(ex, "Urgent alert check after alert {Id} failed", alert.AlertId);
        }
    }
}
