using System.Net;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class PublishedAppTests
{
    [Fact]
    public async Task The_published_app_in_production_serves_every_script_and_stylesheet_and_its_pages_go_interactive()
    {
        await using var app = await RunningApp.StartPublishedAsync(new Dictionary<string, string>
        {
            ["Owner:Email"] = RunningApp.OwnerEmail,
            ["Owner:Password"] = RunningApp.OwnerPassword,
        });

        // Every file the sign-in page links (Blazor's script, MudBlazor, ApexCharts, our own) is served.
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var html = await http.GetStringAsync("/login");
        var assets = AssetReference().Matches(html).Select(m => m.Groups["url"].Value).Where(u => !u.StartsWith("http", StringComparison.Ordinal)).ToList();
        Assert.Contains(assets, a => a.Contains("blazor.web", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("MudBlazor", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("apexcharts", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var response = await http.GetAsync("/" + asset.TrimStart('/'));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
        }

        await using var browser = await BrowserSession.StartAsync();
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await Expect(browser.Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Dashboard");
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    [GeneratedRegex("""(?:src|href)="(?<url>[^"]+\.(?:js|css))""")]
    private static partial Regex AssetReference();
}
