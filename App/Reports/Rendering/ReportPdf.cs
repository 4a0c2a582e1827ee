namespace SellerConsole.Reports.Rendering;

/// <summary>A report as a PDF: its markup rendered on the server, then printed by Chromium with the report's name and period in every page's header.</summary>
public sealed class ReportPdf(ReportHtml html, IReportPrinter printer)
{
    public const string ContentType = "application/pdf";

    public async Task<byte[]> WriteAsync(PrintableReport report, CancellationToken cancellationToken)
    {
        var markup = await html.RenderAsync(report);
        return await printer.PdfAsync(markup, new PrintHeader(report.Title, report.Period), cancellationToken);
    }
}
