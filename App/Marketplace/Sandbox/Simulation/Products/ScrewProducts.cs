using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using static SellerConsole.Marketplace.Sandbox.Simulation.Products.Spec;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

internal static class ScrewProducts
{
    private sealed record Family(
        string Name, string Code, double[] Diameters, int[] Lengths, string[] Drives, string[] Heads,
        string[] Finishes, string[] Uses, string[] Keywords, string Point);

    private static readonly Family[] Families =
    [
        new("Wood Screws", "WSCR", [3.0, 3.5, 4.0, 4.5, 5.0, 6.0], [16, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 100],
            ["Pozi", "Pozi", "Torx"], ["Countersunk", "Countersunk", "Pan Head"],
            ["Yellow Zinc", "Bright Zinc", "Stainless Steel A2", "Black Japanned"],
            ["joinery, shelving and general woodwork", "softwood, hardwood and MDF", "fencing, sheds and garden furniture"],
            ["woodscrews", "timber screws", "multi purpose screws", "pozidriv screws", "joinery screws"], "sharp type 17"),
        new("Decking Screws", "DECK", [4.5, 5.0], [50, 60, 65, 75], ["Torx"], ["Countersunk"],
            ["Green Coated", "Brown Coated", "Stainless Steel A4"],
            ["decking boards, joists and garden structures", "pressure-treated timber outdoors"],
            ["deck screws", "exterior screws", "outdoor timber screws", "treated timber screws"], "self-drilling"),
        new("Drywall Screws", "DRYW", [3.5], [25, 32, 38, 45, 55], ["Phillips"], ["Bugle Head"],
            ["Black Phosphate", "Bright Zinc"],
            ["fixing plasterboard to timber studs", "dry lining and partition walls"],
            ["plasterboard screws", "dry lining screws", "gypsum board screws", "stud screws"], "needle"),
        new("Concrete Screws", "CONC", [6.3, 7.5], [45, 60, 75, 100, 120, 150], ["Torx", "Hex"], ["Countersunk", "Hex Head"],
            ["Blue Zinc", "Bright Zinc"],
            ["brick, block and concrete without wall plugs", "window frames, battens and brackets in masonry"],
            ["masonry screws", "frame screws", "brick screws", "concrete fixings"], "hardened thread-cutting"),
        new("Self-Tapping Screws", "SELF", [3.5, 4.2, 4.8], [13, 16, 19, 25, 32], ["Pozi", "Phillips"], ["Pan Head", "Countersunk"],
            ["Bright Zinc", "Stainless Steel A2"],
            ["sheet metal, plastics and thin steel profiles", "vehicle panels, ducting and trunking"],
            ["self tappers", "sheet metal screws", "tapping screws", "metal screws"], "sharp self-tapping"),
        new("Chipboard Screws", "CHIP", [3.5, 4.0, 5.0], [20, 25, 30, 40, 50, 60], ["Pozi"], ["Countersunk"],
            ["Yellow Zinc", "Bright Zinc"],
            ["chipboard flooring, kitchen units and flat-pack furniture", "particle board and MDF panels"],
            ["particle board screws", "flooring screws", "cabinet screws", "furniture screws"], "twin-thread"),
    ];

    private static readonly int[] Packs = [50, 100, 100, 200, 200, 250, 500, 1000];

    public static ProductSpec Build(DetRandom r)
    {
        if (r.Chance(0.08)) return Kit(r);
        var f = r.Pick(Families);
        var d = r.Pick(f.Diameters);
        var lengths = f.Lengths.Where(l => l >= d * 3.5 && l <= d * 22).ToArray();
        var len = lengths.Length > 0 ? r.Pick(lengths) : r.Pick(f.Lengths);
        var drive = r.Pick(f.Drives);
        var driveLabel = drive == "Torx" ? $"Torx TX{(d < 4.5 ? 20 : d < 6 ? 25 : 30)}" : drive;
        var head = r.Pick(f.Heads);
        var finish = r.Pick(f.Finishes);
        var n = r.Pick(Packs);
        if (d >= 6 && n > 200) n = 100;
        var size = $"{Num(d)} x {len}mm";
        var stainless = finish.StartsWith("Stainless", StringComparison.Ordinal);
        var unitCost = 0.004 + d * d * len * 1.1e-5;
        var price = (1.2 + n * unitCost) * (stainless ? 2.3 : 1.0) * 1.6;
        var weight = SteelGrams(d, len, n);
        return new ProductSpec(
            "Screws", "SCREW", f.Name,
            $"{f.Name} {size}, Box of {n}",
            $"{f.Name} {size} {driveLabel} {head}, {finish}, Box of {n}",
            $"FX-{f.Code}-{SkuNum(d)}x{len}-{n}",
            weight, Box(weight, r, 0.9), Price(price),
            [
                $"Hardened carbon steel with a {finish.ToLowerInvariant()} finish for lasting corrosion resistance",
                $"The {f.Point} point bites quickly and cuts the need to pre-drill",
                $"{driveLabel} recess gives positive bit engagement and helps prevent cam-out",
                $"The {head.ToLowerInvariant()} sits neatly at or below the surface for a tidy finish",
                $"Supplied in a sturdy resealable box of {n} so loose screws stay organised",
                $"Size {size}: check the fixing depth before you start",
            ],
            [$"for {r.Pick(f.Uses)}", "Hardened Steel", "Fast Start Thread", "Trade Pack"],
            f.Uses,
            [.. f.Keywords, "screws", "fixings", "countersunk screws", "zinc plated screws", "trade pack"],
            [$"Size: {size}", $"Drive: {driveLabel}", $"Head: {head}", $"Finish: {finish}", $"Quantity: {n}"]);
    }

    private static ProductSpec Kit(DetRandom r)
    {
        var n = r.Pick(500, 800, 1000, 1200);
        var weight = SteelGrams(4.0, 30, n);
        return new ProductSpec(
            "Screws", "SCREW", "Screw Assortment",
            $"Wood Screw Assortment Kit, {n} Pieces",
            $"Wood Screw Assortment Kit, {n} Pieces, 3.0 to 6.0mm Pozi Countersunk, Yellow Zinc, in Storage Case",
            $"FX-WKIT-{n}",
            weight + 180, Box(weight + 180, r, 2.5), Price(9 + n * 0.012),
            [
                "The most used sizes from 3.0 x 12mm to 6.0 x 60mm in one compartment case",
                "Yellow zinc finish resists corrosion on indoor projects",
                "Each compartment is labelled with the size so refills are easy to find",
                "Pozi No. 2 and No. 3 recesses for standard driver bits",
                $"{n} pieces in a clear-lid case that fits in a van or toolbox",
            ],
            ["for Workshop, Van and Home", "Mixed Sizes", "Labelled Compartments"],
            ["home repairs, furniture assembly and general woodwork"],
            ["screw set", "assorted screws", "screw kit", "mixed wood screws", "screw selection box"],
            [$"Pieces: {n}", "Sizes: 3.0mm to 6.0mm", "Drive: Pozi", "Finish: Yellow Zinc"]);
    }
}
