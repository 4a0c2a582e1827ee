using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SellerConsole.Scoring;
using SellerConsole.Scoring.Api;
using SellerConsole.Scoring.Data;
using SellerConsole.Tests.Scoring.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Scoring.Api;

public sealed class ScoringApiTests : IClassFixture<SharedAppFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SellerAppFactory _app;

    public ScoringApiTests(SharedAppFactory app) => _app = app;

    private HttpClient Client()
    {
        var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SellerAppFactory.BootstrapToken);
        return client;
    }

    private static ScoreRequestDto Request(ListingContent c) => new(
        c.Sku, c.Asin, c.Brand, c.Category, c.Title, c.Bullets, c.Description, c.SearchTerms,
        c.Images?.Select(i => i is null ? null : new ScoreImageDto(i.Width, i.Height, i.WhiteBackground)).ToList(),
        c.HasAPlusContent, c.Rating, c.ReviewCount, c.OurPrice, c.BuyBoxPrice, []);

    [Fact]
    public async Task Posted_content_gets_the_same_score_and_findings_as_the_scorer()
    {
        var content = ListingBuilder.Good() with { Title = ListingBuilder.GoodTitle.ToUpperInvariant(), Bullets = ["Only one"] };

        var response = await Client().PostAsJsonAsync("/api/v1/scoring/score", Request(content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dto = await response.Content.ReadFromJsonAsync<ScoreResultDto>(Json);
        var expected = Scored.Of(content);
        Assert.Equal(expected.Score, dto!.Score);
        Assert.Equal(expected.Findings.Select(f => (f.RuleId, f.Severity.ToString(), f.PointsLost)), dto.Findings.Select(f => (f.RuleId, f.Severity, f.PointsLost)));
        Assert.Contains(dto.Findings, f => f.RuleId == RuleIds.TitleAllCaps && f.Fix.Length > 0 && f.Evidence.Length > 0);
    }

    [Theory]
    [InlineData("{\"title\": ", "Malformed")]
    [InlineData("null", "not null")]
    [InlineData("{\"title\": 42}", "title")]
    [InlineData("{\"images\": [{\"width\": \"big\"}]}", "width")]
    [InlineData("[1, 2]", "JSON object")]
    public async Task Malformed_content_is_a_problem_details_400_that_says_what_is_wrong(string body, string mentions)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await Client().PostAsync("/api/v1/scoring/score", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var text = problem.GetProperty("title").GetString() + " " + problem.GetProperty("detail").GetString();
        Assert.Contains(mentions, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400_and_hostile_but_valid_content_gets_findings()
    {
        using var invalid = new ByteArrayContent([.. "{\"title\": \""u8, 0xC3, 0x28, .. "\"}"u8]);
        invalid.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var huge = new string('A', 500_000); // well past any listing field, inside the 1 MiB body limit (BodyLimits.Default)

        var bad = await Client().PostAsync("/api/v1/scoring/score", invalid);
        var hostile = await Client().PostAsJsonAsync("/api/v1/scoring/score", new { title = "🔨🔨🔨", bullets = new[] { huge, null }, searchTerms = "\ud800 x" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hostile.StatusCode);
        var dto = await hostile.Content.ReadFromJsonAsync<ScoreResultDto>(Json);
        Assert.InRange(dto!.Score, 0m, 100m);
        Assert.Contains(dto.Findings, f => f.RuleId == RuleIds.BulletsLength);
    }

    [Fact]
    public async Task A_stored_listing_score_has_findings_benchmark_and_history_and_an_unknown_sku_is_404()
    {
        await _app.SeedAsync(CatalogSeed.Listing(901));
        await _app.Service<ScoringService>().RescoreAsync(["SKU-00901"], default);

        var found = await Client().GetAsync("/api/v1/listings/SKU-00901/score");
        var missing = await Client().GetAsync("/api/v1/listings/NOPE/score");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var dto = await found.Content.ReadFromJsonAsync<ListingScoreDto>(Json);
        var view = await _app.Service<ScoringStore>().FindAsync("SKU-00901", default);
        Assert.Equal((view!.Score, view.Card.Findings.Count), (dto!.Score, dto.Findings.Count));
        Assert.Equal(dto.Findings.OrderByDescending(f => f.PointsLost).Select(f => f.PointsLost), dto.Findings.Select(f => f.PointsLost));
        Assert.Single(dto.History);
        Assert.NotNull(dto.Benchmark);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_scoring_endpoints_are_in_the_openapi_document()
    {
        var document = await Client().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/scoring/score\"", document);
        Assert.Contains("\"/api/v1/listings/{sku}/score\"", document);
        Assert.Contains("ScoreRequestDto", document);
    }

    [Fact]
    public async Task The_api_needs_a_token()
    {
        var response = await _app.CreateAnonymousClient().PostAsJsonAsync("/api/v1/scoring/score", new { title = "x" });

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, response.StatusCode.ToString());
    }
}
