using System.Net;
using System.Net.Http.Headers;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

public sealed class ApiTokenTests : IClassFixture<SharedAppFactory>
{
    private readonly SharedAppFactory _app;

    public ApiTokenTests(SharedAppFactory app) => _app = app;

    private Task<CreatedToken> IssueAsync(string name, ApiTokenScope scope = ApiTokenScope.ReadWrite, DateTime? expiresUtc = null) =>
        _app.Service<ApiTokenService>().IssueAsync(new TokenRequest(name, scope, expiresUtc), "owner:test", CancellationToken.None);

    private HttpClient ClientWith(string token)
    {
        var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HttpStatusCode> CallWithAsync(string token) => (await ClientWith(token).GetAsync("/api/v1/jobs")).StatusCode;

    [Fact]
    public async Task A_personal_token_works_until_it_is_revoked()
    {
        var created = await IssueAsync("nightly-export");

        Assert.Equal(HttpStatusCode.OK, await CallWithAsync(created.PlainText));

        Assert.True(await _app.Service<ApiTokenService>().RevokeAsync(created.Token.Id, "owner:test", CancellationToken.None));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallWithAsync(created.PlainText));
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_hashes_and_record_their_last_use()
    {
        var created = await IssueAsync("hash-check");
        await CallWithAsync(created.PlainText);

        var bytes = await DatabaseFiles.ReadAllAsync(_app.DataDirectory);
        Assert.False(DatabaseFiles.Contains(bytes, created.PlainText));
        var listed = Assert.Single(await _app.Service<ApiTokenService>().ListAsync(CancellationToken.None), t => t.Name == "hash-check");
        Assert.NotNull(listed.LastUsedUtc);
        Assert.Equal(created.PlainText[..10], listed.Prefix);
    }

    [Fact]
    public async Task The_configured_bootstrap_token_is_accepted_and_a_made_up_one_is_not()
    {
        Assert.Equal(HttpStatusCode.OK, await CallWithAsync(SellerAppFactory.BootstrapToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallWithAsync("sc_" + new string('x', 43)));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallWithAsync(SellerAppFactory.BootstrapToken + "x"));
    }

    [Fact]
    public async Task Creating_and_revoking_tokens_is_audited()
    {
        var created = await IssueAsync("audited-token", ApiTokenScope.ReadOnly);
        await _app.Service<ApiTokenService>().RevokeAsync(created.Token.Id, "owner:test", CancellationToken.None);

        var audit = await _app.Service<AuditLog>().QueryAsync(new AuditQuery(Text: "audited-token"), CancellationToken.None);

        Assert.Contains(audit.Items, e => e.Action == AuditActions.TokenCreated && e.Details!.Contains("read-only, no expiry", StringComparison.Ordinal));
        Assert.Contains(audit.Items, e => e.Action == AuditActions.TokenRevoked);
        Assert.DoesNotContain(audit.Items, e => e.Details!.Contains(created.PlainText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_only_token_reads_but_cannot_change_anything()
    {
        var created = await IssueAsync("read-only", ApiTokenScope.ReadOnly);
        var client = ClientWith(created.PlainText);

        using var read = await client.GetAsync("/api/v1/jobs");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/jobs"));
        using var write = await client.PostAsync("/api/v1/jobs/backup/run", null);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, head.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Contains("read-only", await write.Content.ReadAsStringAsync());
        Assert.Empty(await _app.Service<SellerConsole.Jobs.JobsOverview>().RecentRunsAsync(10, "backup", CancellationToken.None));
    }

    [Fact]
    public async Task A_token_stops_working_when_it_expires()
    {
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var created = await IssueAsync("short-lived", ApiTokenScope.ReadOnly, now.AddHours(1));

        Assert.Equal(HttpStatusCode.OK, await CallWithAsync(created.PlainText));
        var expired = await IssueAsync("already-due", ApiTokenScope.ReadOnly, now.AddSeconds(1));
        _app.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(HttpStatusCode.Unauthorized, await CallWithAsync(expired.PlainText));
        Assert.Equal(HttpStatusCode.OK, await CallWithAsync(created.PlainText));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/settings")]
    [InlineData("/jobs")]
    [InlineData("/jobs/hangfire")]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    public async Task A_token_is_not_a_browser_session(string path)
    {
        var created = await IssueAsync("not-a-session");
        var client = ClientWith(created.PlainText);

        using var response = path.StartsWith("/_blazor", StringComparison.Ordinal)
            ? await client.PostAsync(path, null)
            : await client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized || response.Headers.Location?.ToString().Contains("/login", StringComparison.Ordinal) == true,
            $"{path} answered {(int)response.StatusCode} to a bearer token");
        Assert.DoesNotContain("blazor", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_bootstrap_token_is_not_a_browser_session_either()
    {
        using var response = await ClientWith(SellerAppFactory.BootstrapToken).GetAsync("/settings");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
