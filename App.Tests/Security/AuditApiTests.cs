using System.Net;
using System.Net.Http.Json;
using SellerConsole.Api;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

public sealed class AuditApiTests
{
    [Fact]
    public async Task The_audit_log_filters_by_action_and_pages_newest_first()
    {
        using var app = new SellerAppFactory();
        var audit = app.Service<AuditLog>();
        for (var i = 0; i < 7; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            await audit.WriteAsync("owner:test", AuditActions.SettingsChanged, $"change {i}", null);
        }
        await audit.WriteAsync("owner:test", AuditActions.TokenCreated, "other", null);
        var client = await app.CreateSignedInClientAsync();

        var page = await client.GetFromJsonAsync<PagedDto<AuditEntryDto>>("/api/v1/audit?action=settings.changed&page=2&pageSize=3");

        Assert.NotNull(page);
        Assert.Equal(7, page.Total);
        Assert.Equal(["change 3", "change 2", "change 1"], page.Items.Select(e => e.Target));
    }

    [Fact]
    public async Task Sign_ins_are_audited_with_the_address_and_visible_through_the_api()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();

        var response = await client.GetAsync("/api/v1/audit?action=auth.sign-in");
        var page = await response.Content.ReadFromJsonAsync<PagedDto<AuditEntryDto>>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(page!.Items);
        Assert.Equal(Actor.ForOwner(SellerAppFactory.OwnerEmail), entry.Actor);
    }
}
