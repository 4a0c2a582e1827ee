using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static SellerConsole.Marketplace.Sandbox.Http.SandboxMarketplace;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Reports 2021-06-30 for GET_MERCHANT_LISTINGS_ALL_DATA and the two "All Orders" flat files (by last update,
/// by order date; dataStartTime/dataEndTime select the window, the end defaulting to now and capped at it),
/// and the document download behind the signed URL.
/// </summary>
internal static class ReportsEndpoints
{
    public const string AllListings = "GET_MERCHANT_LISTINGS_ALL_DATA";

    public static void MapReports(this IEndpointRouteBuilder api)
    {
        api.MapPost("/reports/2021-06-30/reports", async (HttpRequest http, ReportStore reports, SandboxFaults faults, TimeProvider clock) =>
        {
            string? type;
            List<string> marketplaces;
            string? startText, endText;
            try
            {
                using var doc = await JsonDocument.ParseAsync(http.Body, cancellationToken: http.HttpContext.RequestAborted);
                var root = doc.RootElement;
                type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("reportType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                marketplaces = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("marketplaceIds", out var m) && m.ValueKind == JsonValueKind.Array
                    ? [.. m.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() ?? "" : "")]
                    : [];
                startText = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("dataStartTime", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                endText = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("dataEndTime", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            }
            catch (JsonException)
            {
                return SpApiResults.InvalidInput("The request body is not valid JSON.");
            }
            if (type is null) return SpApiResults.InvalidInput("Missing required field: reportType.");
            if (marketplaces.Count is 0 or > 25) return SpApiResults.InvalidInput("marketplaceIds needs 1 to 25 marketplace ids.");
            if (marketplaces.Any(m => m != Id)) return SpApiResults.InvalidInput($"The Sandbox serves marketplace {Id} only.");
            if (type != AllListings && !AllOrdersReport.Serves(type))
                return SpApiResults.InvalidInput($"Report type {type} is not available in the Sandbox (only {AllListings}, {AllOrdersReport.ByLastUpdate} and {AllOrdersReport.ByOrderDate}).");
            var now = clock.GetUtcNow().UtcDateTime;
            (DateTime, DateTime)? window = null;
            if (AllOrdersReport.Serves(type))
            {
                if (!TryTime(endText, now, out var end) || !TryTime(startText, end.AddDays(-30), out var start))
                    return SpApiResults.InvalidInput("dataStartTime and dataEndTime must be ISO 8601 date-times.");
                end = end > now ? now : end;
                if (start > end) return SpApiResults.InvalidInput("dataStartTime must not be later than dataEndTime.");
                window = (start, end);
            }
            var report = reports.Create(type, marketplaces, now, http.HttpContext.World().Seed, window, faults.ReportOutcome(type));
            return SpApiResults.Json(new JsonObject { ["reportId"] = report.ReportId }, 202);
        }).WithMetadata(new SpApiOperation("createReport"));

        api.MapGet("/reports/2021-06-30/reports/{reportId}", (string reportId, HttpContext context, ReportStore reports, TimeProvider clock) =>
        {
            if (reports.Find(reportId) is not { } report) return SpApiResults.NotFound($"Report {reportId} was not found.");
            var now = clock.GetUtcNow().UtcDateTime;
            var status = report.Status(now);
            var body = new JsonObject
            {
                ["reportId"] = report.ReportId,
                ["reportType"] = report.ReportType,
                ["dataStartTime"] = Time(report.DataStartUtc),
                ["dataEndTime"] = Time(report.DataEndUtc),
                ["marketplaceIds"] = new JsonArray([.. report.MarketplaceIds.Select(m => (JsonNode)m)]),
                ["createdTime"] = Time(report.CreatedUtc),
                ["processingStatus"] = status,
            };
            if (status != "IN_QUEUE") body["processingStartTime"] = Time(report.StartedUtc);
            if (status is "DONE" or "FATAL" or "CANCELLED") body["processingEndTime"] = Time(report.DoneUtc);
            if (status == "DONE")
            {
                body["reportDocumentId"] = report.DocumentId;
                reports.Document(report, () => Build(context, report));
            }
            return SpApiResults.Json(body);
        }).WithMetadata(new SpApiOperation("getReport"));

        api.MapGet("/reports/2021-06-30/documents/{reportDocumentId}", (string reportDocumentId, HttpRequest http,
            ReportStore reports, DocumentSigner signer, TimeProvider clock) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (reports.FindByDocument(reportDocumentId) is not { } report || report.Status(now) != "DONE")
                return SpApiResults.NotFound($"Report document {reportDocumentId} was not found.");
            reports.Document(report, () => Build(http.HttpContext, report));
            return SpApiResults.Json(new JsonObject
            {
                ["reportDocumentId"] = report.DocumentId,
                ["compressionAlgorithm"] = "GZIP",
                ["url"] = signer.Url(http, report.DocumentId, now),
            });
        }).WithMetadata(new SpApiOperation("getReportDocument"));
    }

    /// <summary>The S3 stand-in: serves a document to a valid, unexpired signed URL.</summary>
    public static void MapDocuments(this IEndpointRouteBuilder documents) =>
        documents.MapGet("/{documentId}", (string documentId, HttpRequest http, ReportStore reports, DocumentSigner signer, TimeProvider clock) =>
        {
            var q = http.Query;
            var verdict = signer.Check(documentId, q["X-Amz-Date"].ToString(), q["X-Amz-Expires"].ToString(), q["X-Amz-Signature"].ToString(),
                clock.GetUtcNow().UtcDateTime);
            if (verdict != DocumentSigner.Verdict.Valid)
            {
                return S3Error(403, "AccessDenied", verdict == DocumentSigner.Verdict.Expired ? "Request has expired" : "Invalid signature.");
            }
            return reports.StoredDocument(documentId) is { } document
                ? Results.Bytes(document, reports.FindByDocument(documentId) is { } r && AllOrdersReport.Serves(r.ReportType) ? AllOrdersReport.ContentType : AllListingsReport.ContentType)
                : S3Error(404, "NoSuchKey", "The specified key does not exist.");
        });

    private static byte[] Build(HttpContext context, SandboxReport report) =>
        AllOrdersReport.Serves(report.ReportType) ? AllOrdersReport.Build(context.World(), report) : AllListingsReport.Build(context.World());

    private static bool TryTime(string? text, DateTime fallback, out DateTime utc)
    {
        if (text is null)
        {
            utc = fallback;
            return true;
        }
        var ok = DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var value);
        utc = ok ? value.UtcDateTime : default;
        return ok;
    }

    private static IResult S3Error(int status, string code, string message) =>
        Results.Text($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>", "application/xml", Encoding.UTF8, status);
}
