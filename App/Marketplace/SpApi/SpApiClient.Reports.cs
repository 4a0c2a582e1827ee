using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Marketplace.SpApi.Wire;

namespace SellerConsole.Marketplace.SpApi;

public sealed partial class SpApiClient
{
    private const string AllListingsReport = "GET_MERCHANT_LISTINGS_ALL_DATA";

    /// <summary>
    /// Requests the "All Listings" report, polls it (IN_QUEUE/IN_PROGRESS wait; CANCELLED, meaning no
    /// data, gives no rows; FATAL throws), downloads and decodes the document and parses its rows.
    /// </summary>
    public async Task<IReadOnlyList<MerchantListingRow>> DownloadAllListingsReportAsync(
        IProgress<ReportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var reportId = await CreateReportAsync(AllListingsReport, null, null, cancellationToken).ConfigureAwait(false);
        progress?.Report(new ReportProgress(ReportStage.Requested, reportId, null, 0));
        var documentId = await AwaitReportAsync(reportId, AllListingsReport, progress, cancellationToken).ConfigureAwait(false);
        if (documentId is null)
        {
            progress?.Report(new ReportProgress(ReportStage.Done, reportId, "CANCELLED", 0));
            return [];
        }
        var response = await DownloadReportAsync(reportId, documentId, progress, cancellationToken).ConfigureAwait(false);
        try
        {
            var rows = MerchantListingsParser.Parse(ReportDocumentDecoder.Decode(response.Body, response.Charset));
            _log.LogInformation("SP-API report {ReportId} parsed: {Rows} listing rows", reportId, rows.Count);
            progress?.Report(new ReportProgress(ReportStage.Done, reportId, "DONE", rows.Count));
            return rows;
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException)
        {
            throw new SpApiException(SpApiOperation.DownloadReportDocument.Name, response.Status, null, null,
                $"{AllListingsReport} report {reportId} could not be read: {ex.Message}");
        }
    }

    private async Task<string> CreateReportAsync(string reportType, DateTime? dataStartUtc, DateTime? dataEndUtc, CancellationToken cancellationToken)
    {
        var operation = SpApiOperation.CreateReport;
        var body = new JsonObject { ["reportType"] = reportType, ["marketplaceIds"] = new JsonArray(_options.MarketplaceId) };
        if (dataStartUtc is { } start)
        {
            body["dataStartTime"] = SpApiJson.Iso(start);
        }
        if (dataEndUtc is { } end)
        {
            body["dataEndTime"] = SpApiJson.Iso(end);
        }
        var request = SpApiRequest.WithJson(HttpMethod.Post, "/reports/2021-06-30/reports", JsonSerializer.SerializeToUtf8Bytes(body));
        var response = await SendExpectingSuccessAsync(operation, request, cancellationToken).ConfigureAwait(false);
        return SpApiJson.Read<CreateReportWire>(operation, response.Body).ReportId is { Length: > 0 } id
            ? id
            : throw new SpApiException(operation.Name, response.Status, null, null, $"SP-API {operation.Name} answered without a reportId");
    }

    /// <summary>The document id once DONE; null when CANCELLED (Amazon had no data).</summary>
    private async Task<string?> AwaitReportAsync(string reportId, string reportType, IProgress<ReportProgress>? progress, CancellationToken cancellationToken)
    {
        var operation = SpApiOperation.GetReport;
        var deadline = _clock.GetUtcNow() + _options.Compressed(_options.ReportMaxWait);
        while (true)
        {
            var response = await SendExpectingSuccessAsync(operation,
                SpApiRequest.Get($"/reports/2021-06-30/reports/{SpApiRequest.Segment(reportId)}"), cancellationToken).ConfigureAwait(false);
            var report = SpApiJson.Read<ReportWire>(operation, response.Body);
            switch (report.ProcessingStatus)
            {
                case "DONE":
                    return report.ReportDocumentId ?? throw new SpApiException(operation.Name, response.Status, null, null,
                        $"SP-API report {reportId} is DONE without a reportDocumentId");
                case "CANCELLED":
                    _log.LogInformation("SP-API report {ReportId} was CANCELLED (no data)", reportId);
                    return null;
                case "FATAL":
                    throw new SpApiException(operation.Name, response.Status, "FATAL", null,
                        $"SP-API report {reportId} ({reportType}) ended FATAL");
            }
            progress?.Report(new ReportProgress(ReportStage.Waiting, reportId, report.ProcessingStatus, 0));
            if (_clock.GetUtcNow() >= deadline)
            {
                throw new SpApiException(operation.Name, response.Status, null, null,
                    $"SP-API report {reportId} still {report.ProcessingStatus} after {_options.ReportMaxWait.TotalMinutes:0} min");
            }
            await Task.Delay(_options.Compressed(_options.ReportPollInterval), _clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Uri> GetReportDocumentAsync(string documentId, CancellationToken cancellationToken)
    {
        var operation = SpApiOperation.GetReportDocument;
        var response = await SendExpectingSuccessAsync(operation,
            SpApiRequest.Get($"/reports/2021-06-30/documents/{SpApiRequest.Segment(documentId)}"), cancellationToken).ConfigureAwait(false);
        var document = SpApiJson.Read<ReportDocumentWire>(operation, response.Body);
        return Uri.TryCreate(document.Url, UriKind.Absolute, out var url)
            ? url
            : throw new SpApiException(operation.Name, response.Status, null, null, $"SP-API report document {documentId} has no usable url");
    }

    /// <summary>A finished report's document, downloaded through its signed URL (progress: downloading, then parsing).</summary>
    private async Task<SpApiResponse> DownloadReportAsync(string reportId, string documentId, IProgress<ReportProgress>? progress, CancellationToken cancellationToken)
    {
        var document = await GetReportDocumentAsync(documentId, cancellationToken).ConfigureAwait(false);
        progress?.Report(new ReportProgress(ReportStage.Downloading, reportId, "DONE", 0));
        var download = SpApiOperation.DownloadReportDocument;
        var response = (await _transport.ExecuteAsync(download, SpApiRequest.Download(document), null, cancellationToken).ConfigureAwait(false)).Response;
        if (!response.IsSuccess)
        {
            throw _errors.FromResponse(download, response.Status, response.Body);
        }
        progress?.Report(new ReportProgress(ReportStage.Parsing, reportId, "DONE", 0));
        return response;
    }
}
