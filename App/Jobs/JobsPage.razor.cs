using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SellerConsole.Live;
using SellerConsole.Security;

namespace SellerConsole.Jobs;

public sealed partial class JobsPage
{
    private const string AllJobs = "";
    private const int HistorySize = 200;
    private IReadOnlyList<JobStatus> _statuses = [];
    private IReadOnlyList<JobRun> _runs = [];
    private SchedulerState _schedulerState;
    private string _historyJob = AllJobs;

    // The latest progress of each job seen on this page, and how its last run here ended.
    private readonly Dictionary<string, JobProgressed> _progress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JobOutcome> _finished = new(StringComparer.OrdinalIgnoreCase);

    [Inject] private JobsOverview Overview { get; set; } = default!;
    [Inject] private JobRunner Runner { get; set; } = default!;
    [Inject] private HangfireHost Scheduler { get; set; } = default!;
    [Inject] private AuditLog Audit { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _schedulerState = Scheduler.State;
        _statuses = await Overview.StatusesAsync(CancellationToken.None);
        _runs = await Overview.RecentRunsAsync(HistorySize, _historyJob == AllJobs ? null : _historyJob, CancellationToken.None);
        foreach (var status in _statuses.Where(s => s.Progress is not null))
        {
            _progress[status.Job.Name] = status.Progress!;
        }
    }

    private async Task FilterHistoryAsync(string job)
    {
        _historyJob = job ?? AllJobs;
        _runs = await Overview.RecentRunsAsync(HistorySize, _historyJob == AllJobs ? null : _historyJob, CancellationToken.None);
    }

    private bool IsRunning(string job) => Runner.FindRunning(job) is not null && !_finished.ContainsKey(job);

    private JobProgressed? ProgressOf(string job) => _progress.GetValueOrDefault(job);

    private JobOutcome? FinishedOf(string job) => _finished.TryGetValue(job, out var outcome) ? outcome : null;

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        switch (liveEvent)
        {
            case JobProgressed progress:
                if (_finished.ContainsKey(progress.JobName) && progress.Done == 0)
                {
                    _finished.Remove(progress.JobName);
                }
                _progress[progress.JobName] = progress;
                return true;
            case JobCompleted completed:
                _finished[completed.JobName] = completed.Outcome;
                if (completed.Outcome != JobOutcome.Succeeded && _progress.TryGetValue(completed.JobName, out var last))
                {
                    _progress[completed.JobName] = last with { Message = completed.Error ?? completed.Outcome.ToString() };
                }
                await ReloadAsync();
                return true;
            default:
                return false;
        }
    }

    private async Task RunNowAsync(JobDefinition job)
    {
        _finished.Remove(job.Name);
        var run = await Runner.StartAsync(job, "manual", CancellationToken.None);
        if (run is null)
        {
            Snackbar.Add($"{job.Title} is already running.", Severity.Warning);
            return;
        }
        var user = (await AuthenticationState).User;
        await Audit.WriteAsync(Actor.Of(user), AuditActions.JobTriggered, job.Name, $"Run {run.Id} started from the Jobs page");
    }

    private void Cancel(JobDefinition job)
    {
        if (Runner.Cancel(job.Name))
        {
            Snackbar.Add($"{job.Title} will stop at its next check.", Severity.Info);
        }
    }
}
