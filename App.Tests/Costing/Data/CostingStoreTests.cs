using Microsoft.EntityFrameworkCore;
using SellerConsole.Costing;
using SellerConsole.Costing.Data;
using SellerConsole.Costing.Quoting;
using SellerConsole.Security;

namespace SellerConsole.Tests.Costing.Data;

public sealed class CostingStoreTests
{
    [Fact]
    public async Task First_use_seeds_the_fee_history_the_royal_mail_formats_and_a_marked_example_postage_card()
    {
        await using var test = await CostingTestDb.CreateAsync();

        var snapshot = await test.Store.SnapshotAsync(default);

        Assert.Equal(FeeScheduleSeed.DiyAndTools().Schedules, snapshot.Fees.Schedules);
        Assert.Equal(["Large Letter", "Small Parcel", "Medium Parcel"], snapshot.Data.Formats.Select(f => f.Format.Name));
        Assert.Equal(PostageFormat.SmallParcel, snapshot.Data.Formats[1].Format);
        Assert.NotEmpty(snapshot.Data.PostageRates);
        Assert.All(snapshot.Data.PostageRates, r => Assert.True(r.IsExample));
        Assert.Equal(snapshot.Data.PostageRates.Count, snapshot.ExamplePostageRates);
        Assert.Equal(CostingSettings.Default, snapshot.Settings);
        Assert.Single(snapshot.Data.LabourRates);
    }

    [Fact]
    public async Task Components_kits_and_sku_costs_round_trip_through_the_database()
    {
        await using var test = await CostingTestDb.CreateAsync();
        var screw = Stock.Part("SCREW", 4.50m, 200m, new DatedPrice(Stock.From.AddMonths(6), 4.80m));
        var plug = Stock.Part("PLUG", 3.00m);
        var pack = Stock.Kit("PACK", Stock.Of("SCREW", 10m, 0.05m), Stock.Of("PLUG", 10m));
        var sku = Stock.Sku("HOOKS", Stock.OfKit("PACK", 2m), Stock.Of("SCREW", 4m)) with { PostageService = "Royal Mail Tracked 48" };
        await test.SaveAsync(screw, plug, pack, sku);

        var loaded = await test.NewStore().SnapshotAsync(default);

        Assert.Equal(screw.PackCosts, loaded.Catalogue.Component("SCREW").PackCosts);
        Assert.Equal(screw with { PackCosts = [] }, loaded.Catalogue.Component("SCREW") with { PackCosts = [] });
        Assert.Equal(pack.Lines, loaded.Catalogue.Kit("PACK").Lines);
        var stored = loaded.Skus["HOOKS"];
        Assert.Equal(sku.Contents, stored.Contents);
        Assert.Equal((sku.Parcel, sku.LabourMinutes, sku.PostageService), (stored.Parcel, stored.LabourMinutes, stored.PostageService));
        Assert.All(loaded.Catalogue.Component("SCREW").PackCosts, c => Assert.Equal(DateTimeKind.Utc, c.EffectiveFrom.Kind));
    }

    [Fact]
    public async Task A_cost_change_on_a_date_leaves_earlier_quotes_unchanged()
    {
        await using var test = await CostingTestDb.CreateAsync();
        await test.SaveAsync(Stock.Part("SCREW", 4.00m), Stock.Kit("PACK", Stock.Of("SCREW", 50m)), Stock.Sku("BOX", Stock.OfKit("PACK", 1m)));
        var before = new DateTime(2025, 5, 31, 23, 0, 0, DateTimeKind.Utc);
        var change = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var first = await test.Store.SnapshotAsync(default);
        var earlier = SkuQuotes.Quote(first, new WhatIf(first.Skus["BOX"], 9.99m), before);

        var result = await test.Store.SaveComponentAsync(Stock.Part("SCREW", 4.00m, 100m, new DatedPrice(change, 6.00m)), CostingTestDb.Actor, default);
        Assert.True(result.Succeeded, result.Error);

        var reloaded = await test.NewStore().SnapshotAsync(default);
        var again = SkuQuotes.Quote(reloaded, new WhatIf(reloaded.Skus["BOX"], 9.99m), before);
        var after = SkuQuotes.Quote(reloaded, new WhatIf(reloaded.Skus["BOX"], 9.99m), change);
        Assert.Equal(earlier.Quote.Breakdown, again.Quote.Breakdown);
        Assert.Equal(earlier.BreakEvenPrice, again.BreakEvenPrice);
        // 50 screws at 4.00/100 = 2.00, then at 6.00/100 = 3.00 (standard registered: ex VAT).
        Assert.Equal(2.00m, -earlier.Quote.Breakdown.Single(l => l.Kind == BreakdownKind.Components).Amount);
        Assert.Equal(3.00m, -after.Quote.Breakdown.Single(l => l.Kind == BreakdownKind.Components).Amount);
    }

