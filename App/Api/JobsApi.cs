using SellerConsole.Jobs;
using SellerConsole.Security;

namespace SellerConsole.Api;

public sealed record JobRunDto(long Id, string Job, string Trigger, DateTime StartedUtc, DateTime? FinishedUtc, string Outcome, int ItemsProcessed, string? Summary, string? Error)
{
    public static JobRunDto From(JobRun run) =>
        new(run.Id, run.JobName, run.Trigger, run.StartedUtc, run.FinishedUtc, run.Outcome.ToString(), run.ItemsProcessed, run.Summary, run.Error);
}

public sealed record JobProgressDto(long RunId, int Done, int Total, double Percent, string? Message);

public sealed record JobDto(string Name, string Title, string Description, string? Cron, string Schedule, DateTime? NextFireUtc, JobRunDto? LastRun, JobProgressDto? Running);

public sealed record JobStartedDto(long RunId, string Job, string StatusUrl);

internal static class JobsApi
{
    public static void MapJobsApi(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");

        jobs.MapGet("/", async (JobsOverview overview, CancellationToken ct) =>
        {
            var statuses = await overview.StatusesAsync(ct);
            return statuses.Select(s => new JobDto(
                s.Job.Name, s.Job.Title, s.Job.Description, s.Job.Cron, s.Job.ScheduleText, s.NextFireUtc,
                s.LastRun is null ? null : JobRunDto.From(s.LastRun),
                s.Progress is null ? null : new JobProgressDto(s.Progress.RunId, s.Progress.Done, s.Progress.Total, s.Progress.Percent, s.Progress.Message))).ToList();
        }).WithSummary("Every job with its schedule, next fire time, last run and live progress");

        jobs.MapPost("/{name}/run", async (string name, JobRunner runner, AuditLog audit, HttpContext http, CancellationToken ct) =>
        {
            var job = JobSchedules.Find(name);
            if (job is null)
            {
                return Results.Problem(statusCode: 404, title: "Unknown job", detail: $"There is no job named '{name}'.");
            }
            var run = await runner.StartAsync(job, "api", ct);
            if (run is null)
            {
                return Results.Problem(statusCode: 409, title: "Already running", detail: $"'{job.Title}' is already running.");
            }
            await audit.WriteAsync(Actor.Of(http.User), AuditActions.JobTriggered, job.Name, $"Run {run.Id} started via the API", http.Connection.RemoteIpAddress?.ToString(), ct);
            return Results.Accepted($"/api/v1/jobs/runs/{run.Id}", new JobStartedDto(run.Id, job.Name, $"/api/v1/jobs/runs/{run.Id}"));
        }).WithSummary("Starts a job now; 409 if it is already running");

        jobs.MapGet("/runs", async (string? job, int? take, JobsOverview overview, CancellationToken ct) =>
            (await overview.RecentRunsAsync(Math.Clamp(take ?? 50, 1, 500), job, ct)).Select(JobRunDto.From).ToList())
            .WithSummary("Recent runs, newest first, optionally of one job");

        jobs.MapGet("/runs/{id:long}", async (long id, JobsOverview overview, CancellationToken ct) =>
            await overview.FindRunAsync(id, ct) is { } run
                ? Results.Ok(JobRunDto.From(run))
                : Results.Problem(statusCode: 404, title: "Unknown run", detail: $"There is no job run {id}."))
            .WithSummary("One run, for polling a run started through the API");
    }
}
