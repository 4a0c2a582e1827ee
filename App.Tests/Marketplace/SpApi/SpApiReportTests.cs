using System.Text;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiReportTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static ReportFileBuilder TwoListings() => new ReportFileBuilder()
        .Listing("FF-SD32", "Forgefast Screwdriver Set £ value", "24.99")
        .Listing("FF-CAFÉ", "Café Spirit Level – Ångström edition", "9.5", ("quantity", ""), ("status", "Inactive"), ("open-date", "14/01/2025 08:00:00 GMT"));

    private static async Task<(IReadOnlyList<MerchantListingRow> Rows, List<ReportProgress> Progress)> Download(SpApiHarness h)
    {
        var progress = new List<ReportProgress>();
        var rows = await h.Drive(h.Client.DownloadAllListingsReportAsync(new SyncProgress(progress)), TimeSpan.FromSeconds(5));
        return (rows, progress);
    }

    [Fact]
    public async Task A_gzipped_utf8_report_is_polled_downloaded_without_the_token_and_parsed()
    {
        using var h = new SpApiHarness();
        h.Handler.Report("GZIP", "IN_QUEUE", "IN_PROGRESS", "DONE")
            .Once(HttpMethod.Get, ReportScript.DocumentPath, _ => ReportFileBuilder.Document(
                ReportFileBuilder.Gzip(TwoListings().Bytes(new UTF8Encoding(true))), "text/plain"));

        var (rows, progress) = await Download(h);

        Assert.Equal(2, rows.Count);
        var first = rows[0];
        Assert.Equal((2, "FF-SD32", "B0CX23V2ZK", "Forgefast Screwdriver Set £ value"), (first.LineNumber, first.SellerSku, first.Asin, first.ItemName));
        Assert.Equal((24.99m, 12, 0), (first.Price, first.Quantity, first.PendingQuantity));
        Assert.Equal(new DateTime(2024, 6, 14, 9, 32, 45, DateTimeKind.Utc), first.OpenDateUtc);
        Assert.Equal(("1", "B0CX23V2ZK", "11", "DEFAULT", "Migrated Template", "Active"),
            (first.ProductIdType, first.ProductId, first.ItemCondition, first.FulfillmentChannel, first.MerchantShippingGroup, first.Status));
        Assert.Equal("https://m.media-amazon.com/images/I/61main.jpg", first.ImageUrl);
        Assert.Equal(("FF-CAFÉ", "Café Spirit Level – Ångström edition", 9.5m, null, "Inactive"),
            (rows[1].SellerSku, rows[1].ItemName, rows[1].Price, rows[1].Quantity, rows[1].Status));
        Assert.Equal(new DateTime(2025, 1, 14, 8, 0, 0, DateTimeKind.Utc), rows[1].OpenDateUtc);
        var download = Assert.Single(h.Handler.To(ReportScript.DocumentPath));
        Assert.Null(download.AccessToken);
        Assert.Equal("0f1e2d", download.Query["X-Amz-Signature"]);
        Assert.Equal("""{"reportType":"GET_MERCHANT_LISTINGS_ALL_DATA","marketplaceIds":["A1F83G8C2ARO7P"]}""", h.Handler.To(ReportScript.CreatePath)[0].Body);
        var polls = h.Handler.To(ReportScript.ReportPath);
        Assert.Equal(3, polls.Count);
        Assert.True(polls[1].At - polls[0].At >= TimeSpan.FromSeconds(30), "polls wait the poll interval");
        Assert.Equal([ReportStage.Requested, ReportStage.Waiting, ReportStage.Waiting, ReportStage.Downloading, ReportStage.Parsing, ReportStage.Done],
            progress.Select(p => p.Stage));
        Assert.Equal(2, progress[^1].Rows);
    }

    [Fact]
    public async Task A_plain_body_labelled_gzip_is_read_as_plain()
    {
        using var h = new SpApiHarness();
        h.Handler.Report("GZIP", "DONE")
            .Once(HttpMethod.Get, ReportScript.DocumentPath, _ => ReportFileBuilder.Document(TwoListings().Bytes(Encoding.UTF8), "text/plain"));

        var (rows, _) = await Download(h);

        Assert.Equal(["FF-SD32", "FF-CAFÉ"], rows.Select(r => r.SellerSku));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain;charset=Cp1252")]
    [InlineData("text/plain; charset=windows-1252")]
    [InlineData("text/plain; charset=ISO-8859-1")]
    public async Task A_windows_1252_report_keeps_its_pound_signs_and_accents(string? contentType)
    {
        using var h = new SpApiHarness();
        h.Handler.Report("", "DONE")
            .Once(HttpMethod.Get, ReportScript.DocumentPath, _ => ReportFileBuilder.Document(TwoListings().Bytes(Windows1252), contentType));

        var (rows, _) = await Download(h);

        Assert.Equal("Forgefast Screwdriver Set £ value", rows[0].ItemName);
        Assert.Equal(("FF-CAFÉ", "Café Spirit Level – Ångström edition"), (rows[1].SellerSku, rows[1].ItemName));
    }

    [Fact]
    public async Task A_cancelled_report_has_no_rows_and_no_document()
    {
        using var h = new SpApiHarness();
        h.Handler.Report("", "IN_QUEUE", "CANCELLED");

        var (rows, progress) = await Download(h);

        Assert.Empty(rows);
        Assert.Equal(0, h.Handler.Count("/reports/2021-06-30/documents/*"));
        Assert.Equal((ReportStage.Done, "CANCELLED"), (progress[^1].Stage, progress[^1].ProcessingStatus));
    }

    [Fact]
    public async Task A_fatal_report_is_an_exception()
    {
        using var h = new SpApiHarness();
        h.Handler.Report("", "IN_PROGRESS", "FATAL");

        var error = await Assert.ThrowsAsync<SpApiException>(() => Download(h));

        Assert.Equal(("getReport", "FATAL"), (error.Operation, error.ErrorCode));
        Assert.Contains(ReportScript.ReportId, error.Message);
    }

    [Fact]
    public async Task A_bad_value_fails_the_report_naming_its_line()
    {
        using var h = new SpApiHarness();
        var file = TwoListings().Listing("FF-BAD", "Broken", "12,99.x");
        h.Handler.Report("", "DONE").Once(HttpMethod.Get, ReportScript.DocumentPath, _ => ReportFileBuilder.Document(file.Bytes(Encoding.UTF8), "text/plain"));

        var error = await Assert.ThrowsAsync<SpApiException>(() => Download(h));

        Assert.Contains("line 4: price '12,99.x' is not a number", error.Message);
    }

    [Fact]
    public void Missing_optional_columns_are_null_and_column_order_does_not_matter()
    {
        var text = new ReportFileBuilder("price", "seller-sku", "status").Row(("seller-sku", "ONLY-SKU"), ("price", "3.10"), ("status", "Active")).Text();

        var row = Assert.Single(MerchantListingsParser.Parse(text));

        Assert.Equal(("ONLY-SKU", 3.10m, "Active"), (row.SellerSku, row.Price, row.Status));
        Assert.Null(row.Asin);
        Assert.Null(row.Quantity);
        Assert.Null(row.OpenDateUtc);
    }

    [Fact]
    public void A_file_without_a_sku_column_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => MerchantListingsParser.Parse("item-name\tprice\r\nx\t1\r\n"));

        Assert.StartsWith("line 1: no seller-sku column", error.Message);
    }

    [Theory]
    [InlineData("2024-06-14 10:32:45 BST", "2024-06-14T09:32:45")]
    [InlineData("2024-01-14 10:32:45 GMT", "2024-01-14T10:32:45")]
    [InlineData("14/06/2024 10:32:45", "2024-06-14T09:32:45")]
    [InlineData("2024-06-14T10:32:45+02:00", "2024-06-14T08:32:45")]
    [InlineData("2024-06-14 10:32:45 PDT", "2024-06-14T17:32:45")]
    public void Open_dates_in_amazons_formats_become_utc(string text, string utc)
    {
        var parsed = ReportDates.Parse(text);

        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed!.Value.Kind);
    }

    /// <summary>Records progress synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(List<ReportProgress> into) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value)
        {
            lock (into)
            {
                into.Add(value);
            }
        }
    }
}
