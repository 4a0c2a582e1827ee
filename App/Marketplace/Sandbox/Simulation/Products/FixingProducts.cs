using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using static SellerConsole.Marketplace.Sandbox.Simulation.Products.Spec;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

internal static class FixingProducts
{
    private static readonly int[] Threads = [5, 6, 8, 10, 12];

    public static ProductSpec Build(DetRandom r) => r.Next(9) switch
    {
        0 => Bolts(r, "Coach Bolts", "CBLT", "with Nuts", "Galvanised", [50, 75, 100, 130, 150, 200], "fence posts, gates and timber framing"),
        1 => Bolts(r, "Hex Bolts", "HBLT", "Grade 8.8", "Bright Zinc", [25, 30, 40, 50, 60, 80, 100], "machinery, brackets and steelwork"),
        2 => Nuts(r),
        3 => Washers(r),
        4 => ThreadedRod(r),
        5 => Anchors(r, "Frame Fixings", "FRAM", [8, 10], [80, 100, 115, 135, 160], "window and door frames in brick or block"),
        6 => Anchors(r, "Sleeve Anchors", "SLVA", [6, 8, 10, 12], [40, 60, 75, 100, 120], "heavy brackets and fixtures in solid concrete"),
        7 => Cavity(r),
        _ => Nails(r),
    };

    private static ProductSpec Bolts(DetRandom r, string name, string code, string extra, string finish, int[] lengths, string use)
    {
        var m = r.Pick(Threads[1..]);
        var len = r.Pick(lengths);
        var n = r.Pick(10, 10, 20, 25, 50);
        var weight = SteelGrams(m, len, n, 0.85) + (code == "CBLT" ? n * m * 2 : 0);
        var size = $"M{m} x {len}mm";
        return Make(r, name, code, $"M{m}x{len}-{n}", size, n, weight, (1.5 + n * (0.05 + m * m * len * 4e-5)) * 1.7,
            $"{name} {size} {extra}, {finish}, Pack of {n}", $"{name} {size}, Pack of {n}",
            [$"{finish} steel {name.ToLowerInvariant()} with a full metric thread", $"Matched {extra.ToLowerInvariant()} for a secure, vibration-resistant joint", $"Suitable for {use}"],
            use, ["bolts", "nuts and bolts", $"m{m} bolts", "metric bolts", "fasteners"]);
    }

    private static ProductSpec Nuts(DetRandom r)
    {
        var kind = Pick(r, "Nyloc Nuts", "Full Nuts", "Wing Nuts", "Dome Nuts");
        var m = r.Pick(new[] { 3, 4, 5, 6, 8, 10, 12 });
        var n = r.Pick(20, 50, 100, 200);
        var weight = (int)(n * m * m * 0.06) + 20;
        return Make(r, kind, "NUTS", $"M{m}-{kind[..2].ToUpperInvariant()}-{n}", $"M{m}", n, weight, (1.2 + n * m * 0.004) * 1.6,
            $"{kind} M{m}, A2 Stainless Steel, Pack of {n}", $"{kind} M{m}, Pack of {n}",
            [$"A2 stainless steel {kind.ToLowerInvariant()} that will not rust outdoors", "Metric coarse thread to DIN standard dimensions", "Ideal for replacing lost or damaged nuts on machinery and furniture"],
            "machinery, bikes, garden furniture and repairs", ["nuts", $"m{m} nuts", "stainless nuts", "locking nuts", "metric nuts"]);
    }

    private static ProductSpec Washers(DetRandom r)
    {
        var kind = Pick(r, "Form A Washers", "Penny Washers", "Spring Washers");
        var m = r.Pick(Threads);
        var n = r.Pick(50, 100, 200, 500);
        var weight = (int)(n * m * (kind == "Penny Washers" ? 0.5 : 0.15)) + 20;
        return Make(r, kind, "WASH", $"M{m}-{kind[..1]}-{n}", $"M{m}", n, weight, (1.0 + n * m * 0.0025) * 1.6,
            $"{kind} M{m}, Bright Zinc Plated, Pack of {n}", $"{kind} M{m}, Pack of {n}",
            [$"Spreads the load under bolt heads and nuts for a firmer joint", "Bright zinc plated steel for indoor and sheltered use", $"Fits M{m} bolts and screws"],
            "timber, sheet materials and metalwork", ["washers", $"m{m} washers", "flat washers", "zinc washers"]);
    }

