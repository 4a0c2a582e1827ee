using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

public sealed class ReportsTests(ReportsTests.App shared) : IClassFixture<ReportsTests.App>
{
    private static readonly Encoding Cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private readonly SandboxApp _app = shared.Sandbox;

    /// <summary>44 listings: the first world of the default seed with titles using ¦ (in Windows-1252) and emoji (not in it).</summary>
    public sealed class App : IDisposable
    {
        public SandboxApp Sandbox { get; } = new(new Dictionary<string, string?> { ["Sandbox:Listings"] = "44" });

        public void Dispose() => Sandbox.Dispose();
    }

    [Fact]
    public async Task An_all_listings_report_queues_processes_and_downloads_gzipped_in_windows_1252()
    {
        _app.Advance(TimeSpan.FromHours(1)); // createReport and getReportDocument refill one call a minute
        var client = await _app.ClientAsync();
        var world = await _app.WorldAsync();

        var created = await client.JsonAsync(HttpMethod.Post, "/reports/2021-06-30/reports",
            $$"""{"reportType":"GET_MERCHANT_LISTINGS_ALL_DATA","marketplaceIds":["{{SandboxClient.Uk}}"]}""", HttpStatusCode.Accepted);
        var reportId = created.GetProperty("reportId").GetString()!;
        var path = $"/reports/2021-06-30/reports/{reportId}";

        var queued = await client.GetAsync(path);
        Assert.Equal("IN_QUEUE", queued.GetProperty("processingStatus").GetString());
        Assert.Equal("GET_MERCHANT_LISTINGS_ALL_DATA", queued.GetProperty("reportType").GetString());
        Assert.False(queued.TryGetProperty("reportDocumentId", out _));
        _app.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("IN_PROGRESS", (await client.GetAsync(path)).GetProperty("processingStatus").GetString());
        _app.Advance(TimeSpan.FromSeconds(3));
        var done = await client.GetAsync(path);
        Assert.Equal("DONE", done.GetProperty("processingStatus").GetString());
        var documentId = done.GetProperty("reportDocumentId").GetString()!;

        var document = await client.GetAsync($"/reports/2021-06-30/documents/{Uri.EscapeDataString(documentId)}");
        Assert.Equal(documentId, document.GetProperty("reportDocumentId").GetString());
        Assert.Equal("GZIP", document.GetProperty("compressionAlgorithm").GetString());
        var url = new Uri(document.GetProperty("url").GetString()!);
        Assert.StartsWith("/sandbox/documents/", url.AbsolutePath);
        Assert.Contains("X-Amz-Signature=", url.Query);

        using var download = await client.Http.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("Cp1252", download.Content.Headers.ContentType?.CharSet);
        var raw = Gunzip(await download.Content.ReadAsByteArrayAsync());
        var lines = Cp1252.GetString(raw).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split('\t');
        Assert.Equal(29, header.Length);
        Assert.Equal(["item-name", "item-description", "listing-id", "seller-sku", "price", "quantity"], header.Take(6));
        Assert.Equal("status", header[^1]);
        var sim = world.Simulation;
        Assert.Equal(sim.ListingCount, lines.Length - 1);
        var rows = lines.Skip(1).Select(l => l.Split('\t')).ToDictionary(r => r[Array.IndexOf(header, "seller-sku")]);
        foreach (var listing in sim.Catalogue)
        {
            var row = rows[listing.Sku];
            Assert.Equal(29, row.Length);
            Assert.Equal(listing.Asin, row[Array.IndexOf(header, "asin1")]);
            Assert.Equal(world.OurOffer(sim.GetListingBySku(listing.Sku)!).Price.ToString("0.00", CultureInfo.InvariantCulture), row[Array.IndexOf(header, "price")]);
            Assert.Equal(Cp1252.GetString(Cp1252.GetBytes(listing.Content.Title)), row[0]);
        }
        // A character Windows-1252 has (¦, like £) is one byte, never a UTF-8 sequence; one it lacks (emoji) becomes '?'.
        var pipe = sim.Catalogue.First(l => l.Content.Title.Contains('¦', StringComparison.Ordinal));
        Assert.Contains((byte)0xA6, raw);
        Assert.DoesNotContain("\u00C2\u00A6", Cp1252.GetString(raw), StringComparison.Ordinal);
        Assert.Equal(pipe.Content.Title, rows[pipe.Sku][0]);
        var emoji = sim.Catalogue.First(l => l.Content.Title.Any(char.IsSurrogate));
        Assert.StartsWith("?", rows[emoji.Sku][0]);
    }

