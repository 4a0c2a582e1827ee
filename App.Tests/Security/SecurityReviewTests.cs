using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

/// <summary>
/// The security review's checks, run on every build. Routes come from the app itself (the OpenAPI document
/// and every routable component found by reflection), so a new API route or page is covered the day it is
/// added, without anyone remembering to list it here.
/// </summary>
public sealed class SecurityReviewTests : IClassFixture<SharedAppFactory>
{
    /// <summary>Pages anyone may open: sign-in, first-run setup (a 404 once the owner exists), and the error pages.</summary>
    private static readonly HashSet<string> PublicPages = ["/login", "/setup", "/error", "/not-found"];

    private readonly SellerAppFactory _app;

    public SecurityReviewTests(SharedAppFactory app) => _app = app;

    private sealed record ApiRoute(string Method, string Template, string Url);

    private async Task<IReadOnlyList<ApiRoute>> ApiRoutesAsync()
    {
        var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SellerAppFactory.BootstrapToken);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var routes = new List<ApiRoute>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                routes.Add(new ApiRoute(operation.Name.ToUpperInvariant(), path.Name, SampleUrl(path.Name, operation.Value)));
            }
        }
        Assert.True(routes.Count > 20, $"only {routes.Count} routes in the OpenAPI document");
        return routes;
    }

    /// <summary>Path parameters filled with a value of the declared type, so the request reaches the endpoint's policy.</summary>
    private static string SampleUrl(string template, JsonElement operation)
    {
        var url = template;
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var p in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path"))
            {
                var type = p.TryGetProperty("schema", out var schema) && schema.TryGetProperty("type", out var t) ? t.ToString() : "string";
                var sample = type.Contains("integer", StringComparison.Ordinal) ? "1" : p.GetProperty("name").GetString() == "name" ? "backup" : "sample";
                url = url.Replace("{" + p.GetProperty("name").GetString() + "}", sample, StringComparison.Ordinal);
            }
        }
        return url;
    }

    private static IReadOnlyList<(string Route, bool AllowsAnonymous)> PageRoutes() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (r.Template, t.GetCustomAttribute<AllowAnonymousAttribute>() is not null)))
            .ToList();

    private static string SamplePage(string template) =>
        string.Join('/', template.Split('/').Select(s => s.StartsWith('{') ? (s.Contains(":int", StringComparison.Ordinal) ? "1" : "SAMPLE-1") : s));

    [Fact]
    public async Task Every_route_in_the_openapi_document_refuses_an_anonymous_caller_with_a_401_problem()
    {
        var anonymous = _app.CreateAnonymousClient();
        var failures = new List<string>();
        foreach (var route in await ApiRoutesAsync())
        {
            using var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), route.Url));
            if (response.StatusCode != HttpStatusCode.Unauthorized || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{route.Method} {route.Url} -> {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, "Answered without signing in:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_page_sends_an_anonymous_visitor_to_sign_in_except_the_public_ones()
    {
        var anonymous = _app.CreateAnonymousClient();
        var pages = PageRoutes();
        Assert.Contains(pages, p => p.Route == "/settings");
        Assert.Contains(pages, p => p.Route == "/catalogue/{Sku}");

        var failures = new List<string>();
        foreach (var (route, allowsAnonymous) in pages)
        {
            if (allowsAnonymous != PublicPages.Contains(route))
            {
                failures.Add($"{route}: [AllowAnonymous] is {allowsAnonymous} but it is {(PublicPages.Contains(route) ? "" : "not ")}on the public list");
                continue;
            }
            if (allowsAnonymous)
            {
                continue;
            }
            using var response = await anonymous.GetAsync(SamplePage(route));
            if (response.StatusCode != HttpStatusCode.Redirect || !response.Headers.Location!.ToString().Contains("/login?ReturnUrl=", StringComparison.Ordinal))
            {
                failures.Add($"{route} -> {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, "Pages open without signing in:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task No_page_renders_for_an_api_token()
    {
        var withToken = _app.CreateAnonymousClient();
        withToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SellerAppFactory.BootstrapToken);

        var rendered = new List<string>();
        foreach (var (route, allowsAnonymous) in PageRoutes().Where(p => !p.AllowsAnonymous))
        {
            using var response = await withToken.GetAsync(SamplePage(route));
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                rendered.Add($"{route} -> {(int)response.StatusCode}");
            }
        }

        Assert.True(rendered.Count == 0, "Pages that answered a bearer token:\n" + string.Join("\n", rendered));
    }

    [Fact]
    public async Task Every_state_changing_api_route_refuses_the_cookie_from_another_origin_and_a_read_only_token()
    {
        var cookie = await _app.CreateSignedInClientAsync();
        cookie.DefaultRequestHeaders.Remove("Origin");
        cookie.DefaultRequestHeaders.Add("Origin", "http://localhost:8081");
        var readOnly = await _app.Service<ApiTokenService>().IssueAsync(new TokenRequest("review-read-only", ApiTokenScope.ReadOnly, null), "owner:test", CancellationToken.None);
        var reader = _app.CreateAnonymousClient();
        reader.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", readOnly.PlainText);

        var writes = (await ApiRoutesAsync()).Where(r => r.Method != "GET").ToList();
        Assert.Contains(writes, r => r.Template == "/api/v1/jobs/{name}/run");
        var failures = new List<string>();
        foreach (var route in writes)
        {
            using var crossSite = await cookie.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), route.Url));
            using var readOnlyWrite = await reader.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), route.Url));
            if (crossSite.StatusCode != HttpStatusCode.Forbidden || !(await crossSite.Content.ReadAsStringAsync()).Contains("Cross-site request refused", StringComparison.Ordinal))
            {
                failures.Add($"cookie from another origin: {route.Method} {route.Url} -> {(int)crossSite.StatusCode}");
            }
            if (readOnlyWrite.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"read-only token: {route.Method} {route.Url} -> {(int)readOnlyWrite.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Sign_in_never_sends_the_owner_off_the_site()
    {
        using var app = new SellerAppFactory(new Dictionary<string, string?> { ["SignIn:PermitLimit"] = "100" });
        var client = app.CreateAnonymousClient();
        var offSite = new List<string>();
        foreach (var returnUrl in SignInTests.OffSite)
        {
            var response = await client.PostFormAsync("/login", "/account/login", new Dictionary<string, string>
            {
                ["Email"] = SellerAppFactory.OwnerEmail, ["Password"] = SellerAppFactory.OwnerPassword, ["ReturnUrl"] = returnUrl,
            });
            var location = response.Headers.Location?.OriginalString;
            if (location is not null && location != "/")
            {
                offSite.Add($"{returnUrl} -> {location}");
            }
        }

        Assert.True(offSite.Count == 0, "Redirected off the home page:\n" + string.Join("\n", offSite));
    }

    [Fact]
    public async Task An_upload_bomb_is_refused_with_a_422_that_names_the_limit()
    {
        var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SellerAppFactory.BootstrapToken);
        var file = new ByteArrayContent(SellerConsole.Tests.Costing.Import.HostileFiles.SharedStringsBomb(200));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        using var response = await client.PostAsync("/api/v1/costing/import/components", new MultipartFormDataContent { { file, "file", "parts.xlsx" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task No_secret_is_in_plain_text_anywhere_in_the_data_directory()
    {
        using var app = new SellerAppFactory();
        var secrets = new Dictionary<string, string>
        {
            ["owner password"] = SellerAppFactory.OwnerPassword,
            ["bootstrap token"] = SellerAppFactory.BootstrapToken,
            ["sandbox caller key"] = app.Service<SellerConsole.Marketplace.Sandbox.Http.SandboxCaller>().Key,
        };
        foreach (var field in SettingsCatalog.Groups.SelectMany(g => g.Fields.Select(f => (Group: g.Id, Field: f))).Where(x => x.Field.IsSecret))
        {
            var candidate = "S3cret" + Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray());
            var value = field.Field.Validate?.Invoke(candidate) is null ? candidate : "Atzr|" + candidate;
            var saved = await app.Service<SettingsStore>().SaveAsync(field.Group, new Dictionary<string, string?> { [field.Field.Key] = value }, "owner:test", CancellationToken.None);
            Assert.True(saved.Succeeded, $"{field.Field.Key}: {string.Join(", ", saved.Errors.Values)}");
            secrets[field.Field.Key] = value;
        }
        Assert.True(secrets.Count >= 6);
        var token = await app.Service<ApiTokenService>().IssueAsync(new TokenRequest("review-secret", ApiTokenScope.ReadWrite, null), "owner:test", CancellationToken.None);
        secrets["api token"] = token.PlainText;

        // Use them the way the owner does: sign in, call the API with the token, take a backup (which copies the database).
        var owner = await app.CreateSignedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/settings")).StatusCode);
        var api = app.CreateAnonymousClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.PlainText);
        var started = await api.PostAsync("/api/v1/jobs/backup/run", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var statusUrl = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("statusUrl").GetString()!;
        await Eventually.GetAsync(async () => JsonDocument.Parse(await api.GetStringAsync(statusUrl)).RootElement.GetProperty("outcome").GetString(),
            outcome => outcome != "Running", what: "the backup to finish");
        SqliteConnection.ClearAllPools();

        var files = Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.Contains("backups", StringComparison.Ordinal));
        var found = new List<string>();
        foreach (var file in files)
        {
            byte[] bytes;
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var copy = new MemoryStream())
            {
                await stream.CopyToAsync(copy);
                bytes = copy.ToArray();
            }
            found.AddRange(secrets.Where(s => DatabaseFiles.Contains(bytes, s.Value)).Select(s => $"{s.Key} in {Path.GetRelativePath(app.DataDirectory, file)}"));
        }

        Assert.True(found.Count == 0, "Plain-text secrets on disk:\n" + string.Join("\n", found));
    }
}
