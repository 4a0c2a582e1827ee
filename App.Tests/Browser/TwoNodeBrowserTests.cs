using System.Net;
using Npgsql;
using SellerConsole.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

/// <summary>
/// Two real SellerConsole processes on one PostgreSQL database, as two VPS nodes behind a proxy would run.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoNodeBrowserTests
{
    [Fact]
    public async Task A_sign_in_on_one_node_works_on_the_other_and_a_page_on_one_fills_as_the_other_syncs()
    {
        var database = await (await ThrowawayPostgres.SharedAsync()).CreateDatabaseAsync("nodes");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Seller"] = database,
            ["Sandbox:Listings"] = "30",
            ["Sandbox:TimeCompression"] = "20",
        };
        // One after the other, as an operator adds a node: the first migrates the empty database.
        await using var nodeA = await RunningApp.StartWithOwnerAsync(settings);
        await using var nodeB = await RunningApp.StartWithOwnerAsync(settings);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(nodeA, async () =>
        {
            await browser.SignInAsOwnerAsync(nodeA);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
            await page.GotoAsync(nodeA.BaseUrl + "/catalogue");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync("0 listing(s)");
            await page.EvaluateAsync("() => window.__sameDocument = true");

            // Node B syncs its shop into the shared database; node A's open page hears of it over LISTEN/NOTIFY.
            using var http = nodeB.CreateApiClient();
            Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue,offers", null)).StatusCode);
            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync("30 listing(s)", new() { Timeout = 90_000 });
            await Expect(page.Locator("[data-testid=catalogue-grid]")).ToContainTextAsync("Won", new() { Timeout = 90_000 });
            Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");

            // The cookie node A issued opens node B's pages (one set of Data Protection keys, in the database).
            await page.GotoAsync(nodeB.BaseUrl + "/catalogue");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Catalogue");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=catalogue-total]")).ToHaveTextAsync("30 listing(s)");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    [Fact]
    public async Task A_node_killed_mid_sync_leaves_its_job_to_the_other_node_with_nothing_duplicated()
    {
        var database = await (await ThrowawayPostgres.SharedAsync()).CreateDatabaseAsync("killed");
        Dictionary<string, string> Settings(int latencyMs) => new()
        {
            ["ConnectionStrings:Seller"] = database,
            ["Jobs:Enabled"] = "true",
            ["Jobs:RequeueAfter"] = "00:00:15",
            ["Sandbox:Listings"] = "40",
            ["Sandbox:TimeCompression"] = "20",
            ["Sandbox:Faults:LatencyMs"] = latencyMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        // Node A's Sandbox answers slowly, so its first-start catalogue sync is still running when it is killed.
        await using var nodeA = await RunningApp.StartWithOwnerAsync(Settings(1500));
        await Eventually.GetAsync(() => CatalogueRunsAsync(database), runs => runs.Any(r => r.Outcome == "Running"), TimeSpan.FromSeconds(60), "node A's catalogue sync to start");
        await using var nodeB = await RunningApp.StartWithOwnerAsync(Settings(0));
        var before = await CatalogueRunsAsync(database);
        var killed = Assert.Single(before, r => r.Outcome == "Running");

        await nodeA.KillAsync();

        // Node B runs the catalogue sync again (Hangfire re-queues the dead node's job after Jobs:RequeueAfter, or
        // B's own first-start chain gets the lock the dead node's session held) and brings in every listing once.
        var after = await Eventually.GetAsync(() => CatalogueRunsAsync(database), runs => runs.Any(r => r.Outcome == "Succeeded"), TimeSpan.FromSeconds(180),
            "node B to finish the catalogue sync");
        Assert.Contains(after, r => r.Id == killed.Id && r.Outcome == "Failed" && r.Error!.StartsWith("Interrupted", StringComparison.Ordinal));
        Assert.DoesNotContain(after, r => r.Outcome == "Running" && r.Id == killed.Id);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*), count(DISTINCT "Sku") FROM "Listings" """, connection);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((40L, 40L), (reader.GetInt64(0), reader.GetInt64(1)));
    }

    private sealed record RunRow(long Id, string Outcome, string? Error);

    private static async Task<IReadOnlyList<RunRow>> CatalogueRunsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""SELECT "Id", "Outcome", "Error" FROM "JobRuns" WHERE "JobName" = 'catalogue-sync' ORDER BY "Id" """, connection);
        var rows = new List<RunRow>();
        try
        {
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(new RunRow(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // Not migrated yet.
        }
        return rows;
    }
}
