using System.Text;
using SellerConsole.Costing.Import;
using SellerConsole.Tests.Costing.Data;
using static SellerConsole.Tests.Costing.Import.ImportFiles;

namespace SellerConsole.Tests.Costing.Import;

/// <summary>
/// Every upload is bounded before it is parsed. The hostile files of the security review are refused
/// with the limit named, and refusing them allocates next to nothing (they once cost gigabytes).
/// </summary>
public sealed class UploadLimitTests
{
    /// <summary>Reading runs on the calling thread, so this thread's allocation counter sees all of it.</summary>
    private static (string Message, long Allocated) Refuse(byte[] file, TableFormat format = TableFormat.Xlsx)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var refused = Assert.Throws<ImportLimitException>(() => TableFiles.Read(new MemoryStream(file), format));
        return (refused.Message, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_tiny_xlsx_with_a_cell_at_column_ZZZZZZ_is_refused_cheaply_naming_the_column()
    {
        var file = HostileFiles.FarColumn();
        Assert.True(file.Length < 4_096);

        var (message, allocated) = Refuse(file);

        Assert.Equal("Column ZZZZZZ is beyond the 50 columns an import reads.", message);
        Assert.True(allocated < 5_000_000, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_dimension_reaching_past_the_last_column_or_row_is_refused_before_any_cell_is_read()
    {
        var wide = HostileFiles.Xlsx(HostileFiles.Sheet("", dimension: "A1:AY2"));
        var tall = HostileFiles.Xlsx(HostileFiles.Sheet("", dimension: "A1:H1048576"));

        Assert.Equal("Column AY is beyond the 50 columns an import reads.", Refuse(wide).Message);
        Assert.StartsWith("Row 1,048,576 is beyond the 100,000 rows an import reads", Refuse(tall).Message);
    }

    [Fact]
    public void A_shared_strings_zip_bomb_is_refused_from_its_declared_size_without_unzipping_it()
    {
        var bomb = HostileFiles.SharedStringsBomb(unzippedMegabytes: 200);
        Assert.True(bomb.Length < 1_000_000, $"the bomb packs to {bomb.Length:N0} bytes");

        var (message, allocated) = Refuse(bomb);

        Assert.StartsWith("The file unzips to more than 64 MB", message);
        Assert.True(allocated < 50_000_000, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_part_packed_far_tighter_than_any_spreadsheet_is_refused_as_a_zip_bomb()
    {
        var (message, allocated) = Refuse(HostileFiles.SharedStringsBomb(unzippedMegabytes: 30));

        Assert.Matches(@"^Part xl/sharedStrings\.xml unzips to [\d,]+ times its packed size; an import refuses more than 200 to 1", message);
        Assert.True(allocated < 50_000_000, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_shared_string_longer_than_a_cell_may_be_is_refused_without_holding_it()
    {
        var file = HostileFiles.Xlsx(HostileFiles.Sheet("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>"""),
            s => s.Write(Encoding.UTF8.GetBytes($"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>{new string('x', 900_000)}</t></si></sst>")));

        var (message, allocated) = Refuse(file);

        Assert.StartsWith("A cell holds more than 1,000 characters", message);
        Assert.True(allocated < 1_800_000, $"{allocated:N0} bytes allocated (the text alone is 1.8 MB as UTF-16)");
    }

    [Fact]
    public void Csv_files_are_bounded_in_columns_cell_length_and_rows()
    {
        var wide = Csv([string.Join(",", Enumerable.Range(1, 51).Select(i => $"C{i}"))]).ToArray();
        var longCell = Csv([ComponentsHeader, Component(1).Replace("Part 1", new string('x', 1_001))]).ToArray();
        var tall = Csv([ComponentsHeader, .. Enumerable.Repeat("x", 100_001)]).ToArray();

        Assert.Equal("Row 1 has 51 columns; an import reads at most 50.", Refuse(wide, TableFormat.Csv).Message);
        Assert.StartsWith("A cell holds more than 1,000 characters", Refuse(longCell, TableFormat.Csv).Message);
        Assert.StartsWith("The file has more than 100,000 rows", Refuse(tall, TableFormat.Csv).Message);
    }

    [Fact]
    public async Task The_importer_refuses_a_hostile_file_on_the_file_row_and_writes_nothing()
    {
        await using var test = await CostingTestDb.CreateAsync();
        var before = await test.CountsAsync();

        var far = await test.ImportAsync(ImportKind.Components, HostileFiles.FarColumn(), "parts.xlsx");
        var bomb = await test.ImportAsync(ImportKind.Components, HostileFiles.SharedStringsBomb(200), "parts.xlsx");
        var huge = await test.ImportAsync(ImportKind.Components, new byte[UploadLimits.MaxFileBytes + 1], "parts.csv");

        Assert.Equal((0, "", "Column ZZZZZZ is beyond the 50 columns an import reads."), Only(far));
        Assert.StartsWith("The file unzips to more than 64 MB", Only(bomb).Message);
        Assert.StartsWith("The file is larger than 20 MB", Only(huge).Message);
        Assert.Equal(before, await test.CountsAsync());
    }

    private static (int Row, string Column, string Message) Only(ImportResult result)
    {
        var error = Assert.Single(result.Errors);
        return (error.Row, error.Column, error.Message);
    }
}
