using System.Net;
using System.Net.Http.Headers;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

public sealed class ApiTokenTests : IClassFixture<SharedAppFactory>
{
    private readonly SharedAppFactory _app;

    public ApiTokenTests(SharedAppFactory app) => _app = app;

    private async Task<HttpStatusCode> CallWithAsync(string token)
    {
        var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync("/api/v1/jobs")).StatusCode;
    }

    [Fact]
    public async Task A_personal_token_works_until_it_is_revoked()
    {
        var tokens = _app.Service<ApiTokenService>();
        var created = await tokens.CreateAsync("nightly-export", "owner:test", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, await CallWithAsync(created.PlainText));

        Assert.True(await tokens.RevokeAsync(created.Token.Id, "owner:test", CancellationToken.None));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallWithAsync(created.PlainText));
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_hashes_and_record_their_last_use()
    {
        var created = await _app.Service<ApiTokenService>().CreateAsync("hash-check", "owner:test", CancellationToken.None);
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
        var tokens = _app.Service<ApiTokenService>();
        var created = await tokens.CreateAsync("audited-token", "owner:test", CancellationToken.None);
        await tokens.RevokeAsync(created.Token.Id, "owner:test", CancellationToken.None);

        var audit = await _app.Service<AuditLog>().QueryAsync(new AuditQuery(Text: "audited-token"), CancellationToken.None);

        Assert.Contains(audit.Items, e => e.Action == AuditActions.TokenCreated);
        Assert.Contains(audit.Items, e => e.Action == AuditActions.TokenRevoked);
        Assert.DoesNotContain(audit.Items, e => e.Details!.Contains(created.PlainText, StringComparison.Ordinal));
    }
}
