using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Rendering;
using SellerConsole.Tests.Costing;
using SellerConsole.Tests.Support;
using static SellerConsole.Tests.Reports.ProfitShop;

namespace SellerConsole.Tests.Reports;

/// <summary>The profit report printed by headless Chromium, read back with pdftotext and pdfinfo.</summary>
public sealed class ReportPdfTests(SharedAppFactory app) : IClassFixture<SharedAppFactory>
{
    private static ProfitReport Report(int skus)
    {
        var definitions = Enumerable.Range(0, skus).Select(i => Screws($"SCR-{i:000}")).ToArray();
        var sales = definitions.Select((d, i) => Sale(Dates.Utc(2025, 2, 10 + i % 3).AddHours(9), d.Sku, 1 + i % 4, 999 * (1 + i % 4), 0, $"Screw pack {i}"));
        return new ProfitReportBuilder(CostingFor(null, definitions), new Dictionary<string, long>()).Build(Days(2025, 2, 10, 3), ProfitGrouping.Sku, sales, skus);
    }

    [Fact]
    public async Task A_short_report_is_one_page_with_its_name_period_figures_and_page_number()
    {
        var report = Report(3);

        var pdf = await app.Service<ReportPdf>().WriteAsync(ProfitReportPrint.Printable(report), default);

        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.Equal(1, PdfTools.Pages(pdf));
        var text = PdfTools.Text(pdf);
        Assert.Contains("Profit and loss", text);
        Assert.Contains("10 Feb 2025 to 12 Feb 2025", text);
        Assert.Contains("Page 1 of 1", text);
        foreach (var row in report.Rows)
        {
            Assert.Contains(row.Key, text);
            Assert.Contains(SellerConsole.Shared.Money.Format(row.Figures.Profit), text);
        }
        Assert.Contains(SellerConsole.Shared.Money.Format(report.Totals.Revenue), text);
        Assert.Contains(ProfitReportPrint.Percent(report.Totals.Margin), text);
        // The chart is drawn (inline SVG): its axis labels are text in the PDF.
        Assert.Contains("PROFIT PER UK DAY", text.ToUpperInvariant());
        Assert.Contains("10 Feb", text);
    }

    [Fact]
    public async Task A_long_report_breaks_across_pages_repeating_the_header_row_and_numbering_every_page()
    {
        var report = Report(240);

        var pdf = await app.Service<ReportPdf>().WriteAsync(ProfitReportPrint.Printable(report), default);

        var pages = PdfTools.Pages(pdf);
        // About 45 rows fit on an A4 landscape page (19 under the summary and chart on the first): 240 rows, the
        // totals and the 3-day section need 6 pages; a row that wrapped or a header that failed to repeat would change that.
        Assert.Equal(6, pages);
        var seen = new HashSet<string>();
        for (var page = 1; page <= pages; page++)
        {
            var text = PdfTools.Text(pdf, page);
            Assert.Contains($"Page {page} of {pages}", text);
            Assert.Contains("Profit and loss", text);
            Assert.Contains("10 Feb 2025 to 12 Feb 2025", text);
            if (page > 1 && seen.Count < report.Rows.Count)
            {
                // The table's header row printed again at the top of each page it continues on.
                Assert.Matches(@"SKU\s+Title\s+Units\s+Revenue", text);
            }
            seen.UnionWith(report.Rows.Select(r => r.Key).Where(k => text.Contains(k + " ", StringComparison.Ordinal)));
        }
        Assert.Equal(report.Rows.Count, seen.Count);
        Assert.Contains(SellerConsole.Shared.Money.Format(report.Totals.Profit), PdfTools.Text(pdf));
    }

    [Fact]
    public async Task A_png_capture_has_the_requested_size()
    {
        var png = await app.Service<IReportPrinter>().PngAsync("<html><body style='margin:0;background:#1F5FBF'><svg width='10' height='10'></svg></body></html>", 640, 300, default);

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        // IHDR: width and height, big-endian, at bytes 16-23.
        Assert.Equal(640, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(300, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public async Task A_printed_page_cannot_reach_the_network()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var html = $"<html><head><link rel='stylesheet' href='http://127.0.0.1:{port}/a.css'></head><body><img src='http://127.0.0.1:{port}/x.png'><p>offline</p></body></html>";

        var pdf = await app.Service<IReportPrinter>().PdfAsync(html, new PrintHeader("T", "P"), default);

        Assert.Contains("offline", PdfTools.Text(pdf));
        // Nobody accepts on the listener, so a request Chromium made would still be waiting in its backlog.
        Assert.False(listener.Pending(), "Chromium connected to the listener while printing");
    }
}
