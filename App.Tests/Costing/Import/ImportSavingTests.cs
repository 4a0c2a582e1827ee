using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SellerConsole.Costing;
using SellerConsole.Costing.Data;
using SellerConsole.Costing.Import;
using SellerConsole.Tests.Costing.Data;
using SellerConsole.Tests.Support;
using static SellerConsole.Tests.Costing.Import.ImportFiles;

namespace SellerConsole.Tests.Costing.Import;

/// <summary>
/// The write side of imports against the database itself (run on SQLite here and on PostgreSQL in
/// Data/Postgres/OnPostgresTests): a failure half-way through saving leaves nothing behind, and an undo of
/// every kind puts back each stored value exactly (booleans, decimals, dates and nulls included).
/// </summary>
public sealed class ImportSavingTests
{
    private const string SkuHeader = "Sku,ItemType,ItemCode,Quantity,WastePercent,LabourMinutes,WeightGrams,LengthCm,WidthCm,DepthCm,PostageService";
    private static readonly JsonSerializerOptions Json = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    [Fact]
    public async Task A_database_error_half_way_through_saving_writes_nothing_and_records_no_import()
    {
        await using var test = await CostingTestDb.CreateAsync();
        Assert.True((await test.ImportAsync(ImportKind.Components, [ComponentsHeader, Component(1, "1.00")])).Succeeded);
        var before = await TablesAsync(test);
        // The database refuses one row after others (an update of C00001 among them) are already written.
        await RefuseCostAsync(test);

        var result = await test.ImportAsync(ImportKind.Components,
            [ComponentsHeader, Component(1, "2.00"), Component(2, "3.00"), Component(3, "42.42"), Component(4, "5.00")]);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Saving failed, nothing was written", error.Message);
        Assert.Equal(0, result.Written);
        Assert.Equal(before, await TablesAsync(test));
    }

    [Fact]
    public async Task Undoing_postage_and_sku_imports_puts_back_every_stored_value()
    {
        await using var test = await CostingTestDb.CreateAsync();
        await test.SaveAsync(Stock.Part("SCREW", 4.50m, 200m), Stock.Part("PLUG", 3.00m),
            new PackagingItem("BAG-S", "Mailing bag, small", PackagingKind.Bag, [new DatedPrice(Stock.From, 0.08m)], 0.20m));
        await CatalogSeed.AddAsync(test.Dbs, [CatalogSeed.Listing(7_300, l => l.Sku = "SKU-A"), CatalogSeed.Listing(7_301, l => l.Sku = "SKU-B")]);
        var importer = new CostingImporter(test.Dbs, test.Store, new ImportResults(), NullLogger<CostingImporter>.Instance, test.Clock);
        var undo = new ImportUndo(test.Dbs, test.Store, test.Clock, NullLogger<ImportUndo>.Instance);
        Task<ImportResult> ImportAsync(ImportKind kind, params string[] lines) => importer.ImportAsync(kind, Csv(lines), "card.csv", CostingTestDb.Actor, null, default);
        Assert.True((await ImportAsync(ImportKind.Skus, SkuHeader, "SKU-A,Component,SCREW,2,5,1.5,180,22,16,3,Royal Mail Tracked 48", "SKU-B,,,,,0.5,90,20,15,1,")).Succeeded);
        var before = await TablesAsync(test);

        // Example rates become the seller's (IsExample false), one band is added; SKU-A loses its service, SKU-B gains lines.
        var postage = await ImportAsync(ImportKind.Postage, PostageHeader,
            "Royal Mail Tracked 48,Large Letter,750,2.95,20,2024-01-01", "Royal Mail Tracked 48,Large Letter,100,1.11,0,2026-01-01");
        var skus = await ImportAsync(ImportKind.Skus, SkuHeader,
            "SKU-A,Component,PLUG,3,0,2,200,23,17,4,", "SKU-B,Component,SCREW,1,2.5,0.75,95,21,15,2,Royal Mail Tracked 48", "SKU-B,Packaging,BAG-S,1,,0.75,95,21,15,2,Royal Mail Tracked 48");
        Assert.True(postage.Succeeded && skus.Succeeded, string.Join("\n", postage.Errors.Concat(skus.Errors)));
        Assert.NotEqual(before, await TablesAsync(test));

        Assert.True((await undo.UndoAsync(skus.Id, CostingTestDb.Actor, default)).Succeeded);
        Assert.True((await undo.UndoAsync(postage.Id, CostingTestDb.Actor, default)).Succeeded);

        Assert.Equal(before, await TablesAsync(test));
        var snapshot = await test.NewStore().SnapshotAsync(default);
        Assert.Equal("Royal Mail Tracked 48", snapshot.Skus["SKU-A"].PostageService);
        Assert.True(snapshot.Data.PostageRates.Where(r => r.Rate.Service == "Royal Mail Tracked 48").All(r => r.IsExample));
    }

    /// <summary>Every costing table's rows (ids included) as JSON, to compare before and after.</summary>
    private static async Task<string> TablesAsync(CostingTestDb test)
    {
        await using var db = await test.Dbs.CreateDbContextAsync();
        object[] tables =
        [
            await db.CostComponents.AsNoTracking().OrderBy(c => c.Id).ToListAsync(),
            await db.ComponentCosts.AsNoTracking().OrderBy(c => c.Id).ToListAsync(),
            await db.PostageRates.AsNoTracking().OrderBy(r => r.Id).ToListAsync(),
            await db.SkuCosts.AsNoTracking().Include(s => s.Lines).Include(s => s.Packaging).OrderBy(s => s.Id).ToListAsync(),
            await db.Set<StoredImport>().AsNoTracking().Where(i => i.UndoneUtc == null).Select(i => i.ImportId).ToListAsync(),
        ];
        return JsonSerializer.Serialize(tables, Json);
    }

    /// <summary>A trigger that makes the database itself refuse one pack cost, as a full disk or a lost connection would mid-save (42.42 is 4242 pence).</summary>
    private static async Task RefuseCostAsync(CostingTestDb test)
    {
        await using var db = await test.Dbs.CreateDbContextAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER refuse_cost BEFORE INSERT ON \"ComponentCosts\" WHEN NEW.\"PackCostPence\" = 4242 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
            return;
        }
        await db.Database.ExecuteSqlRawAsync(
            "CREATE FUNCTION refuse_cost() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
            "IF NEW.\"PackCostPence\" = 4242 THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$; " +
            "CREATE TRIGGER refuse_cost BEFORE INSERT ON \"ComponentCosts\" FOR EACH ROW EXECUTE FUNCTION refuse_cost();");
    }
}
