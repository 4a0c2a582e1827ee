using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing.Data;
using SellerConsole.Data;

namespace SellerConsole.Costing.Import;

/// <summary>What an import was, as the undo list shows it.</summary>
public sealed record ImportRecord(Guid Id, ImportKind Kind, string FileName, string Actor, DateTime ImportedUtc, int Rows, IReadOnlyCollection<string> Codes)
{
    public DateTime? UndoneUtc { get; init; }
    public string? UndoneBy { get; init; }
}

internal static class ImportHistory
{
    /// <summary>How long an import can be undone: long enough to notice a bad file, short enough that later work rarely collides.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromDays(1);

    // Images are kept a little past the window, then emptied: a 50,000-row import's images are megabytes.
    private static readonly TimeSpan KeepImages = TimeSpan.FromDays(2);

    public static async Task RecordAsync(SellerDb db, ImportRecord import, JsonObject before, JsonObject after, CancellationToken ct)
    {
        var stale = import.ImportedUtc - KeepImages;
        await db.Set<StoredImport>().Where(i => i.ImportedUtc < stale && i.BeforeJson != "")
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.BeforeJson, "").SetProperty(i => i.AfterJson, ""), ct);
        db.Set<StoredImport>().Add(new StoredImport
        {
            ImportId = import.Id.ToString("N"),
            Kind = import.Kind.ToString(),
            FileName = import.FileName,
            Actor = import.Actor,
            ImportedUtc = import.ImportedUtc,
            RowsWritten = import.Rows,
            CodesJson = JsonSerializer.Serialize(import.Codes),
            BeforeJson = before.ToJsonString(),
            AfterJson = after.ToJsonString(),
        });
        await db.SaveChangesAsync(ct);
    }

    public static ImportRecord ToRecord(StoredImport stored) => new(
        Guid.ParseExact(stored.ImportId, "N"), Enum.Parse<ImportKind>(stored.Kind), stored.FileName, stored.Actor,
        DateTime.SpecifyKind(stored.ImportedUtc, DateTimeKind.Utc), stored.RowsWritten, JsonSerializer.Deserialize<string[]>(stored.CodesJson) ?? [])
    {
        UndoneUtc = stored.UndoneUtc is { } undone ? DateTime.SpecifyKind(undone, DateTimeKind.Utc) : null,
        UndoneBy = stored.UndoneBy,
    };
}
