using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static SellerConsole.Marketplace.Sandbox.Http.SandboxMarketplace;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>Reports 2021-06-30 for GET_MERCHANT_LISTINGS_ALL_DATA, and the document download behind the signed URL.</summary>
internal static class ReportsEndpoints
{
    public const string AllListings = "GET_MERCHANT_LISTINGS_ALL_DATA";

    public static void MapReports(this IEndpointRouteBuilder api)
    {
        api.MapPost("/reports/2021-06-30/reports", async (HttpRequest http, ReportStore reports, TimeProvider clock) =>
        {
            string? type;
            List<string> marketplaces;
            try
            {
                using var doc = await JsonDocument.ParseAsync(http.Body, cancellationToken: http.HttpContext.RequestAborted);
                var root = doc.RootElement;
                type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("reportType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                marketplaces = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("marketplaceIds", out var m) && m.ValueKind == JsonValueKind.Array
                    ? [.. m.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() ?? "" : "")]
                    : [];
            }
            catch (JsonException)
            {
                return SpApiResults.InvalidInput("The request body is not valid JSON.");
            }
            if (type is null) return SpApiResults.InvalidInput("Missing required field: reportType.");
            if (marketplaces.Count is 0 or > 25) return SpApiResults.InvalidInput("marketplaceIds needs 1 to 25 marketplace ids.");
            if (marketplaces.Any(m => m != Id)) return SpApiResults.InvalidInput($"The Sandbox serves marketplace {Id} only.");
            if (type != AllListings) return SpApiResults.InvalidInput($"Report type {type} is not available in the Sandbox (only {AllListings}).");
            var report = reports.Create(type, marketplaces, clock.GetUtcNow().UtcDateTime, http.HttpContext.World().Seed);
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
                ["dataStartTime"] = Time(report.CreatedUtc),
                ["dataEndTime"] = Time(report.CreatedUtc),
                ["marketplaceIds"] = new JsonArray([.. report.MarketplaceIds.Select(m => (JsonNode)m)]),
                ["createdTime"] = Time(report.CreatedUtc),
                ["processingStatus"] = status,
            };
            if (status != "IN_QUEUE") body["processingStartTime"] = Time(report.StartedUtc);
            if (status == "DONE")
            {
                body["processingEndTime"] = Time(report.DoneUtc);
                body["reportDocumentId"] = report.DocumentId;
                reports.Document(report, () => AllListingsReport.Build(context.World()));
            }
            return SpApiResults.Json(body);
        }).WithMetadata(new SpApiOperation("getReport"));

        api.MapGet("/reports/2021-06-30/documents/{reportDocumentId}", (string reportDocumentId, HttpRequest http,
            ReportStore reports, DocumentSigner signer, TimeProvider clock) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (reports.FindByDocument(reportDocumentId) is not { } report || report.Status(now) != "DONE")
                return SpApiResults.NotFound($"Report document {reportDocumentId} was not found.");
            reports.Document(report, () => AllListingsReport.Build(http.HttpContext.World()));
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
                ? Results.Bytes(document, AllListingsReport.ContentType)
                : S3Error(404, "NoSuchKey", "The specified key does not exist.");
        });

    private static IResult S3Error(int status, string code, string message) =>
        Results.Text($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>", "application/xml", Encoding.UTF8, status);
}
