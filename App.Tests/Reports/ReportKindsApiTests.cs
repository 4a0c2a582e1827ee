using System.Net;
using System.Text.Json;
using SellerConsole.Reports;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Reports;

/// <summary>Every report kind through the one API on an empty shop: each says in words that it has no data, and refuses what it does not take.</summary>
public sealed class ReportKindsApiTests(SharedAppFactory app) : IClassFixture<SharedAppFactory>
{
    [Fact]
    public void Every_report_is_a_kind_in_the_issues_order_and_only_profit_takes_a_grouping()
    {
        var kinds = app.Service<IEnumerable<IReportKind>>().ToList();

        Assert.Equal(["profit", "repricing", "listing-health", "competition", "catalogue"], kinds.Select(k => k.Kind));
        Assert.All(kinds, k => Assert.False(string.IsNullOrWhiteSpace(k.Description)));
        Assert.Equal(["by"], kinds.SelectMany(k => k.Options).Select(o => o.Name));
    }

    [Theory]
    [InlineData("repricing", "No repricing data: the repricer has not decided any price yet.")]
    [InlineData("listing-health", "No listing health data: no listing has been scored yet.")]
    [InlineData("competition", "No competition data for this period")]
    public async Task An_empty_shop_gets_a_report_that_says_it_has_no_data(string kind, string words)
    {
        var client = await app.CreateSignedInClientAsync();

        var files = await ReportDownloads.GetAsync(client, $"/api/v1/reports/{kind}?from=2025-03-01&to=2025-03-07", $"{kind}-2025-03-01-to-2025-03-07");

        Assert.Contains(words, files.PdfText);
        Assert.InRange(files.PdfPages, 1, 2);
        Assert.True(files.CsvLines.Length > 3);
        Assert.NotEmpty(files.Workbook.GetProperty("sheets").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, files.Json.ValueKind);
    }

    [Theory]
    [InlineData("repricing")]
    [InlineData("listing-health")]
    [InlineData("competition")]
    public async Task A_grouping_is_refused_by_the_reports_that_have_none(string kind)
    {
        var client = await app.CreateSignedInClientAsync();

        var response = await client.GetAsync($"/api/v1/reports/{kind}?from=2025-03-01&to=2025-03-07&by=sku");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"The {kind} report has no grouping; leave 'by' out.", problem.RootElement.GetProperty("errors").GetProperty("by")[0].GetString());
    }

    [Fact]
    public async Task Profit_groups_by_week_through_the_same_route_and_names_a_bad_grouping()
    {
        var client = await app.CreateSignedInClientAsync();

        using var week = JsonDocument.Parse(await client.GetStringAsync("/api/v1/reports/profit?from=2025-03-03&to=2025-03-16&by=WEEK"));
        var bad = await client.GetAsync("/api/v1/reports/profit?from=2025-03-03&to=2025-03-16&by=year");

        Assert.Equal("week", week.RootElement.GetProperty("by").GetString());
        Assert.Equal(["2025-03-03", "2025-03-10"], week.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Equal("'year' is not a grouping; use one of: sku, day, week, month.", problem.RootElement.GetProperty("errors").GetProperty("by")[0].GetString());
    }
}
