using System.Text.RegularExpressions;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Shell;

/// <summary>A new shop's dashboard: nothing has happened yet, so nothing is flagged.</summary>
public sealed partial class DashboardZeroTests
{
    [Fact]
    public async Task A_new_shop_s_zero_counts_are_neutral_and_an_empty_revenue_chart_says_so()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();

        var html = await client.GetStringAsync("/");

        foreach (var id in new[] { "cannot-sell", "margins-loss", "buybox-share" })
        {
            var tag = Tag(html, id);
            Assert.DoesNotMatch("mud-(warning|error)-text|sc-figure-warn", tag);
        }
        Assert.DoesNotMatch("sc-figure-warn", Figure(html, "card-alerts"));
        Assert.Contains("No sales in the last 30 days yet", html);
        Assert.Contains("data-testid=\"revenue-30-days-empty\"", html);
        Assert.DoesNotContain("data-testid=\"revenue-30-days\"", html);
    }

    [Fact]
    public async Task One_order_brings_the_revenue_chart_back()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();
        var placed = SellerAppFactory.DefaultStart.UtcDateTime.AddDays(-2);
        await CatalogSeed.AddAsync(app.Service<Microsoft.EntityFrameworkCore.IDbContextFactory<SellerConsole.Data.SellerDb>>(),
            [CatalogSeed.Order("202-0000001-0000001", placed, "Shipped", ("SKU-00001", 1, 1299))]);

        var html = await client.GetStringAsync("/");

        Assert.Contains("data-testid=\"revenue-30-days\"", html);
        Assert.DoesNotContain("revenue-30-days-empty", html);
    }

    private static string Tag(string html, string testId)
    {
        var match = Regex.Match(html, $"<[^>]*data-testid=\"{testId}\"[^>]*>");
        Assert.True(match.Success, $"no {testId} on the dashboard");
        return match.Value;
    }

    private static string Figure(string html, string cardId)
    {
        var start = html.IndexOf($"data-testid=\"{cardId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {cardId}");
        return FigureTag().Match(html, start).Value;
    }

    [GeneratedRegex("<div class=\"sc-figure[^\"]*\"")]
    private static partial Regex FigureTag();
}