    [Fact]
    public async Task A_kit_that_would_contain_itself_is_refused_with_the_loop_and_nothing_is_saved()
    {
        await using var test = await CostingTestDb.CreateAsync();
        await test.SaveAsync(Stock.Part("SCREW", 4.00m), Stock.Kit("INNER", Stock.Of("SCREW", 2m)), Stock.Kit("OUTER", Stock.OfKit("INNER", 3m)));
        var counts = await test.CountsAsync();

        var result = await test.Store.SaveKitAsync(Stock.Kit("INNER", Stock.Of("SCREW", 2m), Stock.OfKit("OUTER", 1m)), CostingTestDb.Actor, default);

        Assert.False(result.Succeeded);
        Assert.Contains("BOM loop: Kit 'INNER' -> Kit 'OUTER' -> Kit 'INNER'", result.Error);
        Assert.Equal(counts, await test.CountsAsync());
        Assert.Single((await test.NewStore().SnapshotAsync(default)).Catalogue.Kit("INNER").Lines);
    }

    [Fact]
    public async Task Deleting_a_component_that_a_kit_uses_is_refused_and_a_fractional_penny_cost_writes_nothing()
    {
        await using var test = await CostingTestDb.CreateAsync();
        await test.SaveAsync(Stock.Part("SCREW", 4.00m), Stock.Kit("PACK", Stock.Of("SCREW", 2m)));
        var counts = await test.CountsAsync();

        var delete = await test.Store.DeleteComponentAsync("SCREW", CostingTestDb.Actor, default);
        var fraction = await test.Store.SaveComponentAsync(Stock.Part("NUT", 1.005m), CostingTestDb.Actor, default);

        Assert.Contains("Kit 'PACK' line 1 refers to Component 'SCREW', which is not in the catalogue", delete.Error);
        Assert.Contains("whole pence", fraction.Error);
        Assert.Equal(counts, await test.CountsAsync());
    }

    [Fact]
    public async Task A_saved_edit_publishes_costs_changed_and_is_audited()
    {
        await using var test = await CostingTestDb.CreateAsync();
        var events = new List<CostsChanged>();
        var received = new TaskCompletionSource();
        using var subscription = test.Feed.Subscribe<CostsChanged>(e =>
        {
            lock (events) { events.Add(e); }
            received.TrySetResult();
            return Task.CompletedTask;
        });

        await test.SaveAsync(Stock.Part("SCREW", 4.00m));
        await received.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("costs.changed", events[0].Kind);
        Assert.Equal(["SCREW"], events[0].Codes);
        var audit = await new AuditLog(test.Dbs, test.Clock).QueryAsync(new AuditQuery(Action: AuditActions.CostsChanged), default);
        var entry = Assert.Single(audit.Items);
        Assert.Equal(("Component 'SCREW'", CostingTestDb.Actor), (entry.Target, entry.Actor));
        Assert.Contains("2025-01-01: 4.00", entry.Details);
    }

    [Fact]
    public async Task Settings_change_the_vat_treatment_of_later_quotes()
    {
        await using var test = await CostingTestDb.CreateAsync();
        await test.SaveAsync(Stock.Part("SCREW", 4.00m), Stock.Sku("BOX", Stock.Of("SCREW", 50m)));
        var flat = CostingSettings.Default with { Scheme = VatScheme.FlatRate, FlatRate = 0.125m, TargetMargin = 0.30m };

        var result = await test.Store.SaveSettingsAsync(flat, CostingTestDb.Actor, default);
        var bad = await test.Store.SaveSettingsAsync(flat with { FlatRate = 0.9m }, CostingTestDb.Actor, default);

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("not plausible", bad.Error);
        var snapshot = await test.NewStore().SnapshotAsync(default);
        Assert.Equal(flat, snapshot.Settings);
        var quote = SkuQuotes.Quote(snapshot, new WhatIf(snapshot.Skus["BOX"], 9.99m), CostingTestDb.Now);
        // Flat rate: nothing reclaimed, so 2.00 of screws count with their 20% VAT.
        Assert.Equal(-2.40m, quote.Quote.Breakdown.Single(l => l.Kind == BreakdownKind.Components).Amount);
        Assert.Equal(0.30m, quote.TargetMargin);
        Assert.NotNull(quote.TargetMarginPrice);
        await using var db = await test.Dbs.CreateDbContextAsync();
        Assert.Equal(1, await db.CostingSettings.CountAsync());
    }
}
