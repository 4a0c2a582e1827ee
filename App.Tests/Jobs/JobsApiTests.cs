using System.Net;
using System.Net.Http.Json;
using SellerConsole.Api;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Jobs;

public sealed class JobsApiTests
{
    [Fact]
    public async Task Starting_the_backup_through_the_api_runs_it_records_it_and_audits_it()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();

        var start = await client.PostAsync("/api/v1/jobs/backup/run", null);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var started = await start.Content.ReadFromJsonAsync<JobStartedDto>();

        var run = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<JobRunDto>(started!.StatusUrl),
            r => r!.Outcome != "Running", what: "the backup to finish");
        Assert.Equal("Succeeded", run!.Outcome);
        Assert.Equal("api", run.Trigger);
        Assert.Contains("verified", run.Summary);

        var jobs = await client.GetFromJsonAsync<List<JobDto>>("/api/v1/jobs");
        var backup = Assert.Single(jobs!, j => j.Name == "backup");
        Assert.Equal(run.Id, backup.LastRun?.Id);
        Assert.Null(backup.NextFireUtc); // the scheduler is off in tests

        var audit = await app.Service<AuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.JobTriggered), CancellationToken.None);
        Assert.Single(audit.Items);
    }

    [Fact]
    public async Task Unknown_jobs_get_a_404_problem()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsync("/api/v1/jobs/no-such-job/run", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
