using System.Net.Http.Json;
using SellerConsole.Api;

namespace SellerConsole.Tests.Browser;

/// <summary>
/// In Sandbox mode the jobs call this app's own URL. On a busy machine the first-start chain ran before Kestrel
/// had bound (the Sandbox world took 8.6 s to build), so the SP-API client was made for http://localhost:80
/// and every catalogue sync failed with "connection refused" until a restart. Jobs now start once the app listens.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstStartOrderTests
{
    [Fact]
    public async Task The_job_server_starts_after_the_app_listens_and_the_first_catalogue_sync_succeeds()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string>
        {
            ["Jobs:Enabled"] = "true",
            ["Sandbox:Listings"] = "20",
        });

        var log = app.Output;
        var listening = log.IndexOf("Now listening on", StringComparison.Ordinal);
        var jobs = log.IndexOf("Hangfire server started", StringComparison.Ordinal);
        Assert.True(listening >= 0 && jobs > listening, "the job server started before the app listened:\n" + log);

        // The first-start chain's catalogue sync ends (however long a loaded machine takes), and it succeeded.
        using var api = app.CreateApiClient();
        JobRunDto? run = null;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            var runs = await api.GetFromJsonAsync<List<JobRunDto>>("/api/v1/jobs/runs?job=catalogue-sync&take=5");
            run = runs!.LastOrDefault(r => r.FinishedUtc is not null);
            if (run is not null) break;
            await Task.Delay(250);
        }
        Assert.NotNull(run);
        Assert.True(run.Outcome == "Succeeded", $"{run.Outcome}: {run.Error}\n{app.Output}");
    }
}
