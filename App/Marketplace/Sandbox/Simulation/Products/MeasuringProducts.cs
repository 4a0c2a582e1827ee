using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using static SellerConsole.Marketplace.Sandbox.Simulation.Products.Spec;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

internal static class MeasuringProducts
{
    private sealed record Item(string Noun, string Code, string Type, string[] Sizes, string[] Variants, int Grams, double Price,
        string[] Features, string[] Keywords);

    private static readonly Item[] Items =
    [
        new("Tape Measure", "TAPE", "MEASURING_TAPE", ["3m", "5m", "8m", "10m"], ["25mm Blade, Metric and Imperial", "Magnetic Hook", "Nylon Coated Blade", "Auto Lock"], 260, 6,
            ["Blade stands out a long way before it bends", "True-zero hook slides for inside and outside readings", "Rubber-armoured case survives drops"],
            ["measuring tape", "tape measure metric", "builders tape"]),
        new("Spirit Level", "LEVL", "LEVEL", ["400mm", "600mm", "800mm", "1000mm", "1200mm", "1800mm"], ["3 Vial", "Magnetic Base", "Aluminium Box Section", "Shock-Absorbing End Caps"], 700, 10,
            ["Accurate to 0.5mm per metre", "Vials read level, plumb and 45 degrees", "Machined base for true readings"],
            ["level", "bubble level", "builders level"]),
        new("Laser Distance Measure", "LDM", "MEASURING_TOOL", ["30m", "40m", "50m", "60m", "100m"], ["with Area and Volume", "Pythagoras Mode", "Backlit Display", "Rechargeable"], 180, 25,
            ["Measures distance, area and volume at the touch of a button", "Accurate to plus or minus 2mm", "Stores the last 20 readings"],
            ["laser measure", "distance meter", "laser rangefinder"]),
        new("Digital Caliper", "CALI", "MEASURING_TOOL", ["150mm", "200mm"], ["Stainless Steel", "Large LCD", "Metric and Imperial", "with Case"], 190, 16,
            ["Reads to 0.01mm with a clear display", "Measures inside, outside, depth and steps", "Zero at any point for comparisons"],
            ["vernier caliper", "micrometer", "digital vernier"]),
        new("Combination Square", "SQR", "MEASURING_TOOL", ["150mm", "300mm"], ["Cast Zinc Head", "Stainless Rule", "with Spirit Vial"], 350, 8,
            ["Marks 90 and 45 degree lines accurately", "Sliding head locks anywhere along the rule", "Etched graduations will not wear off"],
            ["try square", "engineers square", "set square"]),
        new("Stud Detector", "STUD", "MEASURING_TOOL", ["4-in-1", "5-in-1"], ["with Live Wire Warning", "Deep Scan Mode", "LCD Display"], 160, 14,
            ["Finds timber and metal studs behind plasterboard", "Warns of live AC wiring before you drill", "Centre marking groove for accurate drilling"],
            ["stud finder", "wall scanner", "cable detector"]),
        new("Chalk Line", "CHLK", "MEASURING_TOOL", ["15m", "30m"], ["with Blue Chalk", "Fast Rewind", "Plumb Bob Function"], 300, 7,
            ["Snaps long straight lines on floors, walls and boards", "Gear-driven rewind", "Doubles as a plumb bob"],
            ["chalk reel", "line marker", "snap line"]),
        new("Cross Line Laser Level", "XLL", "LEVEL", ["15m", "25m"], ["Green Beam", "Red Beam", "Self-Levelling"], 450, 32,
            ["Projects horizontal and vertical lines at once", "Self-levels within 4 degrees and warns when out of range", "Quarter-inch tripod thread"],
            ["laser level", "line laser", "self levelling laser"]),
    ];

    public static ProductSpec Build(DetRandom r)
    {
        var it = r.Pick(Items);
        var size = r.Pick(it.Sizes);
        var variant = r.Pick(it.Variants);
        var scale = 1 + it.Sizes.ToList().IndexOf(size) * 0.2;
        var weight = (int)(it.Grams * scale * r.Between(0.9, 1.1));
        var colour = r.Pick(Colours);
        var sizeCode = new string(size.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return new ProductSpec("Measuring", it.Type, it.Noun,
            $"{it.Noun} {size}, {variant}",
            $"{it.Noun} {size}, {variant}, {colour}, Accurate Measuring Tool for Building, Joinery and DIY",
            $"MS-{it.Code}-{sizeCode}-{Spec.Code(variant)}{colour[..2].ToUpperInvariant()}", weight, Box(weight, r, 4), Price(it.Price * scale * r.Between(0.85, 1.35)),
            [.. it.Features, $"Size {size}; {variant.ToLowerInvariant()}", "Suited to building, joinery, kitchen fitting and DIY"],
            ["Professional Accuracy", "Durable Case", "Pocket Size"], ["building, joinery and home improvement"],
            [.. it.Keywords, "measuring tools", "marking out", "builders tools"],
            [$"Size: {size}", $"Feature: {variant}", $"Colour: {colour}", $"Weight: {weight}g"]);
    }
}
