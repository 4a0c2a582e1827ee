using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SellerConsole.Catalog;
using SellerConsole.Costing;
using SellerConsole.Costing.Data;
using SellerConsole.Costing.Import;
using SellerConsole.Costing.Margins;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Security;

namespace SellerConsole.Bench;

/// <summary>
/// The Margins page over 50,000 SKUs on SQLite (every listing with a 2-level BOM): loading the costing
/// snapshot, the first page cold (computes every row) and warm (cached), sorted and filtered; then
/// importing a 50,000-row components CSV (check + write) into the same database.
/// </summary>
public sealed class MarginsBenchmark : IBenchmark
{
    private const int Skus = 50_000;
    private static readonly DateTime From = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public string Name => "margins";

    public string Description => $"Margins page over {Skus:N0} costed SKUs (cold and warm), and a {Skus:N0}-row components CSV import";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await using var database = await BenchDatabase.CreateAsync(cancellationToken);
        var dbs = database.Factory;
        var feed = new LiveFeed(NullLogger<LiveFeed>.Instance);
        var clock = TimeProvider.System;
        var store = new CostingStore(dbs, feed, new AuditLog(dbs, clock), clock, NullLogger<CostingStore>.Instance);
        var seeding = Stopwatch.StartNew();
        await SeedAsync(dbs, store, cancellationToken);
        output.WriteLine($"   seeded {Skus:N0} listings with cost definitions in {seeding.Elapsed.TotalSeconds:F1} s");

        store.Invalidate();
        var load = Stopwatch.StartNew();
        var snapshot = await store.SnapshotAsync(cancellationToken);
        output.WriteLine($"   costing snapshot load (2,000 components, 400 kits, {snapshot.Skus.Count:N0} SKUs): {load.ElapsedMilliseconds} ms");

        var margins = new MarginsQuery(dbs, store, clock, feed);
        var cold = Stopwatch.StartNew();
        var first = await margins.PageAsync(new MarginFilter(), null, false, 0, 50, cancellationToken);
        output.WriteLine($"   first page cold (computes all {first.Summary.Listings:N0} rows): {cold.ElapsedMilliseconds} ms; {first.Summary.UnderTarget:N0} under target");
        await MeasureAsync(output, "first page warm (50, by SKU)", () => margins.PageAsync(new MarginFilter(), null, false, 0, 50, cancellationToken));
        await MeasureAsync(output, "by profit, descending", () => margins.PageAsync(new MarginFilter(), "profit", true, 0, 50, cancellationToken));
        await MeasureAsync(output, "under target, by margin", () => margins.PageAsync(new MarginFilter(Flag: MarginFlag.UnderTarget), "margin", false, 0, 50, cancellationToken));
        await MeasureAsync(output, "search 'BN-01' by break-even", () => margins.PageAsync(new MarginFilter("BN-01"), "breakEven", false, 0, 50, cancellationToken));

        var importer = new CostingImporter(dbs, store, new ImportResults(), NullLogger<CostingImporter>.Instance);
        var csv = new StringBuilder("Code,Name,Supplier,SupplierCode,PackSize,VatPercent,PackCost,EffectiveFrom\n");
        for (var i = 0; i < Skus; i++)
        {
            csv.Append($"IMP-{i:D6},Imported part {i},Acme,A{i},{i % 200 + 1},20,{i % 900 + 1}.{i % 100:D2},2025-0{i % 9 + 1}-01\n");
        }
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        var import = Stopwatch.StartNew();
        var result = await importer.ImportAsync(ImportKind.Components, new MemoryStream(bytes), "bench.csv", "bench", null, cancellationToken);
        output.WriteLine($"   import {Skus:N0}-row components CSV ({bytes.Length / 1024:N0} KB): {import.ElapsedMilliseconds} ms, {result.Written:N0} written, {result.Errors.Count} errors");
        var broken = Encoding.UTF8.GetBytes(csv.ToString().Replace("IMP-049999,Imported part 49999,Acme,A49999,200", "IMP-049999,Imported part 49999,Acme,A49999,zero"));
        var refused = Stopwatch.StartNew();
        result = await importer.ImportAsync(ImportKind.Components, new MemoryStream(broken), "bench.csv", "bench", null, cancellationToken);
        output.WriteLine($"   same file with one bad last row, refused: {refused.ElapsedMilliseconds} ms, {result.Errors.Count} error(s), {result.Written} written");
    }

    private static Task MeasureAsync(TextWriter output, string label, Func<Task<MarginPage>> query) =>
        BenchTiming.MeasureAsync(output, label, 20, query, page => $"{page.Total:N0} matching");

    private static async Task SeedAsync(IDbContextFactory<SellerDb> dbs, CostingStore store, CancellationToken ct)
    {
        await store.SnapshotAsync(ct); // seeds fees, formats and the example postage card
        var rng = new Random(50_000);
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < 2_000; i++)
            {
                db.CostComponents.Add(new StoredComponent
                {
                    Code = $"C{i}", Name = $"Part {i}", Supplier = "Acme", SupplierCode = $"A{i}", PackSize = rng.Next(1, 200), VatRate = 0.20m,
                    Costs = [new StoredComponentCost { EffectiveFromUtc = From, PackCostPence = rng.Next(50, 3_000) }],
                });
            }
            for (var k = 0; k < 400; k++)
            {
                db.CostKits.Add(new StoredKit
                {
                    Code = $"K{k}", Name = $"Kit {k}",
                    Lines = Enumerable.Range(0, 4).Select(p => new StoredKitLine { Position = p, ItemKind = BomItemKind.Component, ItemCode = $"C{rng.Next(2_000)}", Quantity = rng.Next(1, 12), WasteRate = p == 0 ? 0.05m : 0m }).ToList(),
                });
            }
            await db.SaveChangesAsync(ct);
        }
        for (var batch = 0; batch < Skus / 5_000; batch++)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < 5_000; i++)
            {
                var n = batch * 5_000 + i;
                db.Listings.Add(new Listing { Sku = $"BN-{n:D6}", Asin = $"B0{n:D8}", Title = $"Fixings set {n}", PricePence = rng.Next(299, 4_999), Status = "Active" });
                db.SkuCosts.Add(new StoredSkuCost
                {
                    Sku = $"BN-{n:D6}", LabourMinutes = 2, WeightGrams = rng.Next(100, 1_800), LengthCm = 30, WidthCm = 20, DepthCm = rng.Next(1, 3) == 1 ? 2 : 10, UpdatedUtc = From,
                    Lines =
                    [
                        new StoredSkuLine { Position = 0, ItemKind = BomItemKind.Kit, ItemCode = $"K{rng.Next(400)}", Quantity = 1 },
                        new StoredSkuLine { Position = 1, ItemKind = BomItemKind.Component, ItemCode = $"C{rng.Next(2_000)}", Quantity = rng.Next(1, 6) },
                    ],
                });
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
