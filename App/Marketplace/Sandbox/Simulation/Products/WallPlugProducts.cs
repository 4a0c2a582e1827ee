using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using static SellerConsole.Marketplace.Sandbox.Simulation.Products.Spec;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

internal static class WallPlugProducts
{
    // UK colour coding: the colour tells the drill size, which is what buyers search for.
    private static readonly (string Colour, string Hole, string Screws, string Code)[] Coloured =
    [
        ("Yellow", "5mm", "No. 4 to 8", "YEL"),
        ("Red", "6mm", "No. 6 to 10", "RED"),
        ("Brown", "7mm", "No. 8 to 12", "BRN"),
        ("Blue", "10mm", "No. 14 to 18", "BLU"),
    ];

    public static ProductSpec Build(DetRandom r) => r.Next(5) switch
    {
        0 or 1 => Colour(r),
        2 => Universal(r),
        3 => Plasterboard(r),
        _ => Assortment(r),
    };

    private static ProductSpec Colour(DetRandom r)
    {
        var c = r.Pick(Coloured);
        var n = r.Pick(new[] { 50, 100, 100, 200, 500, 1000 });
        var weight = 15 + (int)(n * (c.Code == "BLU" ? 0.9 : 0.3));
        return Make(r, "Wall Plugs", $"{c.Code}-{n}", n, weight, 1.0 + n * 0.012,
            $"{c.Colour} Wall Plugs {c.Hole}, Pack of {n}",
            $"{c.Colour} Wall Plugs {c.Hole} for Masonry and Brick, Screw Size {c.Screws}, Pack of {n}",
            [$"Colour-coded {c.Colour.ToLowerInvariant()} plugs for a {c.Hole} drilled hole", $"Take wood screws from {c.Screws}", "Fins stop the plug turning while the screw is driven"],
            [$"Hole size: {c.Hole}", $"Screw gauge: {c.Screws}", $"Quantity: {n}"]);
    }

    private static ProductSpec Universal(DetRandom r)
    {
        var (d, len) = Pick(r, (5, 25), (6, 30), (8, 40), (10, 50), (12, 60));
        var n = r.Pick(new[] { 50, 100, 200, 500 });
        var weight = 15 + (int)(n * d * len * 0.0012);
        return Make(r, "Nylon Wall Plugs", $"NYL-{d}x{len}-{n}", n, weight, 1.2 + n * d * 0.004,
            $"Nylon Wall Plugs {d} x {len}mm, Pack of {n}",
            $"Nylon Wall Plugs {d} x {len}mm, Universal Fixings for Brick, Block and Plasterboard, Pack of {n}",
            ["Universal nylon plugs knot behind hollow boards and expand in solid walls", $"Drill a {d}mm hole and use screws {d - 1} to {d + 1}mm thick", "Stay flexible in cold conditions without cracking"],
            [$"Size: {d} x {len}mm", "Material: Nylon PA6", $"Quantity: {n}"]);
    }

    private static ProductSpec Plasterboard(DetRandom r)
    {
        var material = Pick(r, "Metal", "Nylon");
        var n = r.Pick(new[] { 10, 25, 50, 100 });
        var weight = 15 + n * (material == "Metal" ? 5 : 2);
        return Make(r, "Plasterboard Fixings", $"PBF-{material[..1]}-{n}", n, weight, 2.0 + n * (material == "Metal" ? 0.11 : 0.06),
            $"Self-Drill Plasterboard Fixings, {material}, Pack of {n}",
            $"Self-Drill Plasterboard Fixings with Screws, {material}, for 9.5 to 15mm Board, Pack of {n}",
            ["Screw straight into plasterboard with a Pozi No. 2 bit, no drilling needed", "Coarse thread grips the gypsum core firmly", "Supplied with matching screws"],
            [$"Material: {material}", "Board thickness: 9.5 to 15mm", $"Quantity: {n}"]);
    }

    private static ProductSpec Assortment(DetRandom r)
    {
        var n = r.Pick(new[] { 200, 300, 400, 600 });
        var weight = 150 + n;
        return Make(r, "Wall Plug Assortment", $"KIT-{n}", n, weight, 6.0 + n * 0.02,
            $"Wall Plug and Screw Set, {n} Pieces",
            $"Wall Plug and Screw Set, {n} Pieces, Yellow, Red and Brown Plugs with Matching Screws in a Case",
            ["Yellow, red and brown plugs with screws to match each colour", "Sorted in a compartment case that closes securely", "Covers most jobs from pictures to shelves"],
            [$"Pieces: {n}", "Plug colours: yellow, red, brown"]);
    }

    private static ProductSpec Make(DetRandom r, string noun, string skuTail, int n, int weight, double price,
        string shortName, string full, string[] features, string[] specs) =>
        new("Wall Plugs", "ANCHOR", noun, shortName, full, $"FX-PLG-{skuTail}", weight, Box(weight, r, 2.0), Price(price * 1.5),
            [.. features, $"Supplied in a resealable bag or box of {n}", "For indoor and outdoor use on masonry and boards"],
            ["for Masonry, Brick and Block", "Colour Coded", "Anti-Rotation Fins"],
            ["hanging shelves, pictures, curtain rails and cupboards", "brick, block and concrete walls"],
            ["plastic plugs", "wall anchors", "masonry plugs", "screw plugs", "fixing plugs", "drywall anchors"],
            specs);
}
