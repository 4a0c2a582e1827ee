using SellerConsole.Costing;
using SellerConsole.Costing.Import;
using SellerConsole.Tests.Costing.Data;
using static SellerConsole.Tests.Costing.Import.ImportFiles;

namespace SellerConsole.Tests.Costing.Import;

public sealed class CostingImportTests
{
    [Fact]
    public async Task A_good_components_file_imports_and_exports_back_to_the_same_rows()
    {
        await using var test = await CostingTestDb.CreateAsync();
        string[] rows =
        [
            ComponentsHeader,
            "SCREW-4x30,\"Wood screw 4.0 x 30mm, zinc\",Acme Fixings,AF-43021,200,20,4.50,2025-01-01",
            "SCREW-4x30,\"Wood screw 4.0 x 30mm, zinc\",Acme Fixings,AF-43021,200,20,£4.80,2025-09-01",
            "PLUG-RED,\"Wall plug, red\",,,100,0,3.00,01/02/2025",
        ];

        var result = await test.ImportAsync(ImportKind.Components, rows);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((3, 3), (result.Rows, result.Written));
        var snapshot = await test.NewStore().SnapshotAsync(default);
        var screw = snapshot.Catalogue.Component("SCREW-4x30");
        Assert.Equal([4.50m, 4.80m], screw.PackCosts.Select(c => c.Amount));
        Assert.Equal(0.0225m, screw.UnitCostExVat(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2025, 2, 1, 0, 0, 0, DateTimeKind.Utc), snapshot.Catalogue.Component("PLUG-RED").PackCosts[0].EffectiveFrom);

        var exported = System.Text.Encoding.UTF8.GetString(CostingExporter.Export(snapshot, ImportKind.Components, TableFormat.Csv)).TrimStart('\uFEFF');
        Assert.Equal(
            [
                ComponentsHeader,
                "PLUG-RED,\"Wall plug, red\",,,100,0,3.00,2025-02-01",
                "SCREW-4x30,\"Wood screw 4.0 x 30mm, zinc\",Acme Fixings,AF-43021,200,20,4.50,2025-01-01",
                "SCREW-4x30,\"Wood screw 4.0 x 30mm, zinc\",Acme Fixings,AF-43021,200,20,4.80,2025-09-01",
            ],
            exported.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task An_exported_xlsx_of_boms_imports_into_another_database_unchanged()
    {
        await using var source = await CostingTestDb.CreateAsync();
        await using var target = await CostingTestDb.CreateAsync();
        string[] parts = [ComponentsHeader, Component(1), Component(2)];
        Assert.True((await source.ImportAsync(ImportKind.Components, parts)).Succeeded);
        Assert.True((await target.ImportAsync(ImportKind.Components, parts)).Succeeded);
        await source.SaveAsync(
            Stock.Kit("INNER", Stock.Of("C00001", 4m, 0.05m)),
            Stock.Kit("OUTER", Stock.OfKit("INNER", 2m), Stock.Of("C00002", 1.5m)));
        var xlsx = CostingExporter.Export(await source.Store.SnapshotAsync(default), ImportKind.Boms, TableFormat.Xlsx);

        var result = await target.ImportAsync(ImportKind.Boms, xlsx, "boms.xlsx");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var expected = (await source.NewStore().SnapshotAsync(default)).Catalogue;
        var actual = (await target.NewStore().SnapshotAsync(default)).Catalogue;
        Assert.Equal(expected.Kit("OUTER"), actual.Kit("OUTER") with { Lines = expected.Kit("OUTER").Lines });
        Assert.Equal(expected.Kit("OUTER").Lines, actual.Kit("OUTER").Lines);
        Assert.Equal(expected.Kit("INNER").Lines, actual.Kit("INNER").Lines);
    }

    [Fact]
    public async Task Wrong_columns_are_reported_on_the_header_row_and_nothing_is_written()
    {
        await using var test = await CostingTestDb.CreateAsync();
        var before = await test.CountsAsync();

        var result = await test.ImportAsync(ImportKind.Components,
            ["Code,Name,Supplier,SupplierCode,Pack Size,VatPercent,PackCost,EffectiveFrom,Colour", "C1,Part,,,100,20,1.00,2025-01-01,red"]);

        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.Equal(1, e.Row));
        Assert.Contains(result.Errors, e => e.Message.StartsWith("Unknown column 'Pack Size'"));
        Assert.Contains(result.Errors, e => e.Message.StartsWith("Unknown column 'Colour'"));
        Assert.Contains(result.Errors, e => e.Message.StartsWith("Missing column 'PackSize'"));
        Assert.Equal(before, await test.CountsAsync());
    }

    [Fact]
    public async Task Every_row_with_bad_numbers_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        await using var test = await CostingTestDb.CreateAsync();
        var before = await test.CountsAsync();

        var result = await test.ImportAsync(ImportKind.Components,
        [
            ComponentsHeader,
            Component(1),
            "C2,Part 2,Acme,AF-2,ten,20,1.00,2025-01-01",
            "C3,Part 3,Acme,AF-3,100,20,1.005,2025-01-01",
            "C4,Part 4,Acme,AF-4,0,120,-1,2025-13-45",
            Component(5),
        ]);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Written);
        Assert.Equal(
            [(3, "PackSize"), (4, "PackCost"), (5, "PackSize"), (5, "VatPercent"), (5, "PackCost"), (5, "EffectiveFrom")],
            result.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("'ten' is not a number", result.Errors[0].Message);
        Assert.Contains("not in whole pence", result.Errors[1].Message);
        Assert.Equal(before, await test.CountsAsync());
    }

