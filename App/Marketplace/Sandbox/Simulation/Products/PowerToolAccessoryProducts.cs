using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using static SellerConsole.Marketplace.Sandbox.Simulation.Products.Spec;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

internal static class PowerToolAccessoryProducts
{
    public static ProductSpec Build(DetRandom r) => r.Next(8) switch
    {
        0 or 1 => Sds(r),
        2 => DrillSet(r),
        3 => Jigsaw(r),
        4 => Sanding(r),
        5 => CircularBlade(r),
        6 => Bits(r),
        _ => Discs(r),
    };

    private static ProductSpec Sds(DetRandom r)
    {
        var d = r.Pick(new[] { 5.0, 5.5, 6.0, 6.5, 7.0, 8.0, 10.0, 12.0, 14.0, 16.0 });
        var len = r.Pick(new[] { 110, 160, 210, 260, 310, 450 });
        var n = d <= 8 && r.Chance(0.3) ? 5 : 1;
        var size = $"{Num(d)} x {len}mm";
        var weight = (int)(n * d * d * len * 0.004) + 20;
        return Make(r, "SDS Plus Drill Bit", "DRILL_BIT", $"SDS-{SkuNum(d)}x{len}{(n > 1 ? "-5" : "")}", weight, (2.5 + d * len * 0.004) * n * 0.85,
            $"SDS Plus Masonry Drill Bit {size}{(n > 1 ? ", Pack of 5" : "")}",
            $"SDS Plus Masonry Drill Bit {size}, 4-Cutter Carbide Tip for Concrete, Brick and Stone{(n > 1 ? ", Pack of 5" : "")}",
            ["Four-cutter carbide head drills round holes and shrugs off rebar", "Four-flute spiral clears dust fast to keep the bit cool", $"Fits every SDS Plus hammer drill; size {size}"],
            ["concrete, brick, block and stone"], ["sds drill bits", "masonry bits", "hammer drill bits", "concrete drill bit"]);
    }

    private static ProductSpec DrillSet(DetRandom r)
    {
        var (pieces, range) = Pick(r, (13, "1.5-6.5mm"), (19, "1-10mm"), (25, "1-13mm"));
        var coat = Pick(r, "Cobalt", "Titanium Coated", "Ground HSS");
        var weight = 150 + pieces * 18;
        return Make(r, "HSS Drill Bit Set", "DRILL_BIT", $"HSS-{pieces}-{coat[..2].ToUpperInvariant()}", weight, 8 + pieces * 0.6 * (coat == "Cobalt" ? 1.6 : 1.0),
            $"HSS Drill Bit Set {range}, {pieces} Piece",
            $"HSS Drill Bit Set {range}, {pieces} Piece, {coat} Bits for Metal, Wood and Plastic, in Metal Case",
            ["Split point starts on the mark without walking", $"{coat} bits keep their edge in steel and aluminium", "Sizes stamped on each bit and printed on the case"],
            ["steel, aluminium, wood and plastics"], ["metal drill bits", "jobber drills", "drill set", "hss bits"]);
    }

    private static ProductSpec Jigsaw(DetRandom r)
    {
        var (code, use) = Pick(r, ("T101B", "Clean Wood"), ("T144D", "Fast Wood"), ("T118A", "Metal"), ("T101AO", "Curved Wood"), ("T101BR", "Laminate"));
        var n = r.Pick(new[] { 5, 10, 20, 25 });
        return Make(r, "Jigsaw Blades", "SAW_BLADE", $"JIG-{code}-{n}", 10 + n * 4, 3 + n * 0.45,
            $"Jigsaw Blades {code} for {use}, Pack of {n}",
            $"Jigsaw Blades {code} for {use}, T-Shank, Fits Most Jigsaws, Pack of {n}",
            ["T-shank fits tool-free blade clamps on most jigsaws", $"Tooth pattern suited to {use.ToLowerInvariant()} cuts", "Hardened teeth last longer between changes"],
            [$"{use.ToLowerInvariant()} cutting"], ["jig saw blades", "t shank blades", "scroll saw blades"]);
    }

    private static ProductSpec Sanding(DetRandom r)
    {
        var dia = r.Pick(new[] { 115, 125, 150 });
        var grit = Pick(r, "40 Grit", "60 Grit", "80 Grit", "120 Grit", "180 Grit", "240 Grit", "Assorted Grits");
        var n = r.Pick(new[] { 25, 50, 100 });
        var holes = dia == 150 ? 6 : 8;
        return Make(r, "Sanding Discs", "ABRASIVE", $"SND-{dia}-{new string(grit.Where(char.IsDigit).ToArray())}{(grit.StartsWith("Assorted") ? "MIX" : "")}-{n}", 20 + n * 5, 4 + n * 0.14,
            $"Sanding Discs {dia}mm {grit}, Pack of {n}",
            $"Sanding Discs {dia}mm {grit}, {holes} Hole Hook and Loop Pads for Random Orbital Sanders, Pack of {n}",
            ["Hook and loop backing for quick disc changes", $"{holes} holes line up with the sander for dust extraction", "Aluminium oxide grain on a tear-resistant paper"],
            ["wood, paint, filler and primer"], ["orbital sander pads", "hook and loop discs", "sandpaper discs"]);
    }