    [Fact]
    public async Task A_document_url_expires_after_five_minutes_and_a_forged_one_never_works()
    {
        _app.Advance(TimeSpan.FromHours(1));
        var client = await _app.ClientAsync();
        await _app.WorldAsync();
        var reportId = (await client.JsonAsync(HttpMethod.Post, "/reports/2021-06-30/reports",
            $$"""{"reportType":"GET_MERCHANT_LISTINGS_ALL_DATA","marketplaceIds":["{{SandboxClient.Uk}}"]}""", HttpStatusCode.Accepted)).GetProperty("reportId").GetString();
        _app.Advance(TimeSpan.FromSeconds(5));
        var documentId = (await client.GetAsync($"/reports/2021-06-30/reports/{reportId}")).GetProperty("reportDocumentId").GetString()!;
        var url = new Uri((await client.GetAsync($"/reports/2021-06-30/documents/{Uri.EscapeDataString(documentId)}")).GetProperty("url").GetString()!);

        var forged = url.PathAndQuery[..^4] + "0000";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(forged)).StatusCode);
        _app.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(url.PathAndQuery)).StatusCode);
        _app.Advance(TimeSpan.FromSeconds(1));
        var expired = await client.Http.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Contains("<Code>AccessDenied</Code>", await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_report_types_and_unknown_reports_are_refused()
    {
        _app.Advance(TimeSpan.FromHours(1));
        var client = await _app.ClientAsync();

        await client.JsonAsync(HttpMethod.Post, "/reports/2021-06-30/reports",
            $$"""{"reportType":"GET_FLAT_FILE_OPEN_LISTINGS_DATA","marketplaceIds":["{{SandboxClient.Uk}}"]}""", HttpStatusCode.BadRequest);
        await client.JsonAsync(HttpMethod.Post, "/reports/2021-06-30/reports", """{"reportType":"GET_MERCHANT_LISTINGS_ALL_DATA","marketplaceIds":[]}""", HttpStatusCode.BadRequest);
        await client.GetAsync("/reports/2021-06-30/reports/123", HttpStatusCode.NotFound);
        await client.GetAsync("/reports/2021-06-30/documents/amzn1.spdoc.nothing", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_orders_report_holds_the_window_s_orders_as_searchOrders_serves_them_one_row_per_item()
    {
        _app.Advance(TimeSpan.FromHours(1));
        var client = await _app.ClientAsync();
        var world = await _app.WorldAsync();
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var (from, to) = (now.AddDays(-10), now.AddMinutes(-5));
        static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        await client.JsonAsync(HttpMethod.Post, "/reports/2021-06-30/reports",
            $$"""{"reportType":"GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL","marketplaceIds":["{{SandboxClient.Uk}}"],"dataStartTime":"{{Iso(to)}}","dataEndTime":"{{Iso(from)}}"}""",
            HttpStatusCode.BadRequest);
        var created = await client.JsonAsync(HttpMethod.Post, "/reports/2021-06-30/reports",
            $$"""{"reportType":"GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL","marketplaceIds":["{{SandboxClient.Uk}}"],"dataStartTime":"{{Iso(from)}}","dataEndTime":"{{Iso(to)}}"}""",
            HttpStatusCode.Accepted);
        var path = $"/reports/2021-06-30/reports/{created.GetProperty("reportId").GetString()}";
        _app.Advance(TimeSpan.FromSeconds(5));
        var done = await client.GetAsync(path);
        Assert.Equal(("DONE", Iso(from), Iso(to)), (done.GetProperty("processingStatus").GetString(), done.GetProperty("dataStartTime").GetString(), done.GetProperty("dataEndTime").GetString()));
        var document = await client.GetAsync($"/reports/2021-06-30/documents/{Uri.EscapeDataString(done.GetProperty("reportDocumentId").GetString()!)}");
        using var download = await client.Http.GetAsync(new Uri(document.GetProperty("url").GetString()!).PathAndQuery);
        Assert.Equal("UTF-8", download.Content.Headers.ContentType?.CharSet);
        var lines = Encoding.UTF8.GetString(Gunzip(await download.Content.ReadAsByteArrayAsync())).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split('\t').Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i);
        var rows = lines.Skip(1).Select(l => l.Split('\t')).ToList();

        var expected = world.Simulation.GetOrdersUpdated(from, to.AddSeconds(1), 0, 10_000).Items;
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Sum(o => o.Items.Count), rows.Count);
        Assert.Equal(expected.Select(o => o.AmazonOrderId), rows.Select(r => r[header["amazon-order-id"]]));
        foreach (var (order, row) in expected.Zip(rows))
        {
            var pending = order.Status == SellerConsole.Marketplace.Sandbox.Simulation.OrderStatus.Pending;
            Assert.Equal(pending ? "" : order.Items[0].ItemPrice.ToString("0.00", CultureInfo.InvariantCulture), row[header["item-price"]]);
            Assert.Equal(order.Items[0].Sku, row[header["sku"]]);
            Assert.Equal(order.LastUpdatedUtc, DateTimeOffset.Parse(row[header["last-updated-date"]], CultureInfo.InvariantCulture).UtcDateTime);
        }
    }

    [Fact]
    public async Task A_report_type_set_to_fail_ends_FATAL_without_a_document()
    {
        _app.Advance(TimeSpan.FromHours(1));
        var client = await _app.ClientAsync();
        var faults = _app.Service<SellerConsole.Marketplace.Sandbox.Http.SandboxFaults>();
        faults.FailReports("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL");
        try
        {
            var created = await client.JsonAsync(HttpMethod.Post, "/reports/2021-06-30/reports",
                $$"""{"reportType":"GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL","marketplaceIds":["{{SandboxClient.Uk}}"]}""", HttpStatusCode.Accepted);
            _app.Advance(TimeSpan.FromSeconds(5));
            var report = await client.GetAsync($"/reports/2021-06-30/reports/{created.GetProperty("reportId").GetString()}");
            Assert.Equal("FATAL", report.GetProperty("processingStatus").GetString());
            Assert.False(report.TryGetProperty("reportDocumentId", out _));
        }
        finally
        {
            faults.Clear();
        }
    }

    private static byte[] Gunzip(byte[] gzipped)
    {
        using var gzip = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }
}
