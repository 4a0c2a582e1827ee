using SellerConsole.Costing.Import;
using SellerConsole.Security;

namespace SellerConsole.Costing.Api;

public sealed record ImportRecordDto(string Id, string Kind, string FileName, string Actor, DateTime ImportedUtc, int Rows, int Codes,
    DateTime? UndoneUtc, string? UndoneBy, bool CanUndo);

public sealed record UndoResultDto(string Id, string Message);

/// <summary>Recent cost imports, and undoing one as a whole (within a day, when nothing has changed its codes since).</summary>
internal static class CostingImportsApi
{
    public static void Map(RouteGroupBuilder costing)
    {
        costing.MapGet("/imports", async (ImportUndo undo, CancellationToken ct) =>
            (await undo.RecentAsync(50, ct)).Select(i => ToDto(i, undo.CanUndo(i))).ToList())
            .WithSummary("The last 50 cost imports, newest first, and whether each can still be undone");

        costing.MapPost("/imports/{id}/undo", async (string id, ImportUndo undo, HttpContext http, CancellationToken ct) =>
        {
            if (!Guid.TryParse(id, out var guid))
            {
                return Results.Problem(statusCode: 404, title: "Unknown import", detail: $"'{id}' is not an import id.");
            }
            var result = await undo.UndoAsync(guid, Actor.Of(http.User), ct);
            return result.Outcome switch
            {
                UndoOutcome.Undone => Results.Ok(new UndoResultDto(id, result.Message)),
                UndoOutcome.NotFound => Results.Problem(statusCode: 404, title: "Unknown import", detail: result.Message),
                _ => Results.Problem(statusCode: 409, title: "Import not undone", detail: result.Message,
                    extensions: new Dictionary<string, object?> { ["reason"] = result.Outcome.ToString() }),
            };
        }).WithSummary("Undoes a whole cost import: its codes go back exactly as they were before it (refused after a day or if they changed since)");
    }

    private static ImportRecordDto ToDto(ImportRecord i, bool canUndo) =>
        new(i.Id.ToString(), i.Kind.ToString(), i.FileName, i.Actor, i.ImportedUtc, i.Rows, i.Codes.Count, i.UndoneUtc, i.UndoneBy, canUndo);
}
