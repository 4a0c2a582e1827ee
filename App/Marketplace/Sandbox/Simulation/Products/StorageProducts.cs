using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using static SellerConsole.Marketplace.Sandbox.Simulation.Products.Spec;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

internal static class StorageProducts
{
    public static ProductSpec Build(DetRandom r) => r.Next(6) switch
    {
        0 => Make(r, "Small Parts Organiser", "ORG", Pick(r, "10", "15", "18", "20", "25", "36"), " Compartments", 500, 9,
            "Removable Dividers, Clear Lid", "screws, nails, fuses and craft beads",
            ["Removable dividers let you size each compartment", "Clear lid shows the contents at a glance", "Secure latches keep small parts in place when carried"],
            ["parts organiser", "screw storage box", "compartment box"]),
        1 => Make(r, "Tool Box", "TBOX", Pick(r, "16", "19", "22", "26"), "in", 1600, 14,
            "with Removable Tray, Metal Latches", "hand tools, power tools and accessories",
            ["Lift-out tray for small tools and fixings", "Metal latches and a padlock eye", "Tough polypropylene shell with a comfortable handle"],
            ["toolbox", "tool chest", "tool storage box"]),
        2 => Make(r, "Tool Bag", "TBAG", Pick(r, "12", "16", "18", "20", "24"), "in", 1100, 18,
            "Wide Mouth, 20 Pockets, Waterproof Base", "electricians, plumbers and joiners",
            ["Wide mouth stays open for quick access", "Inside and outside pockets keep tools in order", "Moulded waterproof base stands up on wet ground"],
            ["tool holdall", "electricians bag", "tool tote"]),
        3 => Make(r, "Stackable Storage Bins", "BINS", Pick(r, "6", "10", "12", "20"), " Pack", 1200, 16,
            "Size 2 Louvre Bins, Wall Mountable", "workshops, garages and vans",
            ["Open front for easy picking of parts", "Bins stack or hang on louvre panels", "Label slot on every bin"],
            ["louvre bins", "picking bins", "parts bins"]),
        4 => Make(r, "Garage Shelving Unit", "SHLF", Pick(r, "4", "5"), " Tier", 9500, 35,
            "180 x 90 x 40cm, Boltless, 175kg per Shelf", "garages, sheds and utility rooms",
            ["Boltless assembly in minutes with a mallet", "Each shelf holds up to 175kg spread evenly", "Galvanised frame resists rust in damp garages"],
            ["racking", "metal shelving", "storage shelves"]),
        _ => Make(r, "Pegboard Kit", "PEGB", Pick(r, "30", "50", "80"), " Hooks", 4200, 27,
            "Wall-Mounted Tool Board, 2 Panels 600 x 600mm", "workshops, garages and sheds",
            ["Two steel panels with an assortment of hooks", "Keeps tools visible and within reach", "Fixings for brick and timber walls included"],
            ["tool board", "peg board", "tool wall"]),
    };

    private static ProductSpec Make(DetRandom r, string noun, string code, string size, string unit, int grams, double price,
        string detail, string use, string[] features, string[] keywords)
    {
        var scale = 1 + int.Parse(size) / 60.0;
        var weight = (int)(grams * scale * r.Between(0.85, 1.15));
        var label = unit == "in" ? $"{size}in" : $"{size}{unit}";
        var colour = r.Pick(Colours);
        return new ProductSpec("Storage", "STORAGE_BOX", noun,
            $"{noun} {label}",
            $"{noun} {label}, {colour}, {detail}, for {char.ToUpperInvariant(use[0])}{use[1..]}",
            $"ST-{code}-{size}{(unit == "in" ? "IN" : "")}-{colour[..2].ToUpperInvariant()}", weight, Box(weight, r, 9), Price(price * scale * r.Between(0.85, 1.25)),
            [.. features, $"Designed for {use}", $"{label} with {detail.ToLowerInvariant()}"],
            [$"for {use}", "Durable", "Easy to Carry"], [use], [.. keywords, "storage", "garage storage", "tool storage", "organiser"],
            [$"Size: {label}", $"Colour: {colour}", $"Details: {detail}", $"Weight: {weight}g"]);
    }
}
