using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Operations;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Readiness_is_refused_to_anonymous_callers_and_healthz_stays_terse()
    {
        using var app = new SellerAppFactory();
        var anonymous = app.CreateAnonymousClient();

        var refused = await anonymous.GetAsync("/api/v1/health/ready");
        using var healthz = JsonDocument.Parse(await anonymous.GetStringAsync("/healthz"));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.False(healthz.RootElement.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task The_owner_sees_the_database_scheduler_marketplace_and_disk_and_the_sync_moves_the_marketplace_times()
    {
        using var app = new OperationsApp(metrics: false);
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SellerAppFactory.BootstrapToken);

        var before = await ReadyAsync(client);
        Assert.Null(await app.RunJobAsync("catalogue-sync"));
        Assert.Null(await app.RunJobAsync("keepa-refresh"));
        var after = await ReadyAsync(client);

        Assert.Equal("healthy", after.GetProperty("status").GetString());
        var database = Check(after, "database");
        Assert.Equal("sqlite", database.GetProperty("provider").GetString());
        Assert.True(database.GetProperty("reachable").GetBoolean());
        Assert.Equal(0, database.GetProperty("pendingMigrations").GetArrayLength());
        var scheduler = Check(after, "scheduler");
        Assert.Equal("disabled", scheduler.GetProperty("thisNode").GetString());
        Assert.Equal(0, scheduler.GetProperty("serverCount").GetInt32());
        Assert.Equal(0, scheduler.GetProperty("enqueued").GetInt64());
        Assert.Equal("never", Check(before, "marketplace").GetProperty("spApiLastSuccessUtc").GetString());
        var marketplace = Check(after, "marketplace");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        Assert.InRange(marketplace.GetProperty("spApiLastSuccessUtc").GetDateTime(), SellerConsole.Tests.Catalog.Sync.SandboxApp.Start.UtcDateTime, now);
        Assert.InRange(marketplace.GetProperty("keepaLastSuccessUtc").GetDateTime(), SellerConsole.Tests.Catalog.Sync.SandboxApp.Start.UtcDateTime, now);
        Assert.True(marketplace.GetProperty("keepaTokensLeft").GetInt32() > 0);
        var disk = Check(after, "disk");
        Assert.True(disk.GetProperty("freeBytes").GetInt64() > 0);
        Assert.Equal(app.DataDirectory, disk.GetProperty("directory").GetString());
    }

    [Fact]
    public async Task A_failed_latest_sync_degrades_readiness_without_failing_it()
    {
        using var app = new OperationsApp(metrics: false);
        var client = await app.CreateSignedInClientAsync();
        await using (var db = await app.Service<Microsoft.EntityFrameworkCore.IDbContextFactory<SellerConsole.Data.SellerDb>>().CreateDbContextAsync())
        {
            var at = app.Clock.GetUtcNow().UtcDateTime;
            db.Add(new SellerConsole.Jobs.JobRun { JobName = "offers-sync", Trigger = "test", StartedUtc = at, FinishedUtc = at, Outcome = SellerConsole.Jobs.JobOutcome.Failed, Error = "HttpRequestException" });
            await db.SaveChangesAsync();
        }

        var response = await client.GetAsync("/api/v1/health/ready");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("degraded", body.RootElement.GetProperty("status").GetString());
        var marketplace = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "marketplace");
        Assert.Equal("degraded", marketplace.GetProperty("status").GetString());
        Assert.Contains("SP-API", marketplace.GetProperty("description").GetString());
    }

    [Fact]
    public async Task The_jobs_page_shows_the_owner_a_readiness_card_with_every_check()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();

        var html = await client.GetStringAsync("/jobs");

        Assert.Contains("data-testid=\"readiness-card\"", html);
        foreach (var check in new[] { "database", "scheduler", "marketplace", "disk" })
        {
            Assert.Contains($"data-check=\"{check}\"", html);
        }
        Assert.Contains("sqlite reachable, schema up to date.", html);
    }

    private static async Task<JsonElement> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static JsonElement Check(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("data");
}
