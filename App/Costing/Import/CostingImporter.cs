using System.Diagnostics;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SellerConsole.Costing.Data;
using SellerConsole.Data;
using SellerConsole.Security;

namespace SellerConsole.Costing.Import;

/// <summary>
/// Imports a components, BOMs or postage file. Every row is checked first (columns, numbers, codes,
/// duplicates, loops) and the result is validated whole by the costing core; only then is anything
/// written, in one transaction. Any bad row means nothing is written and every bad row is reported.
/// </summary>
public sealed class CostingImporter(
    IDbContextFactory<SellerDb> dbs, CostingStore store, ImportResults results, ILogger<CostingImporter> log, TimeProvider? clock = null)
{
    /// <summary>The largest upload (<see cref="UploadLimits.MaxFileBytes"/>); the page and the API refuse bigger ones before reading them.</summary>
    public const long MaxFileBytes = UploadLimits.MaxFileBytes;

    public async Task<ImportResult> ImportAsync(
        ImportKind kind, Stream file, string fileName, string actor, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var took = Stopwatch.StartNew();
        var importId = Guid.NewGuid();
        var errors = new List<ImportError>();
        IReadOnlyList<string> notes = [];
        ImportResult Finish(int rows, int written) =>
            results.Add(new ImportResult(importId, kind, fileName, rows, written, errors.OrderBy(e => e.Row).ToList(), took.Elapsed) { Notes = notes });

        progress?.Report(new ImportProgress("Reading the file", 0, 0));
        Table table;
        try
        {
            var buffer = await BufferAsync(file, ct);
            var format = TableFiles.FormatOf(fileName, buffer.GetBuffer().AsSpan(0, (int)Math.Min(4, buffer.Length)));
            table = await Task.Run(() => TableFiles.Read(buffer, format, n => progress?.Report(new ImportProgress("Reading the file", n, 0))), ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or ImportLimitException)
        {
            // Limits and unreadable files are about the whole file: row 0.
            if (ex is ImportLimitException)
            {
                log.LogWarning("Import of {Kind} from {File} refused: {Reason}", kind, fileName, ex.Message);
            }
            errors.Add(new ImportError(0, "", ex.Message));
            return Finish(0, 0);
        }
        notes = table.Notes;
        if (table.IsEmpty)
        {
            errors.Add(new ImportError(0, "", $"This file is empty. Start from the template: its first row is {string.Join(", ", ImportColumns.For(kind))}."));
            return Finish(0, 0);
        }

        var columns = table.MapColumns(ImportColumns.For(kind), errors);
        if (columns is null)
        {
            return Finish(table.Rows.Count, 0);
        }
        if (table.Rows.Count == 0)
        {
            errors.Add(new ImportError(2, "", "The file has a header but no rows."));
            return Finish(0, 0);
        }

        var listed = kind == ImportKind.Skus ? await ListedSkusAsync(ct) : new HashSet<string>();
        using (await store.WriteLockAsync(ct))
        {
            var snapshot = await store.SnapshotAsync(ct);
            var total = table.Rows.Count;
            void Checked(int n) => progress?.Report(new ImportProgress("Checking rows", n, total));
            var plan = await Task.Run<IImportPlan?>(() => kind switch
            {
                ImportKind.Components => ComponentImport.Check(table, columns, errors, Checked),
                ImportKind.Boms => BomImport.Check(table, columns, snapshot, errors, Checked),
                ImportKind.Skus => SkuImport.Check(table, columns, snapshot, listed, Now, errors, Checked),
                _ => PostageImport.Check(table, columns, snapshot, errors, Checked),
            }, ct);
            if (plan is null)
            {
                return Finish(total, 0);
            }
            try
            {
                CostingSnapshot.Build(plan.Apply(snapshot.Data), 0);
            }
            catch (CostingException ex)
            {
                errors.Add(new ImportError(0, "", ex.Message));
                return Finish(total, 0);
            }

            progress?.Report(new ImportProgress("Saving", 0, total));
            int written;
            await using (var db = await dbs.CreateDbContextAsync(ct))
            {
                await db.Database.OpenConnectionAsync(ct);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var session = ImportSession.Of(db.Database, tx);
                try
                {
                    // What the import's codes looked like before and after, in the same transaction: what an undo restores.
                    var before = await ImportScope.CaptureAsync(session, kind, plan.Codes, ct);
                    written = await plan.WriteAsync(session, n => progress?.Report(new ImportProgress("Saving", n, total)), ct);
                    var after = await ImportScope.CaptureAsync(session, kind, plan.Codes, ct);
                    await ImportHistory.RecordAsync(db, new ImportRecord(importId, kind, fileName, actor, Now, written, plan.Codes), before, after, ct);
                    await tx.CommitAsync(ct);
                }
                catch (DbException ex)
                {
                    // Disposing the transaction rolls back whatever was written.
                    log.LogError(ex, "Import of {Kind} from {File} failed while saving", kind, fileName);
                    errors.Add(new ImportError(0, "", $"Saving failed, nothing was written: {ex.Message}"));
                    return Finish(total, 0);
                }
            }
            progress?.Report(new ImportProgress("Saving", total, total));
            var codes = plan.Codes.Count <= 100 ? plan.Codes : [];
            await store.AnnounceAsync(AuditActions.CostsImported, "import", codes, actor, $"{kind} import",
                $"{fileName}: {written:N0} row(s) written for {plan.Codes.Count:N0} {kind switch { ImportKind.Postage => "service(s)", ImportKind.Skus => "SKU(s)", _ => "code(s)" }}", ct);
            log.LogInformation("Imported {Kind} from {File}: {Rows} rows in {Ms} ms", kind, fileName, written, took.ElapsedMilliseconds);
            return Finish(total, written);
        }
    }

    private DateTime Now => (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    /// <summary>SKU costs may only be imported for listed SKUs (as through the API), so a typo cannot leave an orphan.</summary>
    private async Task<HashSet<string>> ListedSkusAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return (await db.Listings.Select(l => l.Sku).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Copies the upload into memory, refusing it as soon as it passes the size limit.</summary>
    private static async Task<MemoryStream> BufferAsync(Stream file, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await file.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > UploadLimits.MaxFileBytes)
            {
                throw UploadLimits.FileTooLarge();
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }
}
