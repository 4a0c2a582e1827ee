using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SellerConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class OrdersFiltersTests
{
    [Fact]
    public async Task Orders_are_searched_as_you_type_filters_survive_a_reload_and_the_export_takes_them()
    {
        await using var app = await RunningApp.StartWithOwnerAsync(new Dictionary<string, string> { ["Sandbox:Listings"] = "40" });
        using var http = app.CreateApiClient();
        (await http.PostAsync("/api/v1/marketplace/sync?syncs=orders", null)).EnsureSuccessStatusCode();
        var (total, orderId, status) = await WaitForOrdersAsync(http);

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.DiagnoseAsync(app, async () =>
        {
            await browser.SignInAsOwnerAsync(app);
            await page.GotoAsync($"{app.BaseUrl}/orders");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            var count = page.Locator("[data-testid=orders-total]");
            await Expect(count).ToHaveTextAsync($"{total:N0} order(s)");

            await page.Locator("input[data-testid=orders-search], [data-testid=orders-search] input").First.PressSequentiallyAsync(orderId);
            await Expect(count).ToHaveTextAsync("1 order(s)");
            await Expect(page.Locator("[data-testid=orders-id]")).ToHaveTextAsync(orderId);
            await Expect(page).ToHaveURLAsync(new Regex($"[?&]q={Regex.Escape(orderId)}"));

            await page.ReloadAsync();
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(count).ToHaveTextAsync("1 order(s)");
            Assert.Equal(orderId, await page.Locator("input[data-testid=orders-search], [data-testid=orders-search] input").First.InputValueAsync());
            Assert.Equal($"/api/v1/orders/export?q={orderId}", await page.Locator("[data-testid=orders-export]").GetAttributeAsync("href"));

            // A shared link with a status and a date range opens filtered, and its export is the same rows.
            var shipped = await TotalAsync(http, $"status={status}");
            await page.GotoAsync($"{app.BaseUrl}/orders?status={status}&from=2000-01-01");
            await Expect(count).ToHaveTextAsync($"{shipped:N0} order(s)");
            Assert.True(shipped > 0, $"no {status} orders");
            var href = await page.Locator("[data-testid=orders-export]").GetAttributeAsync("href");
            Assert.Equal($"/api/v1/orders/export?status={status}&from=2000-01-01", href);
            var csv = await http.GetStringAsync(href);
            Assert.Equal(shipped, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());
            Assert.True(browser.Errors.Count == 0, string.Join("\n", browser.Errors));
        });
    }

    private static async Task<int> TotalAsync(HttpClient http, string query)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/orders?{query}&pageSize=1"));
        return doc.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<(int Total, string FirstId, string Status)> WaitForOrdersAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            using var status = JsonDocument.Parse(await http.GetStringAsync("/api/v1/marketplace/status"));
            var done = status.RootElement.GetProperty("syncs").EnumerateArray()
                .Any(x => x.GetProperty("name").GetString() == "orders" && x.GetProperty("lastSuccessUtc").ValueKind == JsonValueKind.String);
            if (done)
            {
                using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v1/orders?pageSize=1"));
                var first = doc.RootElement.GetProperty("items")[0];
                return (doc.RootElement.GetProperty("total").GetInt32(), first.GetProperty("amazonOrderId").GetString()!, first.GetProperty("status").GetString()!);
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The orders sync never finished");
            await Task.Delay(500);
        }
    }
}
