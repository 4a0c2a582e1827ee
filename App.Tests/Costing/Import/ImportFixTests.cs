using System.Text;
using SellerConsole.Costing.Import;
using SellerConsole.Tests.Costing.Data;
using static SellerConsole.Tests.Costing.Import.ImportFiles;

namespace SellerConsole.Tests.Costing.Import;

/// <summary>Files as sellers really save them: Windows-1252, semicolons, decimal commas, nothing at all.</summary>
public sealed class ImportFixTests
{
    [Fact]
    public async Task A_windows_1252_csv_imports_its_accents_and_pound_signs_and_says_how_it_was_read()
    {
        await using var test = await CostingTestDb.CreateAsync();
        var text = string.Join("\r\n", ComponentsHeader, "CAFE-1,Café crème sachet,Société Générale,SG-1,100,20,£4.50,2025-01-01") + "\r\n";
        var file = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

        var result = await test.ImportAsync(ImportKind.Components, file, "parts.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var component = (await test.NewStore().SnapshotAsync(default)).Catalogue.Component("CAFE-1");
        Assert.Equal(("Café crème sachet", "Société Générale", 4.50m), (component.Name, component.Supplier, component.PackCosts[0].Amount));
        Assert.Contains(result.Notes, n => n.Contains("Windows-1252"));
    }

    [Fact]
    public async Task A_utf8_csv_is_read_as_utf8_without_a_note()
    {
        await using var test = await CostingTestDb.CreateAsync();

        var result = await test.ImportAsync(ImportKind.Components, [ComponentsHeader, "CAFE-2,Café,,,100,20,4.50,2025-01-01"]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("Café", (await test.NewStore().SnapshotAsync(default)).Catalogue.Component("CAFE-2").Name);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public async Task A_semicolon_separated_file_is_read_as_such_and_says_so()
    {
        await using var test = await CostingTestDb.CreateAsync();

        var result = await test.ImportAsync(ImportKind.Components,
            [ComponentsHeader.Replace(',', ';'), "SEMI-1;Wood screw, zinc;Acme;AF-1;200;20;4.50;2025-01-01"]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("Wood screw, zinc", (await test.NewStore().SnapshotAsync(default)).Catalogue.Component("SEMI-1").Name);
        Assert.Contains(result.Notes, n => n.StartsWith("This file is semicolon-separated"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n  \r\n")]
    [InlineData("\uFEFF")]
    public async Task An_empty_file_is_reported_once_as_empty(string content)
    {
        await using var test = await CostingTestDb.CreateAsync();

        var result = await test.ImportAsync(ImportKind.Boms, Encoding.UTF8.GetBytes(content), "boms.csv");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("This file is empty.", error.Message);
    }

    [Fact]
    public async Task A_decimal_comma_in_a_money_cell_is_refused_with_the_fix_never_read_as_pence()
    {
        await using var test = await CostingTestDb.CreateAsync();
        var before = await test.CountsAsync();

        var quoted = await test.ImportAsync(ImportKind.Components, [ComponentsHeader, "C1,Part,,,100,20,\"4,29\",2025-01-01"]);
        var semicolons = await test.ImportAsync(ImportKind.Postage,
            [PostageHeader.Replace(',', ';'), "Royal Mail Tracked 48;Large Letter;750;2,95;0;2025-04-07"]);

        var error = Assert.Single(quoted.Errors);
        Assert.Equal((2, "PackCost", "PackCost '4,29' uses a comma. Use a point for pence: 4.29."), (error.Row, error.Column, error.Message));
        Assert.Equal("Price '2,95' uses a comma. Use a point for pence: 2.95.", Assert.Single(semicolons.Errors).Message);
        Assert.Equal(before, await test.CountsAsync());
    }

    [Fact]
    public async Task A_decimal_comma_in_a_quantity_is_refused_with_the_fix()
    {
        await using var test = await CostingTestDb.CreateAsync();
        Assert.True((await test.ImportAsync(ImportKind.Components, [ComponentsHeader, Component(1)])).Succeeded);

        var result = await test.ImportAsync(ImportKind.Boms, [BomsHeader, "PACK,Pack,Component,C00001,\"1,5\",0"]);

        Assert.Equal("Quantity '1,5' uses a comma. Use a point for decimals: 1.5.", Assert.Single(result.Errors).Message);
    }
}
