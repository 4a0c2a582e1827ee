using System.Text;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Marketplace.SpApi;

public sealed partial class SpApiClient
{
    /// <summary>All orders whose last update falls in the window: the same orders searchOrders by lastUpdatedAfter/Before gives.</summary>
    public const string OrdersByLastUpdateReport = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";

    /// <summary>All orders placed in the window.</summary>
    public const string OrdersByOrderDateReport = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL";

    /// <summary>The longest window one orders report is asked for; a longer one is split by the caller.</summary>
    public static readonly TimeSpan OrdersReportMaxWindow = TimeSpan.FromDays(30);

    /// <summary>
    /// Requests an "All Orders" report for [start, end], polls it, downloads the document and yields its
    /// orders as they are parsed (one order per amazon-order-id, its rows grouped). A report that ends
    /// FATAL or CANCELLED, a download that fails and a file that cannot be read all throw
    /// <see cref="SpApiException"/>; orders already yielded stay valid.
    /// </summary>
    public async IAsyncEnumerable<MarketOrder> DownloadOrdersReportAsync(
        DateTime dataStartUtc, DateTime dataEndUtc, string reportType = OrdersByLastUpdateReport,
        IProgress<ReportProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (reportType is not (OrdersByLastUpdateReport or OrdersByOrderDateReport))
        {
            throw new ArgumentException($"{reportType} is not an All Orders report type", nameof(reportType));
        }
        if (dataEndUtc < dataStartUtc || dataEndUtc - dataStartUtc > OrdersReportMaxWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(dataEndUtc), $"an orders report covers 0 to {OrdersReportMaxWindow.TotalDays:0} days");
        }
        var reportId = await CreateReportAsync(reportType, dataStartUtc, dataEndUtc, cancellationToken).ConfigureAwait(false);
        progress?.Report(new ReportProgress(ReportStage.Requested, reportId, null, 0));
        var documentId = await AwaitReportAsync(reportId, reportType, progress, cancellationToken).ConfigureAwait(false)
            ?? throw new SpApiException(SpApiOperation.GetReport.Name, 200, "CANCELLED", null,
                $"SP-API report {reportId} ({reportType}) was CANCELLED (Amazon found no data, or gave up)");
        var response = await DownloadReportAsync(reportId, documentId, progress, cancellationToken).ConfigureAwait(false);
        using var reader = ReportDocumentDecoder.OpenReader(response.Body, response.Charset);
        using var orders = AllOrdersReportParser.Parse(reader).GetEnumerator();
        var count = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (!orders.MoveNext())
                {
                    break;
                }
            }
            catch (Exception ex) when (ex is FormatException or InvalidDataException or DecoderFallbackException)
            {
                throw new SpApiException(SpApiOperation.DownloadReportDocument.Name, response.Status, null, null,
                    $"{reportType} report {reportId} could not be read after {count} order(s): {ex.Message}", ex);
            }
            count++;
            yield return orders.Current;
        }
        _log.LogInformation("SP-API report {ReportId} ({ReportType}) parsed: {Orders} orders", reportId, reportType, count);
        progress?.Report(new ReportProgress(ReportStage.Done, reportId, "DONE", count));
    }
}
