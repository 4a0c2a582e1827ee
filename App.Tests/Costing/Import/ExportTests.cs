using System.Text;
using ClosedXML.Excel;
using SellerConsole.Costing.Import;
using SellerConsole.Shared;
using SellerConsole.Tests.Costing.Data;
using static SellerConsole.Tests.Costing.Import.ImportFiles;

namespace SellerConsole.Tests.Costing.Import;

/// <summary>Exports: formula-like text is neutralised in CSV and XLSX, and the workbook is a usable sheet.</summary>
public sealed class ExportTests
{
    private static readonly string[] Hostile = ["=HYPERLINK(\"http://evil.example\")", "+44 fixings", "-minus", "@SUM(A1)", "\tTabbed"];

    private static async Task<CostingTestDb> WithHostileNamesAsync()
    {
        var test = await CostingTestDb.CreateAsync();
        var lines = Hostile.Select((name, i) => $"H{i},\"{name.Replace("\"", "\"\"")}\",Acme,AF-{i},100,20,4.50,2025-01-01");
        var result = await test.ImportAsync(ImportKind.Components, [ComponentsHeader, .. lines]);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return test;
    }

    [Fact]
    public async Task A_csv_export_escapes_formula_like_text_and_imports_back_unchanged()
    {
        await using var source = await WithHostileNamesAsync();
        await using var target = await CostingTestDb.CreateAsync();
        var csv = CostingExporter.Export(await source.NewStore().SnapshotAsync(default), ImportKind.Components, TableFormat.Csv);
        var text = Encoding.UTF8.GetString(csv);

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", text);
        Assert.Contains("'+44 fixings", text);
        Assert.Contains("'@SUM(A1)", text);
        Assert.DoesNotContain(",=", text);
        var result = await target.ImportAsync(ImportKind.Components, csv, "components.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var names = (await target.NewStore().SnapshotAsync(default)).Catalogue.Components.Select(c => c.Name).Order();
        Assert.Equal(Hostile.Select(n => n.Trim()).Order(), names);
    }

    [Fact]
    public async Task An_xlsx_export_has_text_cells_never_formulas_real_money_and_dates_a_frozen_header_and_a_filter()
    {
        await using var test = await WithHostileNamesAsync();
        var xlsx = CostingExporter.Export(await test.NewStore().SnapshotAsync(default), ImportKind.Components, TableFormat.Xlsx);

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(ImportColumns.For(ImportKind.Components), sheet.Row(1).Cells(1, 8).Select(c => c.GetString()));
        var names = sheet.Column(2).CellsUsed().Skip(1).ToList();
        Assert.All(names, c => Assert.Equal((XLDataType.Text, false), (c.DataType, c.HasFormula)));
        Assert.All(names.Where(c => FormulaText.LooksLikeFormula(c.GetString())), c => Assert.True(c.Style.IncludeQuotePrefix, c.GetString()));
        Assert.Contains(names, c => c.GetString() == Hostile[0]);
        var cost = sheet.Cell(2, 7);
        Assert.Equal((XLDataType.Number, 4.5, "£#,##0.00"), (cost.DataType, cost.GetDouble(), cost.Style.NumberFormat.Format));
        Assert.Equal(new DateTime(2025, 1, 1), sheet.Cell(2, 8).GetDateTime());
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.True(sheet.Column(2).Width > sheet.Column(5).Width, "the name column is sized from its text");
    }

    [Fact]
    public async Task An_xlsx_export_imports_back_into_another_database_unchanged()
    {
        await using var source = await WithHostileNamesAsync();
        await using var target = await CostingTestDb.CreateAsync();
        var before = (await source.NewStore().SnapshotAsync(default)).Catalogue.Components.OrderBy(c => c.Code).ToList();
        var xlsx = CostingExporter.Export(await source.NewStore().SnapshotAsync(default), ImportKind.Components, TableFormat.Xlsx);

        var result = await target.ImportAsync(ImportKind.Components, xlsx, "components.xlsx");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var after = (await target.NewStore().SnapshotAsync(default)).Catalogue.Components.OrderBy(c => c.Code).ToList();
        Assert.Equal(before.Select(c => (c.Code, c.Name, c.Supplier, c.PackSize, c.PurchaseVatRate)), after.Select(c => (c.Code, c.Name, c.Supplier, c.PackSize, c.PurchaseVatRate)));
        Assert.Equal(before.SelectMany(c => c.PackCosts), after.SelectMany(c => c.PackCosts));
    }
}
