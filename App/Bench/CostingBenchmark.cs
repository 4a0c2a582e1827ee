using System.Diagnostics;
using SellerConsole.Costing;

namespace SellerConsole.Bench;

/// <summary>
/// Costing throughput on one thread: quotes of a SKU whose BOM is three kit levels deep, break-even
/// solves (from the SKU, and from a precomputed landed cost as a repricer would), and one pass
/// quoting 50,000 SKUs over a 2,000-component, 600-kit catalogue.
/// </summary>
public sealed class CostingBenchmark : IBenchmark
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime SaleDate = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public string Name => "costing";

    public string Description => "quotes/s (3-level BOM), break-even solves/s, time to quote 50,000 SKUs";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var calculator = new CostingCalculator(Catalogue(components: 40, kitsPerLevel: 10, seed: 1));
        var sku = Sku("BENCH-1", new Random(2), kitsPerLevel: 10, components: 40);
        var sale = new SaleContext(SaleDate, new VatStatus.StandardRegistered(), FeeScheduleSeed.DiyAndTools().AsOf(SaleDate), 0m, 400);
        var landed = calculator.LandedCost(sku, sale.AsOf, sale.Vat);
        output.WriteLine($"   3-level SKU: landed {landed.Total:0.00}, break-even {calculator.BreakEvenPrice(sku, sale):0.00}");

        Rate(output, "quotes/s (SKU -> BOM -> postage -> fees -> waterfall)", i => calculator.Quote(sku, sale, 80m + i % 500 / 100m).Profit);
        Rate(output, "quotes/s from a precomputed landed cost", i => ProfitCalculator.Quote(landed, sale, 80m + i % 500 / 100m).Profit);
        Rate(output, "break-even solves/s (from the SKU)", _ => calculator.BreakEvenPrice(sku, sale));
        Rate(output, "break-even solves/s (from a landed cost)", _ => PriceSolver.BreakEvenPrice(landed, sale));
        Rate(output, "25%-margin price solves/s (from a landed cost)", _ => PriceSolver.PriceForTargetMargin(landed, sale, 0.25m));

        var big = new CostingCalculator(Catalogue(components: 2_000, kitsPerLevel: 200, seed: 3));
        var rng = new Random(4);
        var skus = Enumerable.Range(0, 50_000).Select(i => Sku($"SKU-{i}", rng, kitsPerLevel: 200, components: 2_000)).ToArray();
        big.Quote(skus[0], sale, 80m);
        var clock = Stopwatch.StartNew();
        var total = 0m;
        foreach (var s in skus)
        {
            total += big.Quote(s, sale, 80m).Profit;
        }
        clock.Stop();
        output.WriteLine($"   50,000 SKUs quoted in {clock.Elapsed.TotalMilliseconds:F0} ms ({50_000 / clock.Elapsed.TotalSeconds:F0}/s; checksum {total:0.00})");
        return Task.CompletedTask;
    }

    private static void Rate(TextWriter output, string what, Func<int, decimal> work)
    {
        for (var i = 0; i < 1_000; i++)
        {
            work(i);
        }
        var clock = Stopwatch.StartNew();
        var count = 0;
        var checksum = 0m;
        while (clock.ElapsedMilliseconds < 2_000)
        {
            for (var j = 0; j < 200; j++, count++)
            {
                checksum += work(count);
            }
        }
        clock.Stop();
        output.WriteLine($"   {count / clock.Elapsed.TotalSeconds,12:N0} {what} (checksum {checksum:0.00})");
    }

    // Level 1 kits hold components; level 2 hold level-1 kits and components; level 3 hold level-2 and level-1 kits.
    private static CostingCatalogue Catalogue(int components, int kitsPerLevel, int seed)
    {
        var rng = new Random(seed);
        var parts = Enumerable.Range(0, components).Select(i => new Component(
            $"C{i}", $"Part {i}", "Acme", $"A{i}", rng.Next(1, 200), [new DatedPrice(Start, rng.Next(50, 3_000) / 100m)], 0.20m));
        BomLine Part() => new(BomRef.Component($"C{rng.Next(components)}"), rng.Next(1, 9), rng.Next(3) == 0 ? 0.05m : 0m);
        BomLine Kit(int level) => new(BomRef.Kit($"L{level}-{rng.Next(kitsPerLevel)}"), rng.Next(1, 4));
        var kits = new List<Kit>();
        for (var k = 0; k < kitsPerLevel; k++)
        {
            kits.Add(new Kit($"L1-{k}", "Fixings", [Part(), Part(), Part()]));
        }
        for (var k = 0; k < kitsPerLevel; k++)
        {
            kits.Add(new Kit($"L2-{k}", "Assembly", [Kit(1), Kit(1), Part(), Part()]));
        }
        for (var k = 0; k < kitsPerLevel; k++)
        {
            kits.Add(new Kit($"L3-{k}", "Set", [Kit(2), Kit(2), Kit(1), Part()]));
        }
        PackagingItem[] packaging = [new("BOX", "Box", PackagingKind.Box, [new DatedPrice(Start, 0.45m)], 0.20m),
            new("FILL", "Void fill", PackagingKind.VoidFill, [new DatedPrice(Start, 0.08m)], 0.20m)];
        PostageRate[] postage =
        [
            new("Royal Mail Tracked 48", PostageFormat.LargeLetter, 750, Start, 2.70m),
            new("Royal Mail Tracked 48", PostageFormat.SmallParcel, 2_000, Start, 3.85m),
            new("Royal Mail Tracked 48", PostageFormat.MediumParcel, 20_000, Start, 6.50m),
            new("Royal Mail Tracked 24", PostageFormat.SmallParcel, 2_000, Start, 4.10m),
        ];
        return new CostingCatalogue(parts, kits, packaging, postage, [new DatedPrice(Start, 12m)]);
    }

    private static SkuCostDefinition Sku(string code, Random rng, int kitsPerLevel, int components) => new(
        code,
        [new(BomRef.Kit($"L3-{rng.Next(kitsPerLevel)}"), 1m), new(BomRef.Component($"C{rng.Next(components)}"), 2m, 0.05m)],
        [new PackagingLine("BOX", 1m), new PackagingLine("FILL", 0.5m)],
        4m,
        new PackedParcel(rng.Next(200, 3_000), new Dimensions(40m, 30m, rng.Next(2, 20))));
}