    [Fact]
    public async Task Unknown_components_and_duplicate_lines_in_a_bom_file_are_reported_and_nothing_is_written()
    {
        await using var test = await CostingTestDb.CreateAsync();
        Assert.True((await test.ImportAsync(ImportKind.Components, [ComponentsHeader, Component(1)])).Succeeded);
        var before = await test.CountsAsync();

        var result = await test.ImportAsync(ImportKind.Boms,
        [
            BomsHeader,
            "PACK,Fixing pack,Component,C00001,10,0",
            "PACK,Fixing pack,Component,NO-SUCH-PART,10,0",
            "PACK,Fixing pack,Component,C00001,5,0",
            "PACK,Fixing pack,Kit,NO-SUCH-KIT,1,0",
            "PACK,Fixing pack,Widget,C00001,1,0",
        ]);

        Assert.Equal([3, 4, 5, 6], result.Errors.Select(e => e.Row));
        Assert.StartsWith("Unknown component 'NO-SUCH-PART'", result.Errors[0].Message);
        Assert.StartsWith("Duplicate: kit 'PACK' already lists Component 'C00001' on row 2", result.Errors[1].Message);
        Assert.StartsWith("Unknown kit 'NO-SUCH-KIT'", result.Errors[2].Message);
        Assert.Contains("must be Component or Kit", result.Errors[3].Message);
        Assert.Equal(before, await test.CountsAsync());
    }

    [Fact]
    public async Task A_bom_loop_is_reported_on_the_row_that_closes_it_and_nothing_is_written()
    {
        await using var test = await CostingTestDb.CreateAsync();
        Assert.True((await test.ImportAsync(ImportKind.Components, [ComponentsHeader, Component(1)])).Succeeded);
        await test.SaveAsync(Stock.Kit("SAVED", Stock.Of("C00001", 1m)));
        var before = await test.CountsAsync();

        var result = await test.ImportAsync(ImportKind.Boms,
        [
            BomsHeader,
            "A,Kit A,Kit,B,1,0",
            "B,Kit B,Component,C00001,2,0",
            "B,Kit B,Kit,SAVED,1,0",
            "SAVED,Saved kit,Kit,A,1,0",
        ]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Row);
        Assert.Equal("BOM loop: Kit 'A' -> Kit 'B' -> Kit 'SAVED' -> Kit 'A'. A kit cannot contain itself.", error.Message);
        Assert.Equal(before, await test.CountsAsync());
    }
}
