using System.Net;
using System.Text.Json;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Api;

public sealed class HealthAndOpenApiTests : IClassFixture<SharedAppFactory>
{
    private readonly SharedAppFactory _app;

    public HealthAndOpenApiTests(SharedAppFactory app) => _app = app;

    [Fact]
    public async Task Healthz_is_public_and_reports_the_database_and_the_disabled_scheduler()
    {
        var response = await _app.CreateAnonymousClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("ok", body.RootElement.GetProperty("database").GetString());
        Assert.Equal("disabled", body.RootElement.GetProperty("scheduler").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_v1_route_and_the_bearer_scheme()
    {
        var client = await _app.CreateSignedInClientAsync();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/jobs", paths);
        Assert.Contains("/api/v1/jobs/{name}/run", paths);
        Assert.Contains("/api/v1/audit", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/account", StringComparison.Ordinal));
        Assert.Equal("bearer", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
    }
}
