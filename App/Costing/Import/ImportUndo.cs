using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SellerConsole.Costing.Data;
using SellerConsole.Data;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Import;

public enum UndoOutcome
{
    Undone,
    NotFound,
    AlreadyUndone,
    TooOld,
    ChangedSince,
    Invalid,
}

public sealed record UndoResult(UndoOutcome Outcome, string Message)
{
    public bool Succeeded => Outcome == UndoOutcome.Undone;
}

/// <summary>
/// Undoes a whole cost import: puts back every row of its codes as it was before (updated rows included), in one
/// transaction, audited. Refused after <see cref="ImportHistory.UndoWindow"/>, or when anything has changed those
/// codes since (naming them), or when the result would break the catalogue (a kit now using an imported component).
/// </summary>
public sealed class ImportUndo(IDbContextFactory<SellerDb> dbs, CostingStore store, TimeProvider clock, ILogger<ImportUndo> log)
{
    public async Task<IReadOnlyList<ImportRecord>> RecentAsync(int take, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Set<StoredImport>().OrderByDescending(i => i.ImportedUtc).ThenByDescending(i => i.Id).Take(take).ToListAsync(ct);
        return [.. rows.Select(ImportHistory.ToRecord)];
    }

    public bool CanUndo(ImportRecord import) => import.UndoneUtc is null && clock.GetUtcNow().UtcDateTime - import.ImportedUtc <= ImportHistory.UndoWindow;

    public async Task<UndoResult> UndoAsync(Guid importId, string actor, CancellationToken ct)
    {
        using (await store.WriteLockAsync(ct))
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var id = importId.ToString("N");
            var stored = await db.Set<StoredImport>().SingleOrDefaultAsync(i => i.ImportId == id, ct);
            if (stored is null)
            {
                return new UndoResult(UndoOutcome.NotFound, "There is no such import.");
            }
            var import = ImportHistory.ToRecord(stored);
            var label = $"{import.Kind} import of {import.FileName} ({UkTime.Format(import.ImportedUtc)})";
            if (import.UndoneUtc is { } undone)
            {
                return new UndoResult(UndoOutcome.AlreadyUndone, $"The {label} was already undone by {import.UndoneBy} at {UkTime.Format(undone)}.");
            }
            if (!CanUndo(import) || stored.BeforeJson.Length == 0)
            {
                return new UndoResult(UndoOutcome.TooOld, $"The {label} is more than a day old and can no longer be undone; correct the costs with a new import or by hand.");
            }

            await db.Database.OpenConnectionAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var session = ImportSession.Of(db.Database, tx);
            var current = await ImportScope.CaptureAsync(session, import.Kind, import.Codes, ct);
            var changed = ImportScope.ChangedKeys(JsonNode.Parse(stored.AfterJson)!.AsObject(), current);
            if (changed.Count > 0)
            {
                var names = string.Join(", ", changed.Take(10)) + (changed.Count > 10 ? $" and {changed.Count - 10:N0} more" : "");
                return new UndoResult(UndoOutcome.ChangedSince,
                    $"Not undone: {names} changed after the {label}, and undoing would overwrite those later edits. Correct them by hand or with a new import.");
            }
            await ImportRestore.RestoreAsync(session, import.Kind, current, JsonNode.Parse(stored.BeforeJson)!.AsObject(), ct);
            try
            {
                CostingSnapshot.Build(await CostingLoader.LoadAsync(db, ct), 0);
            }
            catch (CostingException ex)
            {
                return new UndoResult(UndoOutcome.Invalid, $"Not undone: without this import the costs would be inconsistent. {ex.Message}");
            }
            stored.UndoneUtc = clock.GetUtcNow().UtcDateTime;
            stored.UndoneBy = actor;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            log.LogInformation("Undid import {ImportId} ({Kind}, {File}) for {Actor}", id, import.Kind, import.FileName, actor);
            await store.AnnounceAsync(AuditActions.CostsChanged, "import", import.Codes.Count <= 100 ? import.Codes : [], actor,
                $"Undo of {import.Kind} import", $"{import.FileName}: restored {import.Codes.Count:N0} code(s) as they were before {UkTime.Format(import.ImportedUtc)}", ct);
            return new UndoResult(UndoOutcome.Undone, $"Undone: the {label}. {import.Codes.Count:N0} code(s) are back as they were before it.");
        }
    }
}
