using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using static SellerConsole.Marketplace.Sandbox.Simulation.Products.Spec;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

internal static class AdhesiveProducts
{
    public static ProductSpec Build(DetRandom r) => r.Next(7) switch
    {
        0 or 1 => Silicone(r),
        2 => Caulk(r),
        3 => Grab(r),
        4 => WoodGlue(r),
        5 => Foam(r),
        _ => Tape(r),
    };

    private static ProductSpec Silicone(DetRandom r)
    {
        var kind = Pick(r, "Sanitary Silicone Sealant", "Multi-Purpose Silicone Sealant", "Low Modulus Silicone Sealant", "Anti-Mould Silicone Sealant");
        var colour = Pick(r, "White", "Clear", "Black", "Grey", "Brown", "Ivory");
        var n = r.Pick(new[] { 1, 1, 2, 3, 6, 12 });
        return Make(r, kind, "SEALANT", $"SIL-{kind[..3].ToUpperInvariant()}-{colour[..3].ToUpperInvariant()}-{n}", n * 330, 3.5 * Math.Pow(n, 0.85),
            $"{kind} {colour} 310ml{Qty(n)}",
            $"{kind} {colour} 310ml Cartridge, Waterproof Seal for Baths, Showers and Sinks{Qty(n)}",
            ["Cures to a flexible, waterproof seal that will not crack", "Contains fungicide to resist mould in kitchens and bathrooms", "Standard 310ml cartridge fits any sealant gun"],
            ["baths, showers, sinks, worktops and windows"], ["bathroom sealant", "silicone", "shower sealant", "caulking"]);
    }

    private static ProductSpec Caulk(DetRandom r)
    {
        var size = Pick(r, "310ml", "380ml");
        var n = r.Pick(new[] { 1, 6, 12, 24 });
        return Make(r, "Decorators Caulk", "SEALANT", $"CLK-{size[..3]}-{n}", n * 420, 2.2 * Math.Pow(n, 0.85),
            $"Decorators Caulk White {size}{Qty(n)}",
            $"Decorators Caulk White {size}, Overpaintable Acrylic Filler for Gaps and Skirting{Qty(n)}",
            ["Fills gaps around skirting, architrave and coving", "Can be painted after about 30 minutes", "Water-based acrylic, easy to smooth and clean up"],
            ["skirting, coving, architrave and window boards"], ["acrylic caulk", "gap filler", "painters caulk"]);
    }

    private static ProductSpec Grab(DetRandom r)
    {
        var kind = Pick(r, "Instant Grab Adhesive", "Solvent-Free Grab Adhesive", "Heavy Duty Construction Adhesive");
        var n = r.Pick(new[] { 1, 1, 3, 6, 12 });
        return Make(r, kind, "ADHESIVE", $"GRB-{kind[..3].ToUpperInvariant()}-{n}", n * 430, 4.8 * Math.Pow(n, 0.85),
            $"{kind} 290ml{Qty(n)}",
            $"{kind} 290ml, Bonds Wood, Metal, Stone and Plasterboard, Interior and Exterior{Qty(n)}",
            ["High initial grab holds most items without props", "Bonds to most porous and non-porous building materials", "Gap-filling formula for uneven surfaces"],
            ["skirting, panels, stone and wood"], ["grab adhesive", "construction glue", "panel adhesive"]);
    }

    private static ProductSpec WoodGlue(DetRandom r)
    {
        var grade = Pick(r, "D2", "D3", "D4");
        var vol = Pick(r, "250ml", "500ml", "1L", "5L");
        var ml = vol.EndsWith('L') && !vol.EndsWith("ml") ? int.Parse(vol[..^1]) * 1000 : int.Parse(vol[..^2]);
        return Make(r, "PVA Wood Glue", "ADHESIVE", $"PVA-{grade}-{vol.ToUpperInvariant()}", ml + 60, 2.5 + ml * 0.006,
            $"PVA Wood Glue {grade} {vol}",
            $"PVA Wood Glue {grade} {vol}, {(grade == "D2" ? "Interior" : "Water Resistant")} Adhesive for Joinery and Furniture",
            [$"{grade} rated bond stronger than the timber itself", "Dries clear and can be sanded", "Nozzle bottle for precise application"],
            ["joinery, furniture and crafts"], ["wood adhesive", "carpenters glue", "white glue"]);
    }

    private static ProductSpec Foam(DetRandom r)
    {
        var kind = Pick(r, "Expanding Foam", "Gun Grade Expanding Foam", "Fire Rated Expanding Foam");
        var vol = Pick(r, "500ml", "750ml");
        var n = r.Pick(new[] { 1, 2, 6, 12 });
        return Make(r, kind, "SEALANT", $"FOAM-{kind[..3].ToUpperInvariant()}-{vol[..3]}-{n}", n * (vol == "500ml" ? 560 : 820), 6 * Math.Pow(n, 0.85),
            $"{kind} {vol}{Qty(n)}",
            $"{kind} {vol}, Fills Gaps and Cavities, Insulates Against Draughts and Noise{Qty(n)}",
            ["Expands to fill gaps around pipes, frames and cables", "Cured foam can be cut, sanded and painted", "Insulates against draughts and noise"],
            ["window frames, pipe entries and cavities"], ["polyurethane foam", "gap filler foam", "insulation foam"]);
    }

    private static ProductSpec Tape(DetRandom r)
    {
        var colour = Pick(r, "Silver", "Black", "White");
        var len = r.Pick(new[] { 25, 50 });
        var n = r.Pick(new[] { 1, 3, 6 });
        return Make(r, "Duct Tape", "ADHESIVE_TAPE", $"TAPE-{colour[..3].ToUpperInvariant()}-{len}-{n}", n * len * 7, 3 * Math.Pow(n, 0.85) * len / 25.0,
            $"Duct Tape {colour} 48mm x {len}m{Qty(n)}",
            $"Duct Tape {colour} 48mm x {len}m, Waterproof Cloth Tape, Tears by Hand{Qty(n)}",
            ["Cloth-reinforced tape tears cleanly by hand", "Strong adhesive sticks to rough and smooth surfaces", "Waterproof backing for indoor and outdoor repairs"],
            ["repairs, sealing and bundling"], ["gaffer tape", "cloth tape", "gaffa tape", "repair tape"]);
    }

    private static string Qty(int n) => n > 1 ? $", Pack of {n}" : "";

    private static ProductSpec Make(DetRandom r, string noun, string type, string skuTail, int weight, double price, string shortName,
        string full, string[] features, string[] uses, string[] keywords) =>
        new("Adhesives & Sealants", type, noun, shortName, full, $"AD-{skuTail}", weight + 40, Box(weight + 40, r, 1.6), Price(price * 1.4),
            [.. features, "Store in a cool, frost-free place and use within 12 months", $"Ideal for {uses[0]}"],
            [$"for {uses[0]}", "Interior and Exterior", "Waterproof"], uses, [.. keywords, "adhesive", "sealant", "glue"],
            [$"Type: {noun}", "Shelf life: 12 months"]);
}
