using SellerConsole.Costing;

namespace SellerConsole.Tests.Costing;

/// <summary>
/// One seeded random costing case: a loop-free multi-level catalogue, a SKU, and a sale. Same seed,
/// same case, so a failing seed printed by a property test can be replayed.
/// </summary>
internal sealed record RandomCase(int Seed, CostingCatalogue Catalogue, SkuCostDefinition Sku, SaleContext Sale)
{
    public CostingCalculator Calculator => new(Catalogue);

    public LandedCost Landed() => Calculator.LandedCost(Sku, Sale.AsOf, Sale.Vat);

    public static RandomCase Create(int seed)
    {
        var rng = new Random(seed);
        var builder = new CatalogueBuilder();
        var parts = rng.Next(3, 11);
        for (var i = 0; i < parts; i++)
        {
            builder.Component($"C{i}", Pence(rng, 1, 2_000), rng.Next(1, 8) switch { 1 => 1m, 2 => 10m, 3 => 100m, 4 => 7m, 5 => 250m, _ => 50m },
                rng.Next(5) == 0 ? 0m : 0.20m);
            if (rng.Next(3) == 0)
            {
                builder.ComponentCostFrom($"C{i}", Dates.Start.AddDays(rng.Next(1, 900)), Pence(rng, 1, 2_000));
            }
        }
        var kits = rng.Next(0, 5);
        for (var k = 0; k < kits; k++)
        {
            // Kits only use earlier kits, so the catalogue is loop-free by construction.
            builder.Kit($"K{k}", Enumerable.Range(0, rng.Next(1, 4)).Select(_ => RandomLine(rng, parts, k)).ToArray());
        }
        var packaging = rng.Next(1, 4);
        for (var p = 0; p < packaging; p++)
        {
            builder.Packaging($"P{p}", Pence(rng, 1, 100), rng.Next(4) == 0 ? 0m : 0.20m);
        }
        builder.LabourRate(Pence(rng, 800, 2_000));
        AddPostage(builder, rng, Services.Tracked48);
        AddPostage(builder, rng, Services.Tracked24);

        var sku = new SkuBuilder($"SKU-{seed}");
        foreach (var line in Enumerable.Range(0, rng.Next(1, 5)).Select(_ => RandomLine(rng, parts, kits)))
        {
            if (line.Item.Kind == BomItemKind.Kit) { sku.Kit(line.Item.Code, line.Quantity, line.WasteRate); }
            else { sku.Part(line.Item.Code, line.Quantity, line.WasteRate); }
        }
        for (var p = rng.Next(0, 3); p > 0; p--)
        {
            sku.Packaging($"P{rng.Next(packaging)}", rng.Next(1, 4));
        }
        sku.Labour(rng.Next(0, 21) / 2m)
            .Parcel(rng.Next(10, 20_000), rng.Next(10, 611) / 10m, rng.Next(10, 461) / 10m, rng.Next(1, 461) / 10m);

        return new RandomCase(seed, builder.Build(), sku.Build(), RandomSale(rng));
    }

    private static SaleContext RandomSale(Random rng)
    {
        VatStatus vat = rng.Next(3) switch
        {
            0 => new VatStatus.StandardRegistered(),
            1 => new VatStatus.FlatRate(rng.Next(40, 166) / 1000m),
            _ => new VatStatus.NotRegistered(),
        };
        var fees = new FeeSchedule("Random", Dates.Start, rng.Next(50, 201) / 1000m, Pence(rng, 0, 50),
            rng.Next(2) == 0 ? 0m : 0.02m, 0.20m, 25m);
        var sale = new SaleBuilder().On(Dates.Start.AddDays(rng.Next(0, 1_100))).Vat(vat).Fees(fees)
            .Shipping(rng.Next(2) == 0 ? 0m : Pence(rng, 0, 499));
        return (rng.Next(2) == 0 ? sale : sale.PlanSpreadOver(rng.Next(10, 1_001))).Build();
    }

    private static BomLine RandomLine(Random rng, int parts, int kitsBefore)
    {
        var waste = rng.Next(3) == 0 ? rng.Next(1, 21) / 100m : 0m;
        var quantity = rng.Next(1, 26) / 10m;
        return kitsBefore > 0 && rng.Next(3) == 0
            ? Line.Kit($"K{rng.Next(kitsBefore)}", quantity, waste)
            : Line.Part($"C{rng.Next(parts)}", quantity, waste);
    }

    private static void AddPostage(CatalogueBuilder builder, Random rng, string service)
    {
        var ll = Pence(rng, 80, 300);
        builder.Postage(service, PostageFormat.LargeLetter, 100, ll)
            .Postage(service, PostageFormat.LargeLetter, 750, ll + Pence(rng, 0, 100))
            .Postage(service, PostageFormat.SmallParcel, 2_000, ll + Pence(rng, 50, 300), rng.Next(4) == 0 ? 0.20m : 0m)
            .Postage(service, PostageFormat.MediumParcel, 20_000, ll + Pence(rng, 300, 900));
    }

    public static decimal Pence(Random rng, int min, int max) => rng.Next(min, max + 1) / 100m;
}
