using SellerConsole.Costing.Data;
using SellerConsole.Costing.Import;
using SellerConsole.Security;

namespace SellerConsole.Costing.Api;

/// <summary>Import (multipart upload), export, templates and import error reports.</summary>
internal static class CostingFilesApi
{
    public static void Map(RouteGroupBuilder costing)
    {
        // No antiforgery form field: API callers use bearer tokens, and a call with the sign-in cookie must
        // pass the cross-site check (matching Origin or the antiforgery header) before it gets here.
        costing.MapPost("/import/{kind}", async (string kind, IFormFile? file, CostingImporter importer, HttpContext http, CancellationToken ct) =>
        {
            if (!ImportColumns.TryParse(kind, out var what))
            {
                return UnknownKind(kind);
            }
            if (file is null || file.Length == 0)
            {
                return Results.Problem(statusCode: 400, title: "No file", detail: "Upload the file as multipart/form-data in a field named 'file'.");
            }
            if (file.Length > CostingImporter.MaxFileBytes)
            {
                return Refused(UploadLimits.FileTooLarge().Message);
            }
            await using var stream = file.OpenReadStream();
            var result = await importer.ImportAsync(what, stream, file.FileName, Actor.Of(http.User), null, ct);
            var dto = new ImportResultDto(result.Id.ToString(), result.Kind.ToString(), result.FileName, result.Rows, result.Written, result.Succeeded,
                result.Succeeded ? null : ImportResults.ReportUrl(result),
                result.Errors.Take(1_000).Select(e => new ImportErrorDto(e.Row, e.Column, e.Message)).ToList(), result.Notes);
            if (result.Errors is [{ Row: 0, Column: "" } whole])
            {
                return Refused(whole.Message, dto);
            }
            return result.Succeeded
                ? Results.Ok(dto)
                : Results.Problem(statusCode: 422, title: "Import refused: nothing was written",
                    detail: $"{result.Errors.Count:N0} problem(s); the first: row {result.Errors[0].Row}: {result.Errors[0].Message}",
                    extensions: new Dictionary<string, object?> { ["import"] = dto });
        }).DisableAntiforgery().WithBodyLimit(BodyLimits.Import).WithSummary("Imports components, boms, postage or skus (SKU costs) from CSV or XLSX; all rows are checked and nothing is written unless every row is good");

        costing.MapGet("/export/{kind}", async (string kind, string? format, CostingStore store, CancellationToken ct) =>
        {
            if (!ImportColumns.TryParse(kind, out var what))
            {
                return UnknownKind(kind);
            }
            var table = Format(format);
            var snapshot = await store.SnapshotAsync(ct);
            return Results.File(CostingExporter.Export(snapshot, what, table), TableFiles.ContentType(table), CostingExporter.FileName(what, table, template: false));
        }).WithSummary("Exports components, boms, postage or skus in the import layout (format=csv or xlsx)");

        costing.MapGet("/templates/{kind}", (string kind, string? format) =>
        {
            if (!ImportColumns.TryParse(kind, out var what))
            {
                return UnknownKind(kind);
            }
            var table = Format(format);
            return Results.File(CostingExporter.Template(what, table), TableFiles.ContentType(table), CostingExporter.FileName(what, table, template: true));
        }).WithSummary("An import template with example rows (format=csv or xlsx)");

        costing.MapGet("/imports/{id}/errors.csv", (string id, ImportResults results) =>
            Guid.TryParse(id, out var guid) && results.Find(guid) is { } result
                ? Results.File(ImportResults.ErrorReportCsv(result), TableFiles.ContentType(TableFormat.Csv), $"import-errors-{ImportColumns.FileName(result.Kind)}.csv")
                : Results.Problem(statusCode: 404, title: "Unknown import", detail: "That import result has expired or never existed; run the import again."))
            .WithSummary("The rows a recent import refused, with reasons, as CSV");
    }

    /// <summary>The whole file was refused (a size limit, not a spreadsheet, empty): the detail says which.</summary>
    private static IResult Refused(string detail, ImportResultDto? import = null) =>
        Results.Problem(statusCode: 422, title: "File refused: nothing was written", detail: detail,
            extensions: import is null ? null : new Dictionary<string, object?> { ["import"] = import });

    private static TableFormat Format(string? format) =>
        string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase) ? TableFormat.Xlsx : TableFormat.Csv;

    private static IResult UnknownKind(string kind) =>
        Results.Problem(statusCode: 404, title: "Unknown file kind", detail: $"'{kind}' is not one of: components, boms, postage, skus.");
}
