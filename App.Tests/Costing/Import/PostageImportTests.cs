using SellerConsole.Costing.Import;
using SellerConsole.Tests.Costing.Data;
using static SellerConsole.Tests.Costing.Import.ImportFiles;

namespace SellerConsole.Tests.Costing.Import;

public sealed class PostageImportTests
{
    [Fact]
    public async Task Postage_rows_for_an_unknown_format_or_too_heavy_a_band_are_refused_and_a_good_card_replaces_the_examples()
    {
        await using var test = await CostingTestDb.CreateAsync();
        var before = await test.CountsAsync();

        var bad = await test.ImportAsync(ImportKind.Postage,
        [
            PostageHeader,
            "Royal Mail Tracked 48,Large Letter,750,2.95,0,2025-04-07",
            "Royal Mail Tracked 48,Huge Parcel,750,2.95,0,2025-04-07",
            "Royal Mail Tracked 48,Large Letter,900,2.95,0,2025-04-07",
            "Royal Mail Tracked 48,Large Letter,750,3.05,0,2025-04-07",
        ]);
        Assert.Equal([3, 4, 5], bad.Errors.Select(e => e.Row));
        Assert.Equal(before, await test.CountsAsync());

        var good = await test.ImportAsync(ImportKind.Postage, [PostageHeader, "Royal Mail Tracked 48,Large Letter,750,2.95,0,2024-01-01"]);

        Assert.True(good.Succeeded, string.Join("\n", good.Errors));
        var snapshot = await test.NewStore().SnapshotAsync(default);
        var replaced = snapshot.Data.PostageRates.Single(r => r.Rate.Service == "Royal Mail Tracked 48" && r.Rate.MaxWeightGrams == 750 && r.Rate.Format.Name == "Large Letter");
        Assert.Equal((2.95m, false), (replaced.Rate.Price, replaced.IsExample));
        Assert.Equal(before["postageRates"], (await test.CountsAsync())["postageRates"]);
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused_with_a_reason()
    {
        await using var test = await CostingTestDb.CreateAsync();

        var result = await test.ImportAsync(ImportKind.Components, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02], "parts.xlsx");

        var error = Assert.Single(result.Errors);
        Assert.Contains("not a readable .xlsx", error.Message);
    }
}
