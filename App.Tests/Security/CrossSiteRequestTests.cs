using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SellerConsole.Api;
using SellerConsole.Jobs;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

/// <summary>
/// The review's attack: a page on another port of the same host (same-site, so the Lax cookie rides along)
/// imported a component row, ran a backup and started a sync with the owner's cookie.
/// </summary>
public sealed class CrossSiteRequestTests : IClassFixture<SharedAppFactory>
{
    private const string OtherPort = "http://localhost:8081";
    private readonly SellerAppFactory _app;

    public CrossSiteRequestTests(SharedAppFactory app) => _app = app;

    /// <summary>Signed in, but sending only what the request says (no Origin unless given).</summary>
    private async Task<HttpClient> CookieClientAsync()
    {
        var client = await _app.CreateSignedInClientAsync();
        client.DefaultRequestHeaders.Remove("Origin");
        return client;
    }

    private static HttpRequestMessage Post(string url, string? origin = null, string? referer = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (referer is not null) request.Headers.Referrer = new Uri(referer);
        return request;
    }

    private async Task<int> BackupRunsAsync() =>
        (await _app.Service<JobsOverview>().RecentRunsAsync(500, "backup", CancellationToken.None)).Count;

    [Theory]
    [InlineData(OtherPort, null)]
    [InlineData("https://localhost", null)]
    [InlineData("http://evil.example", null)]
    [InlineData("null", null)]
    [InlineData(null, OtherPort + "/attack.html")]
    [InlineData(null, null)]
    public async Task A_cookie_call_that_changes_data_from_another_origin_is_refused_and_changes_nothing(string? origin, string? referer)
    {
        var client = await CookieClientAsync();
        var before = await BackupRunsAsync();

        using var response = await client.SendAsync(Post("/api/v1/jobs/backup/run", origin, referer));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Cross-site request refused", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await BackupRunsAsync());
    }

    [Fact]
    public async Task A_cross_origin_import_and_sync_write_nothing()
    {
        var client = await CookieClientAsync();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Code,Name,Supplier,SupplierCode,PackSize,VatPercent,PackCost,EffectiveFrom\r\nCSRF-1,Planted part,,,100,20,1.00,2025-01-01\r\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var import = await client.SendAsync(Post("/api/v1/costing/import/components", OtherPort, content: new MultipartFormDataContent { { file, "file", "parts.csv" } }));
        using var sync = await client.SendAsync(Post("/api/v1/marketplace/sync?syncs=offers", OtherPort));

        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, sync.StatusCode);
        var snapshot = await _app.Service<SellerConsole.Costing.Data.CostingStore>().SnapshotAsync(CancellationToken.None);
        Assert.DoesNotContain(snapshot.Data.Components, c => c.Code == "CSRF-1");
        var audit = await _app.Service<AuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.JobTriggered), CancellationToken.None);
        Assert.DoesNotContain(audit.Items, e => e.Details?.Contains("sync", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task The_consoles_own_origin_or_referer_is_accepted()
    {
        var client = await CookieClientAsync();

        using var byOrigin = await client.SendAsync(Post("/api/v1/jobs/no-such-job/run", origin: "http://localhost"));
        using var byReferer = await client.SendAsync(Post("/api/v1/jobs/no-such-job/run", referer: "http://localhost/jobs"));

        // Past the check: the endpoint itself answers (the job does not exist).
        Assert.Equal(HttpStatusCode.NotFound, byOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byReferer.StatusCode);
    }

    [Fact]
    public async Task An_antiforgery_token_in_the_header_is_accepted_without_an_origin()
    {
        var client = await CookieClientAsync();
        var token = await client.AntiforgeryTokenAsync("/");
        var request = Post("/api/v1/jobs/no-such-job/run");
        request.Headers.Add(CrossSiteRequests.TokenHeader, token);

        using var response = await client.SendAsync(request);
        using var forged = await client.SendAsync(WithHeader(Post("/api/v1/jobs/no-such-job/run"), CrossSiteRequests.TokenHeader, "forged"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task Bearer_token_calls_need_no_origin()
    {
        var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SellerAppFactory.BootstrapToken);

        using var response = await client.SendAsync(Post("/api/v1/jobs/no-such-job/run", OtherPort));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Reading_with_the_cookie_needs_no_origin()
    {
        var client = await CookieClientAsync();

        using var response = await client.GetAsync("/api/v1/jobs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Add(name, value);
        return request;
    }
}
