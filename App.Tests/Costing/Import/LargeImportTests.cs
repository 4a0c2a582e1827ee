using SellerConsole.Costing.Import;
using SellerConsole.Tests.Costing.Data;
using static SellerConsole.Tests.Costing.Import.ImportFiles;

namespace SellerConsole.Tests.Costing.Import;

/// <summary>50,000-row files: one bad row still writes nothing; a good file writes every row, with progress.</summary>
public sealed class LargeImportTests
{
    private const int Rows = 50_000;

    [Fact]
    public async Task A_50000_row_file_with_bad_rows_writes_nothing_and_names_each_bad_row()
    {
        await using var test = await CostingTestDb.CreateAsync();
        var before = await test.CountsAsync();
        var lines = new List<string> { ComponentsHeader };
        lines.AddRange(Enumerable.Range(1, Rows).Select(n => n switch
        {
            17_000 => Component(n, packCost: "1,50"),
            Rows => Component(n, date: "tomorrow"),
            _ => Component(n),
        }));

        var result = await test.ImportAsync(ImportKind.Components, lines);

        Assert.Equal([(17_001, ""), (17_001, "EffectiveFrom"), (Rows + 1, "EffectiveFrom")], result.Errors.Select(e => (e.Row, e.Column)));
        Assert.Equal(0, result.Written);
        Assert.Equal(before, await test.CountsAsync());
        var report = System.Text.Encoding.UTF8.GetString(ImportResults.ErrorReportCsv(result)).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("Row,Column,Message", report[0]);
        Assert.StartsWith("17001,,\"The row has 9 cells", report[1]);
    }

    [Fact]
    public async Task A_good_50000_row_file_writes_every_row_and_reports_progress()
    {
        await using var test = await CostingTestDb.CreateAsync();
        var lines = new List<string> { ComponentsHeader };
        lines.AddRange(Enumerable.Range(1, Rows).Select(n => Component(n, packCost: $"{1 + n % 400}.{n % 100:D2}")));
        var stages = new List<ImportProgress>();
        var progress = new SynchronousProgress(p => { lock (stages) { stages.Add(p); } });

        var result = await test.Importer.ImportAsync(ImportKind.Components, Csv(lines), "big.csv", CostingTestDb.Actor, progress, default);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Take(5)));
        Assert.Equal(Rows, result.Written);
        var counts = await test.CountsAsync();
        Assert.Equal((Rows, Rows), (counts["components"], counts["componentCosts"]));
        Assert.Contains(stages, s => s.Stage == "Saving" && s.Done > 0 && s.Done < Rows);
        Assert.Equal(100, stages[^1].Percent);
        var snapshot = await test.NewStore().SnapshotAsync(default);
        Assert.Equal(Rows, snapshot.Catalogue.Components.Count);
        Assert.Equal(1m + 12_345 % 400 + 0.45m, snapshot.Catalogue.Component("C12345").PackCosts[0].Amount);
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
