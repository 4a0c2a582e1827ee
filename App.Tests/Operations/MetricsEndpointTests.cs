using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Operations;

public sealed class MetricsEndpointTests
{
    private const string Token = OperationsApp.MetricsToken;

    private static OperationsApp MetricsApp() => new();

    [Fact]
    public async Task Metrics_are_off_by_default_and_the_path_is_a_404_not_a_sign_in_redirect()
    {
        using var fresh = new SellerAppFactory(withOwner: false);
        using var owned = new SellerAppFactory();

        Assert.Equal(HttpStatusCode.NotFound, (await fresh.CreateAnonymousClient().GetAsync("/metrics")).StatusCode);
        var client = owned.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task When_on_a_missing_or_wrong_token_is_a_401_for_the_scraper()
    {
        using var app = MetricsApp();
        var client = app.CreateAnonymousClient();

        var missing = await client.GetAsync("/metrics");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token + "x");
        var wrong = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain("sellerconsole", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Turning_metrics_on_without_a_long_enough_token_stops_start_up_naming_the_key()
    {
        using var app = new SellerAppFactory(new Dictionary<string, string?> { ["Metrics:Enabled"] = "true", ["Metrics:Token"] = "short" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateAnonymousClient());

        Assert.Contains("Metrics:Token", error.ToString());
    }

    [Fact]
    public async Task With_the_token_Prometheus_reads_counters_that_moved_after_a_sandbox_sync()
    {
        using var app = MetricsApp();
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var before = await client.GetStringAsync("/metrics");

        foreach (var job in new[] { "catalogue-sync", "keepa-refresh", "listing-scores" })
        {
            Assert.Null(await app.RunJobAsync(job));
        }
        await client.GetAsync("/healthz");
        var response = await client.GetAsync("/metrics");
        var after = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True(Value(after, "sellerconsole_jobs_runs_total", "job=\"catalogue-sync\"", "outcome=\"succeeded\"") >= 1 + Value(before, "sellerconsole_jobs_runs_total", "job=\"catalogue-sync\"", "outcome=\"succeeded\""));
        Assert.True(Value(after, "sellerconsole_jobs_duration_seconds_count", "job=\"keepa-refresh\"") >= 1);
        Assert.True(Value(after, "sellerconsole_listings_synced_total", "sync=\"catalogue\"") - Value(before, "sellerconsole_listings_synced_total", "sync=\"catalogue\"") >= SandboxApp.Listings);
        Assert.True(Sum(after, "sellerconsole_spapi_calls_total") > Sum(before, "sellerconsole_spapi_calls_total"));
        Assert.True(Sum(after, "sellerconsole_keepa_calls_total") > Sum(before, "sellerconsole_keepa_calls_total"));
        Assert.True(Sum(after, "sellerconsole_scores_calculated_total") >= SandboxApp.Listings);
        Assert.Contains("sellerconsole_spapi_quota_used", after);
        Assert.Contains("sellerconsole_jobs_queue_depth", after);
        Assert.Contains("sellerconsole_keepa_tokens_left", after);
        Assert.True(Value(after, "http_server_request_duration_seconds_count", "http_route=\"/healthz\"", "http_response_status_code=\"200\"") >= 1);
    }

    /// <summary>The value of the one series of <paramref name="metric"/> carrying every label given (0 if absent).</summary>
    private static double Value(string exposition, string metric, params string[] labels) =>
        Series(exposition, metric).Where(s => labels.All(s.Labels.Contains)).Select(s => s.Value).DefaultIfEmpty(0).Sum();

    private static double Sum(string exposition, string metric) => Series(exposition, metric).Sum(s => s.Value);

    private static IEnumerable<(string Labels, double Value)> Series(string exposition, string metric) =>
        exposition.Split('\n')
            .Select(line => Regex.Match(line, $@"^{Regex.Escape(metric)}(\{{(?<labels>[^}}]*)\}})?\s+(?<value>\S+)"))
            .Where(m => m.Success)
            .Select(m => (m.Groups["labels"].Value, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)));
}
