using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Competition;

public sealed class KeepaSecretTests
{
    private const string Key = "LiveKeepaKey7q3ZxW9mTt2Rk5Vb8Nc4Hd6Jf1Lg0Ps3Qa7Ue2Yi9Oo5Wr8Xs4Za";
    private const string SellerId = "A2EXAMPLE12345";

    private static async Task ConfigureLiveAsync(LiveKeepaApp app, bool withKey)
    {
        var store = app.Service<SettingsStore>();
        var spApi = await store.SaveAsync("spapi", new Dictionary<string, string?>
        {
            [SettingsCatalog.SpApiClientId] = "amzn1.application-oa2-client.0123456789abcdef",
            [SettingsCatalog.SpApiClientSecret] = "amzn1.oa2-cs.v1.0123456789abcdef",
            [SettingsCatalog.SpApiRefreshToken] = "Atzr|0123456789abcdef",
            [SettingsCatalog.SpApiSellerId] = SellerId,
        }, "test", CancellationToken.None);
        Assert.Empty(spApi.Errors);
        if (withKey)
        {
            Assert.Empty((await store.SaveAsync("keepa", new Dictionary<string, string?> { [SettingsCatalog.KeepaApiKey] = Key }, "test", CancellationToken.None)).Errors);
        }
        await CatalogSeed.AddAsync(app.Service<IDbContextFactory<SellerDb>>(), Enumerable.Range(1, 3).Select(n => CatalogSeed.Listing(n)));
    }

    private static string TokenBody(int tokensLeft) =>
        $$"""{"timestamp":1763632860000,"tokensLeft":{{tokensLeft}},"refillIn":60000,"refillRate":20,"tokensConsumed":0,"processingTimeInMs":0}""";

    [Fact]
    public async Task The_keepa_key_appears_in_no_log_line_exception_job_error_or_stored_error_even_when_requests_fail()
    {
        using var app = new LiveKeepaApp();
        await ConfigureLiveAsync(app, withKey: true);
        var runner = app.Service<JobRunner>();
        var job = JobSchedules.Find("keepa-refresh")!;
        app.Keepa
            // Run 1: a transport error quoting the URL, then a 500 whose body quotes the request: the run fails.
            .Status(HttpStatusCode.OK, TokenBody(300))
            .Throw(request => new HttpRequestException($"Connection reset while sending {request.RequestUri}"))
            .Error(HttpStatusCode.InternalServerError, 300, 1000, "SERVER_ERROR", $"internal error handling /product?key={Key}&domain=2")
            // Run 2: the key is refused at the token call.
            .Error(HttpStatusCode.Unauthorized, 0, 60_000, "INVALID_KEY", $"Invalid key {Key}")
            // Run 3: out of tokens once (429, wait refillIn), then served.
            .Status(HttpStatusCode.OK, TokenBody(300))
            .Error(HttpStatusCode.TooManyRequests, 0, 2_000, "NOT_ENOUGH_TOKEN", $"not enough tokens for key {Key}")
            .Products(tokensLeft: 250);

        Assert.Equal(JobOutcome.Failed, await app.PumpAsync(() => runner.RunAsync(job, "manual", CancellationToken.None)));
        Assert.Equal(JobOutcome.Failed, await app.PumpAsync(() => runner.RunAsync(job, "manual", CancellationToken.None)));
        Assert.Equal(JobOutcome.Succeeded, await app.PumpAsync(() => runner.RunAsync(job, "manual", CancellationToken.None)));

        // The key really travelled (in every URL), and the capture really saw the failures.
        Assert.Equal(7, app.Keepa.Calls);
        Assert.All(app.Keepa.Requests, r => Assert.Contains($"key={Key}", r.Uri.Query));
        var logs = app.Logs.Lines;
        Assert.Contains(logs, l => l.Contains("Keepa refresh of", StringComparison.Ordinal) && l.Contains("HTTP 500", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Contains("keepa-refresh", StringComparison.Ordinal) && l.Contains("401", StringComparison.Ordinal));

        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        var runs = await db.JobRuns.AsNoTracking().Where(r => r.JobName == "keepa-refresh").OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(3, runs.Count);
        Assert.Contains("HTTP 500", runs[0].Error);
        Assert.Contains("401", runs[1].Error);
        var stored = runs.SelectMany(r => new[] { r.Error, r.Summary })
            .Concat(await db.KeepaAsinStates.AsNoTracking().Select(s => s.LastError).ToListAsync())
            .Concat((await db.Alerts.AsNoTracking().ToListAsync()).SelectMany(a => new[] { a.Title, a.Detail }))
            .Concat(await db.AuditEntries.AsNoTracking().Select(a => a.Details).ToListAsync())
            .Append(JsonSerializer.Serialize(app.Service<KeepaStatus>().Snapshot))
            .OfType<string>().ToList();
        Assert.NotEmpty(stored);
        foreach (var text in logs.Concat(stored))
        {
            Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Key[..16], text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Live_mode_without_a_keepa_key_fails_the_refresh_with_the_clear_message_and_the_run_records_it()
    {
        using var app = new LiveKeepaApp();
        await ConfigureLiveAsync(app, withKey: false);

        var outcome = await app.PumpAsync(() => app.Service<JobRunner>().RunAsync(JobSchedules.Find("keepa-refresh")!, "manual", CancellationToken.None));

        Assert.Equal(JobOutcome.Failed, outcome);
        Assert.Equal(0, app.Keepa.Calls);
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        var run = await db.JobRuns.AsNoTracking().SingleAsync(r => r.JobName == "keepa-refresh");
        Assert.Contains(KeepaConnection.MissingKeyMessage, run.Error);
        Assert.Null(app.Service<KeepaStatus>().Snapshot.LastRun);
    }
}
