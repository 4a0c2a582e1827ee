using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

/// <summary>
/// The Content-Security-Policy must not break the console: every main page renders, the circuit connects,
/// charts draw, and the browser reports no violation. Also what only the real server shows: no Server
/// header, and Kestrel's own body limit answered as the same 413 problem.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests
{
    private const string Probe = "window.__ran = true";

    private const string WatchViolations =
        "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + location.pathname));";

    [Fact]
    public async Task Every_main_page_works_under_the_policy_with_charts_drawn_and_no_violation()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string>
        {
            ["Sandbox:Listings"] = "12",
            ["Sandbox:TimeCompression"] = "20",
        });
        using var http = app.CreateApiClient();
        (await http.PostAsync("/api/v1/marketplace/sync?syncs=catalogue,offers,orders", null)).EnsureSuccessStatusCode();
        await WaitAsync(http, "/api/v1/marketplace/status", s => s.GetProperty("syncs").EnumerateArray()
            .Count(x => x.GetProperty("lastSuccessUtc").ValueKind == JsonValueKind.String) >= 3);
        (await http.PostAsync("/api/v1/jobs/keepa-refresh/run", null)).EnsureSuccessStatusCode();
        await WaitAsync(http, "/api/v1/keepa/status", s => s.GetProperty("lastRun").ValueKind == JsonValueKind.Object);
        using var listings = JsonDocument.Parse(await http.GetStringAsync("/api/v1/listings?pageSize=1"));
        var sku = listings.RootElement.GetProperty("items").EnumerateArray().First().GetProperty("sku").GetString()!;

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await page.AddInitScriptAsync(WatchViolations);
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
            var pages = new (string Path, string Heading, string? Chart)[]
            {
                ("/", "Dashboard", null), ("/catalogue", "Catalogue", null), ($"/catalogue/{Uri.EscapeDataString(sku)}", "", "[data-testid=history-prices]"),
                ("/orders", "Orders", ".sc-apex"), ("/marketplace", "Marketplace", null), ("/competition", "Competition", null),
                ("/scoring", "Scoring", null), ("/margins", "Margins", null), ("/costing/components", "Components", null),
                ("/costing/kits", "Kits", null), ("/costing/postage", "Packaging & postage", null), ("/costing/settings", "Fees & VAT", null),
                ("/costing/import", "Cost import", null), ("/settings", "Settings", null), ("/jobs", "Jobs", null), ("/sandbox", "Sandbox", null),
            };
            foreach (var (path, heading, chart) in pages)
            {
                var response = await page.GotoAsync(app.BaseUrl + path);
                Assert.Contains("script-src 'self';", (await response!.AllHeadersAsync())["content-security-policy"]);
                await Expect(page.Locator("h1").First).ToContainTextAsync(heading);
                await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
                if (chart is not null)
                {
                    await Expect(page.Locator(chart).First).ToHaveAttributeAsync("data-rendered", "true", new() { Timeout = 30_000 });
                    Assert.True(await page.Locator(chart).First.Locator("svg").CountAsync() > 0, $"no chart drawn on {path}");
                }
                var violations = await page.EvaluateAsync<string[]>("() => window.__csp");
                Assert.True(violations.Length == 0, string.Join("\n", violations));
            }

            // The policy is really enforced: an injected inline script does not run, and the violation is reported.
            var probe = await page.EvaluateAsync<JsonElement>(
                "() => { const s = document.createElement('script'); s.textContent = '" + Probe + "'; document.head.appendChild(s);" +
                " return new Promise(r => setTimeout(() => r({ ran: window.__ran === true, violations: window.__csp.length }), 200)); }");
            Assert.False(probe.GetProperty("ran").GetBoolean());
            Assert.Equal(1, probe.GetProperty("violations").GetInt32());

            // Hangfire's dashboard is the one page we do not write: it must work under the policy too.
            await page.GotoAsync(app.BaseUrl + "/jobs/hangfire");
            await Expect(page.Locator("body")).ToContainTextAsync("SellerConsole jobs");
            var dashboardViolations = await page.EvaluateAsync<string[]>("() => window.__csp");
            Assert.True(dashboardViolations.Length == 0, string.Join("\n", dashboardViolations));

            // Only the probe's own refusal may be in the console.
            var probeHash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Probe)));
            var errors = browser.Errors.Where(e => !e.Contains(probeHash, StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        });
    }

    [Fact]
    public async Task The_real_server_sends_no_server_header_and_answers_an_oversized_body_with_the_413_problem()
    {
        await using var app = await RunningApp.StartWithOwnerAsync();
        using var http = app.CreateApiClient();

        using var health = await http.GetAsync("/healthz");
        using var body = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var tooLarge = await http.PostAsync("/api/v1/scoring/score", body);

        Assert.Empty(health.Headers.Server);
        Assert.Equal("nosniff", health.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
        Assert.Contains("1 MB", await tooLarge.Content.ReadAsStringAsync());
    }

    private static async Task WaitAsync(HttpClient http, string url, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            using var document = JsonDocument.Parse(await http.GetStringAsync(url));
            if (done(document.RootElement)) return;
            Assert.True(DateTime.UtcNow < deadline, $"{url} never reached the expected state: {document.RootElement}");
            await Task.Delay(250);
        }
    }
}
