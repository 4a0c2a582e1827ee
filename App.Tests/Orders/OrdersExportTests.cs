using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Orders;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Orders;

public sealed class OrdersExportTests
{
    [Fact]
    public async Task The_export_is_utf8_with_a_bom_in_uk_dates_filtered_like_the_page_and_neutralises_formulas()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();
        var hostile = CatalogSeed.Order("202-0000001-0000001", new DateTime(2026, 7, 1, 23, 30, 0, DateTimeKind.Utc), "Shipped", ("=HYPERLINK(\"http://x\")", 2, 500));
        hostile.Lines[0].Title = "@SUM(A1) café drill";
        await CatalogSeed.AddAsync(app.Service<IDbContextFactory<SellerDb>>(),
        [
            hostile,
            CatalogSeed.Order("202-0000001-0000002", new DateTime(2026, 7, 2, 10, 0, 0, DateTimeKind.Utc), "Unshipped", ("+44-PLUG", 1, 1250), ("-DASH", 1, 100)),
            CatalogSeed.Order("202-0000001-0000003", new DateTime(2026, 7, 2, 11, 0, 0, DateTimeKind.Utc), "Canceled", ("C-1", 1, 9999)),
            CatalogSeed.Order("203-0000001-0000004", new DateTime(2026, 7, 4, 9, 0, 0, DateTimeKind.Utc), "Shipped", ("A-1", 1, 500)),
        ]);

        var response = await client.GetAsync("/api/v1/orders/export");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\n')).ToList();
        Assert.StartsWith("Order ID,Placed (UK),Status", lines[0]);
        Assert.Equal(6, lines.Count); // header + 5 order lines

        // 23:30 UTC on 1 July is 00:30 on 2 July in London; formulas get an apostrophe; a plain id does not.
        var first = lines.Single(l => l.StartsWith("202-0000001-0000001", StringComparison.Ordinal));
        Assert.Contains("02/07/2026 00:30", first);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", first);
        Assert.Contains("'@SUM(A1) café drill", first);
        Assert.Contains(lines, l => l.Contains(",'+44-PLUG,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",'-DASH,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("203-0000001-0000004,04/07/2026 10:00,Shipped,MFN,A-1,", StringComparison.Ordinal));
        Assert.Contains("10.00", first); // 2 x £5.00, as a plain number

        // The page's filters: search (order id or SKU, any case), status, UK dates.
        Assert.Equal(2, await RowsAsync(client, "?q=plug"));
        Assert.Equal(1, await RowsAsync(client, "?q=203-"));
        Assert.Equal(2, await RowsAsync(client, "?status=Shipped"));
        Assert.Equal(4, await RowsAsync(client, "?from=2026-07-02&to=2026-07-02"));
        Assert.Equal(1, await RowsAsync(client, "?from=2026-07-03"));
    }

    [Fact]
    public async Task A_bad_date_is_a_problem_naming_the_field()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();

        var bad = await client.GetAsync("/api/v1/orders/export?from=07/12/2026");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("from", out _));

        var backwards = await client.GetAsync("/api/v1/orders/export?from=2026-07-05&to=2026-07-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("from", await backwards.Content.ReadAsStringAsync());
    }

    private static async Task<int> RowsAsync(HttpClient client, string query)
    {
        var text = Encoding.UTF8.GetString((await client.GetByteArrayAsync("/api/v1/orders/export" + query))[3..]);
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
    }
}
