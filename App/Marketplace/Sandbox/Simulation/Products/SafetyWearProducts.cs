using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using static SellerConsole.Marketplace.Sandbox.Simulation.Products.Spec;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

internal static class SafetyWearProducts
{
    private static readonly string[] GloveSizes = ["Size 7 (S)", "Size 8 (M)", "Size 9 (L)", "Size 10 (XL)", "Size 11 (XXL)"];

    public static ProductSpec Build(DetRandom r)
    {
        switch (r.Next(6))
        {
            case 0:
            case 1:
                var coat = Pick(r, "Nitrile Coated", "PU Coated", "Latex Grip", "Cut Resistant Level C");
                var size = r.Pick(GloveSizes);
                var pairs = r.Pick(new[] { 1, 6, 12, 24 });
                var gloveColour = r.Pick("Grey", "Black", "Blue", "Orange", "Green");
                return Make(r, "Work Gloves", "SAFETY_GLOVE", $"GLV-{coat[..2].ToUpperInvariant()}{gloveColour[..2].ToUpperInvariant()}-{new string(size.Where(char.IsDigit).ToArray())}-{pairs}", 30 + pairs * 45, 2.5 * Math.Pow(pairs, 0.8) + (coat.StartsWith("Cut") ? 4 : 0),
                    $"Work Gloves {coat}, {size}, {PackWord(pairs, "Pack")} Pairs".Replace("Single Pairs", "1 Pair"),
                    $"Work Gloves {coat}, {gloveColour}, {size}, EN388 Rated for Building, Gardening and Warehouse, {PackWord(pairs, "Pack")} Pairs".Replace("Single Pairs", "1 Pair"),
                    ["Breathable knitted liner keeps hands cool", "Coated palm grips dry and oily materials", "Rated to EN388 for abrasion and tear resistance"],
                    ["builders gloves", "gardening gloves", "grip gloves", "safety gloves"], [$"Size: {size}", $"Pairs: {pairs}", "Standard: EN388"]);
            case 2:
                var tint = Pick(r, "Clear", "Smoke", "Yellow");
                var n = r.Pick(new[] { 1, 5, 10, 12 });
                return Make(r, "Safety Glasses", "PROTECTIVE_EYEWEAR", $"GLS-{tint[..2].ToUpperInvariant()}-{n}", 20 + n * 30, 3 * Math.Pow(n, 0.8),
                    $"Safety Glasses {tint} Anti-Fog{(n > 1 ? $", Pack of {n}" : "")}",
                    $"Safety Glasses {tint} Anti-Fog and Scratch Resistant, EN166 Impact Rated, Wraparound Lens{(n > 1 ? $", Pack of {n}" : "")}",
                    ["Polycarbonate lens stops flying debris", "Anti-fog coating stays clear in the cold", "Soft nose pad and light frame for all-day wear"],
                    ["safety specs", "protective glasses", "eye protection"], ["Standard: EN166", $"Lens: {tint}", $"Quantity: {n}"]);
            case 3:
                var grade = Pick(r, "FFP2", "FFP3");
                var valved = r.Chance(0.6);
                var masks = r.Pick(new[] { 5, 10, 20, 50 });
                return Make(r, "Dust Masks", "RESPIRATOR_MASK", $"MSK-{grade}-{(valved ? "V" : "U")}-{masks}", 15 + masks * 12, 1.2 * masks * (grade == "FFP3" ? 1.4 : 1.0),
                    $"{grade} Dust Masks{(valved ? " with Valve" : "")}, Pack of {masks}",
                    $"{grade} Dust Masks{(valved ? " with Exhalation Valve" : "")}, EN149 Respirators for Sanding, Plaster and Silica Dust, Pack of {masks}",
                    ["Filters fine dust from sanding, cutting and demolition", "Adjustable nose clip and soft inner seal", valved ? "Exhalation valve reduces heat and moisture build-up" : "Flat-fold design stores in a pocket"],
                    ["respirator", "dust mask", "face mask"], [$"Grade: {grade}", "Standard: EN149", $"Quantity: {masks}"]);
            case 4:
                var snr = Pick(r, "27dB", "30dB", "32dB", "34dB");
                var cups = r.Pick(Colours);
                return Make(r, "Ear Defenders", "HEARING_PROTECTION", $"EAR-{snr[..2]}-{cups[..2].ToUpperInvariant()}", 260, 6 + int.Parse(snr[..2]) * 0.25,
                    $"Ear Defenders SNR {snr}, Foldable",
                    $"Ear Defenders SNR {snr}, {cups}, Foldable Hearing Protection for Power Tools and Mowing, Adjustable Headband",
                    ["Soft ear cushions seal comfortably around the ear", "Folds compactly for the toolbox or glovebox", "Padded, adjustable headband"],
                    ["ear muffs", "hearing protection", "noise cancelling ear defenders"], [$"SNR: {snr}", "Standard: EN352-1"]);
            default:
                var colour = Pick(r, "Yellow", "Orange");
                var vsize = Pick(r, "M", "L", "XL", "XXL", "3XL");
                var vests = r.Pick(new[] { 1, 5, 10 });
                return Make(r, "Hi-Vis Vest", "SAFETY_VEST", $"HIV-{colour[..2].ToUpperInvariant()}-{vsize}-{vests}", 20 + vests * 90, 2.5 * Math.Pow(vests, 0.8),
                    $"Hi-Vis Vest {colour}, Size {vsize}{(vests > 1 ? $", Pack of {vests}" : "")}",
                    $"Hi-Vis Vest {colour}, Size {vsize}, EN ISO 20471 Class 2 Reflective Waistcoat with Hook and Loop Fastening{(vests > 1 ? $", Pack of {vests}" : "")}",
                    ["Two reflective bands around the body and braces over the shoulders", "Lightweight, breathable polyester mesh", "Quick hook-and-loop front fastening"],
                    ["high visibility vest", "reflective vest", "safety vest"], [$"Size: {vsize}", "Standard: EN ISO 20471 Class 2", $"Quantity: {vests}"]);
        }
    }

    private static ProductSpec Make(DetRandom r, string noun, string type, string skuTail, int weight, double price, string shortName,
        string full, string[] features, string[] keywords, string[] specs) =>
        new("Safety Wear", type, noun, shortName, full, $"SW-{skuTail}", weight, Box(weight, r, 5), Price(price * 1.45),
            [.. features, "Check the size guide and the rating before use", "For building sites, workshops and the garden"],
            ["for Building, Workshop and Garden", "Comfortable Fit", "CE Marked"], ["building sites, workshops and gardens"],
            [.. keywords, "ppe", "personal protective equipment", "workwear"], specs);
}
