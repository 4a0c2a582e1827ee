namespace SellerConsole.Marketplace.SpApi.Wire;

// Reports API 2021-06-30 (models/reports-api-model/reports_2021-06-30.json).

internal sealed record CreateReportWire(string? ReportId);

internal sealed record ReportWire(string? ReportId, string? ReportType, string? ProcessingStatus, string? ReportDocumentId);

internal sealed record ReportDocumentWire(string? ReportDocumentId, string? Url, string? CompressionAlgorithm);