    private static ProductSpec CircularBlade(DetRandom r)
    {
        var dia = r.Pick(new[] { 165, 184, 190, 210, 235, 250 });
        var teeth = r.Pick(new[] { 24, 40, 48, 60 });
        var bore = dia <= 190 ? 20 : 30;
        return Make(r, "Circular Saw Blade", "SAW_BLADE", $"CSB-{dia}-{teeth}T", 250 + dia * 2, 9 + dia * 0.05 + teeth * 0.15,
            $"Circular Saw Blade {dia}mm {teeth}T",
            $"Circular Saw Blade {dia}mm {teeth}T, {bore}mm Bore with Reducing Rings, TCT for Wood",
            ["Tungsten carbide tipped teeth for a long cutting life", $"{teeth} teeth: {(teeth < 40 ? "fast rip cuts" : "clean cross cuts")}", "Laser-cut expansion slots keep the blade running true"],
            ["softwood, hardwood and sheet materials"], ["saw blade", "tct blade", "wood cutting blade"], Long(dia + 20, dia + 20, 10));
    }

    private static ProductSpec Bits(DetRandom r)
    {
        var (tip, len) = Pick(r, ("PZ2", 25), ("PZ2", 50), ("PH2", 50), ("TX25", 50), ("Mixed", 25));
        var n = r.Pick(new[] { 10, 25, 32, 100 });
        var mixed = tip == "Mixed" || n >= 32;
        var name = mixed ? "Screwdriver Bit Set" : $"{tip} Impact Driver Bits";
        return Make(r, name, "SCREWDRIVER_BIT", $"BIT-{(mixed ? "SET" : tip)}-{len}-{n}", 30 + n * 4, 3 + n * 0.22,
            mixed ? $"Screwdriver Bit Set, {n} Piece" : $"{tip} Impact Driver Bits {len}mm, Pack of {n}",
            mixed ? $"Screwdriver Bit Set, {n} Piece, Pozi, Phillips, Torx and Hex with Magnetic Holder" : $"{tip} Impact Driver Bits {len}mm, Torsion Zone, 1/4in Hex Shank, Pack of {n}",
            ["Torsion zone absorbs impact driver peaks so bits last longer", "Quarter-inch hex shank fits drivers and quick-change chucks", "Precision tips fit the recess snugly"],
            ["impact drivers and drill drivers"], ["driver bits", "screwdriver bits", "impact bits", "pozi bits"]);
    }

    private static ProductSpec Discs(DetRandom r)
    {
        var kind = Pick(r, "Metal Cutting Discs", "Flap Discs 60 Grit", "Flap Discs 80 Grit", "Stainless Cutting Discs");
        var n = r.Pick(new[] { 10, 25, 50 });
        return Make(r, kind, "ABRASIVE", $"DSC-{kind[..4].ToUpperInvariant()}-{new string(kind.Where(char.IsDigit).ToArray())}-{n}", 40 + n * 28, 4 + n * 0.35,
            $"{kind} 115mm, Pack of {n}",
            $"{kind} 115mm for Angle Grinders, 22mm Bore, Pack of {n}",
            ["Fits 115mm (4.5in) angle grinders with a 22mm bore", "Cuts and grinds quickly with little burr", "Reinforced for safe use up to 13,300 rpm"],
            ["steel, stainless steel and metal profiles"], ["grinder discs", "angle grinder discs", "cutting wheels"]);
    }

    private static ProductSpec Make(DetRandom r, string noun, string type, string skuTail, int weight, double price, string shortName,
        string full, string[] features, string[] uses, string[] keywords, PackageDimensions? dims = null) =>
        new("Power Tool Accessories", type, noun, shortName, full, $"PA-{skuTail}", weight, dims ?? Box(weight, r, 2.5), Price(price * 1.4),
            [.. features, $"Ideal for {uses[0]}", "Check the fitting and speed rating of your tool before use"],
            [$"for {uses[0]}", "Long Life", "Trade Quality"], uses, [.. keywords, "power tool accessories", "drill accessories"],
            [$"Type: {noun}", $"Weight: {weight}g"]);
}
