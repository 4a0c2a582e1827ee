using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using static SellerConsole.Marketplace.Sandbox.Simulation.Products.Spec;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

internal static class HingeBracketProducts
{
    public static ProductSpec Build(DetRandom r)
    {
        var finish = Pick(r, "Satin Chrome", "Polished Brass", "Black", "Galvanised", "White");
        switch (r.Next(5))
        {
            case 0:
                var size = Pick(r, "75mm", "100mm");
                var pairs = r.Pick(new[] { 1, 3, 5 });
                return Make(r, "Butt Hinges", $"BUTT-{size[..^2]}-{finish[..2].ToUpperInvariant()}-{pairs}", 80 * pairs + 20, 3.5 * Math.Pow(pairs, 0.85),
                    $"Butt Hinges {size} {finish}, {(pairs == 1 ? "1 Pair" : $"{pairs} Pairs")}",
                    $"Butt Hinges {size} {finish}, Ball Bearing Door Hinges with Screws, {(pairs == 1 ? "1 Pair" : $"{pairs} Pairs")}",
                    ["Ball bearings give a smooth, silent swing on heavy doors", "Countersunk holes with matching screws", "Fire door rated to one hour"], [$"Size: {size}", $"Finish: {finish}"]);
            case 1:
                var overlay = Pick(r, "Full Overlay", "Half Overlay", "Inset");
                var n = r.Pick(new[] { 2, 4, 10, 20 });
                return Make(r, "Cabinet Hinges", $"CAB-{overlay[..2].ToUpperInvariant()}-{n}", 90 * n, 2.2 * n,
                    $"Soft Close Cabinet Hinges 35mm {overlay}, Pack of {n}",
                    $"Soft Close Cabinet Hinges 35mm {overlay}, 110 Degree Kitchen Cupboard Door Hinges with Mounting Plates, Pack of {n}",
                    ["Built-in damper closes doors gently and quietly", "Three-way adjustment to line up doors", "Clip-on design removes the door without tools"], [$"Cup: 35mm", $"Type: {overlay}"]);
            case 2:
                var (a, b) = Pick(r, (100, 75), (150, 125), (200, 150), (250, 200), (300, 250));
                var bn = r.Pick(new[] { 2, 4, 10 });
                return Make(r, "Shelf Brackets", $"SHB-{a}x{b}-{finish[..2].ToUpperInvariant()}-{bn}", bn * (a + b), 1.4 * bn + a * 0.01 * bn,
                    $"Shelf Brackets {a} x {b}mm {finish}, Pack of {bn}",
                    $"Shelf Brackets {a} x {b}mm {finish}, Heavy Duty Steel Supports for Wall Shelves, Pack of {bn}",
                    ["Pressed steel with a strengthening rib", $"Suits shelves up to {b + 25}mm deep", "Pre-drilled for screws up to 5mm"], [$"Size: {a} x {b}mm", $"Finish: {finish}"]);
            case 3:
                var len = r.Pick(new[] { 150, 200, 250, 300, 350, 400 });
                return Make(r, "Tee Hinges", $"TEE-{len}-{finish[..2].ToUpperInvariant()}", len * 3 + 40, 3 + len * 0.02,
                    $"Tee Hinges {len}mm {finish}, 1 Pair",
                    $"Tee Hinges {len}mm {finish}, Heavy Duty Gate and Shed Door Hinges with Screws, 1 Pair",
                    ["Long strap spreads the load across boarded doors", "Weather-resistant finish for sheds and gates", "Supplied with screws to suit"], [$"Length: {len}mm", $"Finish: {finish}"]);
            default:
                var c = r.Pick(new[] { 25, 40, 50, 75, 100 });
                var cn = r.Pick(new[] { 10, 20, 50 });
                return Make(r, "Corner Braces", $"CRB-{c}-{cn}", cn * c / 3 + 20, 2 + cn * c * 0.003,
                    $"Corner Braces {c}mm, Pack of {cn}",
                    $"Corner Braces {c}mm {finish}, L-Shaped Angle Brackets for Furniture and Frames, Pack of {cn}",
                    ["Strengthens joints in frames, shelves and furniture", "Countersunk holes keep screw heads flush", "Strong pressed steel"], [$"Size: {c}mm", $"Quantity: {cn}"]);
        }
    }

    private static ProductSpec Make(DetRandom r, string noun, string skuTail, int weight, double price, string shortName,
        string full, string[] features, string[] specs) =>
        new("Hinges & Brackets", "HARDWARE", noun, shortName, full, $"HB-{skuTail}", weight, Box(weight, r, 2), Price(price * 1.5),
            [.. features, "For doors, gates, cupboards and shelving", "Screws included where stated"],
            ["for Doors, Gates and Shelving", "Heavy Duty", "Screws Included"], ["doors, gates, cupboards and shelving"],
            ["hinges", "brackets", "door hardware", "ironmongery", "fittings"], specs);
}
