using SellerConsole.Costing;
using SellerConsole.Costing.Import;
using SellerConsole.Tests.Costing.Data;
using SellerConsole.Tests.Support;
using static SellerConsole.Tests.Costing.Import.ImportFiles;

namespace SellerConsole.Tests.Costing.Import;

/// <summary>SKU costs files: every row is checked first, nothing is written unless all are good, exports import back.</summary>
public sealed class SkuImportTests
{
    private const string Header = "Sku,ItemType,ItemCode,Quantity,WastePercent,LabourMinutes,WeightGrams,LengthCm,WidthCm,DepthCm,PostageService";

    private static async Task<CostingTestDb> WithCatalogueAsync(params string[] listed)
    {
        var test = await CostingTestDb.CreateAsync();
        await test.SaveAsync(
            Stock.Part("SCREW", 4.50m, 200m), Stock.Part("PLUG", 3.00m),
            Stock.Kit("PACK", Stock.Of("SCREW", 10m, 0.05m), Stock.Of("PLUG", 10m)),
            new PackagingItem("BAG-S", "Mailing bag, small", PackagingKind.Bag, [new DatedPrice(Stock.From, 0.08m)], 0.20m));
        await CatalogSeed.AddAsync(test.Dbs, listed.Select((sku, i) => CatalogSeed.Listing(7_100 + i, l => l.Sku = sku)));
        return test;
    }

    [Fact]
    public async Task A_good_sku_costs_file_replaces_each_skus_definition_and_exports_back_to_the_same_rows()
    {
        await using var test = await WithCatalogueAsync("SKU-A", "SKU-B");
        string[] rows =
        [
            Header,
            "SKU-A,Kit,PACK,1,0,2,180,22,16,3,Royal Mail Tracked 48",
            "SKU-A,Component,SCREW,2,5,2,180,22,16,3,Royal Mail Tracked 48",
            "SKU-A,Packaging,BAG-S,1,,2,180,22,16,3,Royal Mail Tracked 48",
            "SKU-B,,,,,0.5,90,20,15,1,",
        ];

        var result = await test.ImportAsync(ImportKind.Skus, rows);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var snapshot = await test.NewStore().SnapshotAsync(default);
        var a = snapshot.Skus["SKU-A"];
        Assert.Equal([new BomLine(BomRef.Kit("PACK"), 1m, 0m), new BomLine(BomRef.Component("SCREW"), 2m, 0.05m)], a.Contents);
        Assert.Equal([new PackagingLine("BAG-S", 1m)], a.Packaging);
        Assert.Equal((2m, new PackedParcel(180, new Dimensions(22m, 16m, 3m)), "Royal Mail Tracked 48"), (a.LabourMinutes, a.Parcel, a.PostageService));
        Assert.Equal((0, 0, (string?)null), (snapshot.Skus["SKU-B"].Contents.Count, snapshot.Skus["SKU-B"].Packaging.Count, snapshot.Skus["SKU-B"].PostageService));
        var exported = System.Text.Encoding.UTF8.GetString(CostingExporter.Export(snapshot, ImportKind.Skus, TableFormat.Csv)).TrimStart('\uFEFF');
        Assert.Equal(rows, exported.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_and_nothing_is_written()
    {
        await using var test = await WithCatalogueAsync("SKU-A", "SKU-B");
        await test.SaveAsync(Stock.Sku("SKU-B", Stock.Of("PLUG", 1m)));
        var before = await test.CountsAsync();
        var saved = (await test.NewStore().SnapshotAsync(default)).Skus["SKU-B"];

        var result = await test.ImportAsync(ImportKind.Skus,
        [
            Header,
            "SKU-B,Component,SCREW,3,0,1,100,20,15,1,",
            "SKU-A,Component,NOPE,1,0,2,180,22,16,3,",
            "NOT-LISTED,Component,SCREW,1,0,2,180,22,16,3,",
            "SKU-A,Packaging,BAG-S,1,5,2,180,22,16,3,",
            "SKU-B,Component,PLUG,1,0,1,999,20,15,1,",
            "SKU-B,Component,SCREW,1,0,1,100,20,15,1,",
            "SKU-A,Widget,SCREW,1,0,2,180,22,16,3,",
        ]);

        Assert.Equal([(3, "ItemCode"), (4, "Sku"), (5, "WastePercent"), (6, "Sku"), (7, "ItemCode"), (8, "ItemType")], result.Errors.Select(e => (e.Row, e.Column)));
        Assert.StartsWith("Unknown component 'NOPE'", result.Errors[0].Message);
        Assert.StartsWith("SKU 'NOT-LISTED' is not one of your listings", result.Errors[1].Message);
        Assert.StartsWith("SKU 'SKU-B' has a different labour, weight, size or postage service on row 2", result.Errors[3].Message);
        Assert.StartsWith("Duplicate: SKU 'SKU-B' already lists Component 'SCREW' on row 2", result.Errors[4].Message);
        Assert.Equal(before, await test.CountsAsync());
        Assert.Equal(saved.Contents, (await test.NewStore().SnapshotAsync(default)).Skus["SKU-B"].Contents);
    }

    [Fact]
    public async Task A_sku_the_costing_core_refuses_is_reported_on_its_first_row()
    {
        await using var test = await WithCatalogueAsync("SKU-A");
        var before = await test.CountsAsync();

        var result = await test.ImportAsync(ImportKind.Skus, [Header, "SKU-A,Kit,PACK,1,0,2,180,22,16,3,Pigeon Post"]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "Sku"), (error.Row, error.Column));
        Assert.Contains("Pigeon Post", error.Message);
        Assert.Equal(before, await test.CountsAsync());
    }

    [Fact]
    public async Task The_sku_costs_template_and_an_xlsx_export_import_back()
    {
        await using var source = await WithCatalogueAsync("SKU-A");
        await using var target = await WithCatalogueAsync("SKU-A");
        Assert.True((await source.ImportAsync(ImportKind.Skus, [Header, "SKU-A,Kit,PACK,1.5,2.5,2,180,22,16,3,Royal Mail Tracked 48", "SKU-A,Packaging,BAG-S,1,,2,180,22,16,3,Royal Mail Tracked 48"])).Succeeded);
        var xlsx = CostingExporter.Export(await source.NewStore().SnapshotAsync(default), ImportKind.Skus, TableFormat.Xlsx);

        var result = await target.ImportAsync(ImportKind.Skus, xlsx, "skus.xlsx");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((await source.NewStore().SnapshotAsync(default)).Skus["SKU-A"] with { Contents = [], Packaging = [] },
            (await target.NewStore().SnapshotAsync(default)).Skus["SKU-A"] with { Contents = [], Packaging = [] });
        Assert.Equal((await source.NewStore().SnapshotAsync(default)).Skus["SKU-A"].Contents, (await target.NewStore().SnapshotAsync(default)).Skus["SKU-A"].Contents);
        var template = System.Text.Encoding.UTF8.GetString(CostingExporter.Template(ImportKind.Skus, TableFormat.Csv));
        Assert.StartsWith("\uFEFF" + Header, template);
    }
}
