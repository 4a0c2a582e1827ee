using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Rendering;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Digests;

/// <summary>
/// Attaches the profit and loss report for the digest's period as a PDF, when the owner chose it
/// (Settings > Email digests). The same report and print as /reports/profit, so the attachment and the page agree.
/// </summary>
public sealed class DigestPdf(ProfitReportService profit, ReportPdf pdf, SettingsStore settings, ILogger<DigestPdf> log)
{
    public async Task<DigestDraft> AddAsync(DigestDraft draft, CancellationToken cancellationToken)
    {
        if (!bool.TryParse(await settings.GetAsync(SettingsCatalog.DigestAttachPdf, cancellationToken), out var attach) || !attach)
        {
            return draft;
        }
        var period = draft.Content.Period;
        try
        {
            var report = await profit.BuildAsync(period, ProfitGrouping.Sku, cancellationToken);
            var bytes = await pdf.WriteAsync(ProfitReportPrint.Printable(report), cancellationToken);
            return draft.WithAttachment(new MailAttachment(FileName(period), ReportPdf.ContentType, bytes));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The digest matters more than its attachment: it goes without the PDF, and the log says why.
            log.LogWarning(ex, "The profit report PDF for {Period} could not be printed; the digest goes without it", period.Label);
            return draft;
        }
    }

    public static string FileName(ReportPeriod period) =>
        period.From == period.To ? $"profit-{period.From:yyyy-MM-dd}.pdf" : $"profit-{period.From:yyyy-MM-dd}-to-{period.To:yyyy-MM-dd}.pdf";
}
