using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Automation;

public sealed class RulesApiTests
{
    private const string LowStock = """
        {"name":"Low stock","enabled":false,
         "trigger":{"kind":"Threshold","field":"Stock","operator":"AtMost","value":"2"},
         "conditions":[{"field":"Brand","operator":"Is","value":"Timbermate"}],
         "actions":[{"kind":"RaiseAlert","severity":"Warning"},{"kind":"CallWebhook","url":"https://hooks.example.com/in"}],
         "cooldownMinutes":120}
        """;

    [Fact]
    public async Task Rules_are_created_tested_listed_changed_and_deleted_through_the_api()
    {
        using var app = new AutomationAppFactory();
        await CatalogSeed.AddAsync(app.Service<Microsoft.EntityFrameworkCore.IDbContextFactory<SellerConsole.Data.SellerDb>>(),
            Enumerable.Range(1, 20).Select(n => CatalogSeed.Listing(n)));
        using var client = Client(app);

        var created = await client.PostAsync("/api/v1/rules", Body(LowStock));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rule = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = rule.GetProperty("id").GetInt64();
        Assert.Equal(64, rule.GetProperty("webhookSecret").GetString()!.Length);
        Assert.Equal("Threshold", rule.GetProperty("definition").GetProperty("trigger").GetProperty("kind").GetString());

        // Stock at most 2 and brand Timbermate (n % 3 != 0): SKU-00001, SKU-00002, SKU-00010, SKU-00020.
        var test = await (await client.PostAsync($"/api/v1/rules/{id}/test", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, test.GetProperty("wouldFire").GetInt32());
        Assert.Equal(20, test.GetProperty("checked").GetInt32());
        var first = test.GetProperty("verdicts").EnumerateArray().First(v => v.GetProperty("fires").GetBoolean());
        Assert.Equal("would fire: stock 1 is at most 2; brand \"Timbermate\" is \"Timbermate\"", first.GetProperty("because").GetString());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/rules");
        Assert.False(list[0].TryGetProperty("webhookSecret", out _));
        Assert.False(list[0].GetProperty("enabled").GetBoolean());

        var on = await client.PutAsync($"/api/v1/rules/{id}", Body(LowStock.Replace("\"enabled\":false", "\"enabled\":true")));
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.Equal(1, await app.Service<SellerConsole.Automation.AutomationService>().CheckAsync(default));
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/rules/{id}/history");
        Assert.Equal(4, history[0].GetProperty("skuCount").GetInt32());
        Assert.Contains("SKU-00010: fires: stock 0 is at most 2; brand \"Timbermate\" is \"Timbermate\"",
            history[0].GetProperty("explanation").EnumerateArray().Select(e => e.GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/rules/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/rules/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("\"cooldownMinutes\":120", "\"cooldownMinutes\":0", "cooldownMinutes")]
    [InlineData("https://hooks.example.com/in", "https://169.254.169.254/latest", "actions[1].url")]
    [InlineData("https://hooks.example.com/in", "https://localhost/in", "actions[1].url")]
    [InlineData("\"value\":\"2\"", "\"value\":\"two\"", "trigger.value")]
    [InlineData("\"kind\":\"RaiseAlert\"", "\"kind\":\"Explode\"", "actions[0].kind")]
    [InlineData("\"name\":\"Low stock\"", "\"name\":\"\"", "name")]
    public async Task Bad_rules_are_refused_as_problem_details_naming_the_field(string from, string to, string field)
    {
        using var app = new AutomationAppFactory();
        using var client = Client(app);

        var response = await client.PostAsync("/api/v1/rules", Body(LowStock.Replace(from, to)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Empty(await app.Service<SellerConsole.Automation.Data.RuleStore>().ListAsync(default));
    }

    [Fact]
    public async Task The_rules_api_needs_a_token()
    {
        using var app = new AutomationAppFactory();
        using var anonymous = app.CreateAnonymousClient();

        var response = await anonymous.GetAsync("/api/v1/rules");

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, response.StatusCode.ToString());
    }

    private static HttpClient Client(AutomationAppFactory app)
    {
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SellerAppFactory.BootstrapToken);
        return client;
    }

    private static StringContent Body(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
