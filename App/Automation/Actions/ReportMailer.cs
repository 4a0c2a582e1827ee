using SellerConsole.Reports.Export;
using SellerConsole.Reports.Profit;
using SellerConsole.Shared;

namespace SellerConsole.Automation.Actions;

public sealed record ReportFile(string Period, MailAttachment Attachment);

/// <summary>Builds the profit report over the last N UK days (today included) as xlsx or CSV, from the reports' one definition.</summary>
public sealed class ReportMailer(ProfitReportService reports)
{
    public async Task<ReportFile> ProfitAsync(string format, int days, DateTime nowUtc, CancellationToken ct)
    {
        var today = ReportPeriod.UkDay(nowUtc);
        var period = new ReportPeriod(today.AddDays(-(Math.Clamp(days, 1, 366) - 1)), today);
        var document = ProfitReportDefinition.Document(await reports.BuildAsync(period, ProfitGrouping.Sku, ct));
        var attachment = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            ? new MailAttachment(document.FileStem + ".csv", ReportCsv.ContentType, ReportCsv.Write(document))
            : new MailAttachment(document.FileStem + ".xlsx", ReportXlsx.ContentType, ReportXlsx.Write(document));
        return new ReportFile(period.Label, attachment);
    }
}