    private static ProductSpec ThreadedRod(DetRandom r)
    {
        var m = r.Pick(new[] { 6, 8, 10, 12, 16 });
        var n = r.Pick(1, 1, 5, 10);
        var weight = (int)(n * m * m * 6.1) + 30;
        return Make(r, "Threaded Rod", "ROD", $"M{m}x1000-{n}", $"M{m} x 1m", n, weight, (2.0 + n * m * 0.25) * 1.5,
            $"Threaded Rod M{m} x 1m, Zinc Plated Steel, {PackWord(n)}", $"Threaded Rod M{m} x 1m, {PackWord(n)}",
            ["Fully threaded along its length so it can be cut to any size", "Zinc plated grade 4.6 steel", "Use with resin anchors, nuts and washers"],
            "suspending ducts, resin anchoring and bespoke fixings", ["studding", "threaded bar", "allthread", $"m{m} studding"], Long(1010, 30, 30));
    }

    private static ProductSpec Anchors(DetRandom r, string name, string code, int[] diameters, int[] lengths, string use)
    {
        var d = r.Pick(diameters);
        var len = r.Pick(lengths);
        var n = r.Pick(10, 20, 25, 50, 100);
        var weight = SteelGrams(d, len, n, 0.45);
        var size = $"{d} x {len}mm";
        return Make(r, name, code, $"{d}x{len}-{n}", size, n, weight, (2.0 + n * (0.08 + d * len * 2e-4)) * 1.6,
            $"{name} {size} with Screws, Zinc Plated, Pack of {n}", $"{name} {size}, Pack of {n}",
            [$"Expands in the drilled hole for a strong hold in {use.Split(' ').Last()}", $"Drill a {d}mm hole and fix straight through the item", "Pre-assembled so there are no loose parts to lose"],
            use, ["anchors", "masonry fixings", "heavy duty fixings", "concrete anchors"]);
    }

    private static ProductSpec Cavity(DetRandom r)
    {
        var (name, code) = Pick(r, ("Hollow Wall Anchors", "HWA"), ("Spring Toggles", "TOGL"));
        var size = Pick(r, "M4 x 32mm", "M5 x 37mm", "M5 x 52mm", "M6 x 52mm", "M6 x 65mm");
        var n = r.Pick(10, 20, 50, 100);
        var weight = 15 + n * 6;
        return Make(r, name, code, $"{size.Replace(" ", "").Replace("mm", "")}-{n}", size, n, weight, (2.5 + n * 0.09) * 1.6,
            $"{name} {size} for Plasterboard, Pack of {n}", $"{name} {size}, Pack of {n}",
            ["Opens behind the board to spread the load over a wide area", "Holds shelves, curtain poles and TVs on hollow walls", "Supplied with matching machine screws"],
            "plasterboard, partition walls and hollow doors", ["cavity fixings", "plasterboard anchors", "hollow wall fixings", "toggle bolts"]);
    }

    private static ProductSpec Nails(DetRandom r)
    {
        var kind = Pick(r, "Round Wire Nails", "Oval Wire Nails", "Galvanised Clout Nails", "Panel Pins");
        var len = r.Pick(new[] { 20, 25, 30, 40, 50, 65, 75, 100 });
        var grams = r.Pick(new[] { 500, 1000, 2500 });
        return Make(r, kind, "NAIL", $"{len}-{grams}G", $"{len}mm", 1, grams + 40, 2.0 + grams * 0.004,
            $"{kind} {len}mm, {(grams >= 1000 ? $"{grams / 1000.0:0.#}kg" : $"{grams}g")} Tub", $"{kind} {len}mm, {grams}g",
            ["Bright steel nails with a smooth shank for clean driving", "Resealable tub keeps nails dry and tidy", "A trade quantity for larger jobs"],
            "carpentry, roofing felt and general building work", ["nails", "wire nails", "building nails", "carpentry nails"]);
    }

    private static ProductSpec Make(DetRandom r, string name, string code, string skuTail, string size, int n, int weight, double price,
        string full, string shortName, string[] features, string use, string[] keywords, PackageDimensions? dims = null) =>
        new("Fixings", "FASTENER", name, shortName, full, $"FX-{code}-{skuTail}", weight, dims ?? Box(weight, r, 0.9), Price(price),
            [.. features, n > 1 ? $"Pack of {n}, enough for several jobs" : "Cut to length with a junior hacksaw"],
            [$"for {use}", "Zinc Plated Steel", "Trade Pack"], [use], [.. keywords, "fixings", "hardware"],
            [$"Size: {size}", n > 1 ? $"Quantity: {n}" : "Quantity: 1"]);
}
