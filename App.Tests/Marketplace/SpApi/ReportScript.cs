namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>Scripts the createReport → getReport → getReportDocument → download exchange on a stub.</summary>
internal static class ReportScript
{
    public const string ReportId = "ID323";
    public const string DocumentId = "amzn1.tortuga.4.eu.DOC-1";
    public const string DocumentPath = "/report-doc/DOC-1";
    public const string CreatePath = "/reports/2021-06-30/reports";
    public const string ReportPath = "/reports/2021-06-30/reports/" + ReportId;

    public static StubSpApiHandler Report(this StubSpApiHandler stub, string compression, params string[] statuses)
    {
        stub.Once(HttpMethod.Post, CreatePath, _ => StubSpApiHandler.Json(202, $$"""{"reportId":"{{ReportId}}"}"""));
        foreach (var status in statuses)
        {
            var document = status == "DONE" ? $$""","reportDocumentId":"{{DocumentId}}" """ : "";
            stub.Once(HttpMethod.Get, ReportPath, _ => StubSpApiHandler.Json(200, $$"""
                {"reportType":"GET_MERCHANT_LISTINGS_ALL_DATA","processingEndTime":"2026-03-02T09:02:00Z","processingStatus":"{{status}}",
                 "marketplaceIds":["A1F83G8C2ARO7P"],"reportId":"{{ReportId}}","dataEndTime":"2026-03-02T09:00:00Z",
                 "createdTime":"2026-03-02T09:00:00Z","processingStartTime":"2026-03-02T09:00:30Z"{{document}}}
                """));
        }
        var label = compression.Length == 0 ? "" : $$""","compressionAlgorithm":"{{compression}}" """;
        return stub.Once(HttpMethod.Get, "/reports/2021-06-30/documents/" + Uri.EscapeDataString(DocumentId), _ => StubSpApiHandler.Json(200, $$"""
            {"reportDocumentId":"{{DocumentId}}","url":"https://docs.test{{DocumentPath}}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=0f1e2d"{{label}}}
            """));
    }
}
