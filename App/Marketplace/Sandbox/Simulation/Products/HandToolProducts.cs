using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;
using static SellerConsole.Marketplace.Sandbox.Simulation.Products.Spec;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

internal static class HandToolProducts
{
    private sealed record Tool(string Noun, string Code, string[] Sizes, string[] Variants, int Grams, double Price,
        string[] Features, string[] Keywords, string Use);

    private static readonly Tool[] Tools =
    [
        new("Claw Hammer", "HAMR", ["16oz", "20oz", "22oz"], ["Fibreglass Handle", "Steel Shaft", "Hickory Handle", "Anti-Vibration Grip"], 750, 11,
            ["Drop-forged, heat-treated head with a polished striking face", "Curved claw pulls nails cleanly without marking the work", "Handle absorbs shock for less arm fatigue"],
            ["nail hammer", "joiners hammer", "carpentry hammer"], "carpentry, framing and general household jobs"),
        new("Screwdriver Set", "SDRV", ["6 Piece", "8 Piece", "10 Piece", "12 Piece", "18 Piece"], ["Slotted, Pozi and Phillips", "Magnetic Tips", "VDE Insulated 1000V"], 450, 14,
            ["Chrome vanadium blades hardened for long tip life", "Two-component handles give grip and torque", "Tips marked on the handle end for quick selection"],
            ["screwdrivers", "electricians screwdrivers", "pozi screwdriver"], "electrical work, furniture assembly and repairs"),
        new("Combination Pliers", "PLRS", ["160mm", "180mm", "200mm"], ["Comfort Grip", "VDE Insulated", "Chrome Vanadium"], 320, 9,
            ["Induction-hardened cutting edges cut soft and hard wire", "Serrated jaws grip round and flat material", "Box joint stays smooth and tight"],
            ["pliers", "cutting pliers", "gripping pliers"], "electrical, plumbing and workshop jobs"),
        new("Adjustable Spanner", "SPAN", ["150mm", "200mm", "250mm", "300mm"], ["Chrome Vanadium", "Wide Jaw", "Rubber Grip"], 380, 10,
            ["Fine worm gear sets the jaw precisely and holds it", "Metric and imperial scale on the jaw", "Slim head reaches nuts in tight spaces"],
            ["adjustable wrench", "shifting spanner", "crescent spanner"], "plumbing, bikes and machinery"),
        new("Combination Spanner Set", "CSPS", ["8 Piece 8-19mm", "11 Piece 6-22mm", "14 Piece 8-24mm"], ["Metric", "Ratchet Ring End", "in Roll Pouch"], 1300, 24,
            ["Open end and 12-point ring end on every spanner", "Chrome vanadium steel with a satin finish", "Supplied in a storage rack or roll"],
            ["spanner set", "metric spanners", "wrench set"], "car maintenance, assembly and workshop repairs"),
        new("Hex Key Set", "HEXK", ["9 Piece 1.5-10mm", "10 Piece 2-12mm", "9 Piece Torx T10-T50"], ["Ball End", "Long Arm", "with Holder"], 260, 8,
            ["Long arm with ball end for angled access", "Short arm gives high torque for loosening", "Keys clip into a labelled holder"],
            ["allen keys", "hex wrenches", "allen key set"], "flat-pack furniture, bikes and machinery"),
        new("Socket Set", "SOCK", ["1/4in Drive 46 Piece", "3/8in Drive 24 Piece", "1/2in Drive 25 Piece"], ["Metric", "72-Tooth Ratchet", "in Carry Case"], 2200, 32,
            ["Fine-tooth ratchet needs only a small swing arc", "Six-point sockets grip the flats, not the corners", "Blow-moulded case keeps every piece in place"],
            ["ratchet set", "socket wrench set", "mechanics tool set"], "car, bike and machinery maintenance"),
        new("Utility Knife", "KNIF", ["Retractable", "Folding", "Snap-Off 18mm"], ["with 10 Spare Blades", "Auto-Loading", "Metal Body"], 180, 7,
            ["Quick blade change without tools", "Blade locks in several cutting depths", "Soft grip handle for control"],
            ["box cutter", "craft knife", "trimming knife"], "carpet, plasterboard, packaging and roofing felt"),
        new("Hacksaw", "HSAW", ["300mm", "150mm Junior"], ["with Bi-Metal Blade", "Adjustable Tension", "Steel Frame"], 600, 9,
            ["Quick tension lever keeps the blade straight", "Bi-metal blade cuts steel, copper and plastic pipe", "Blade can be set at 45 degrees for flush cuts"],
            ["metal saw", "junior hacksaw", "pipe saw"], "cutting pipe, bolts, rod and plastic"),
        new("Wood Chisel Set", "CHSL", ["3 Piece", "4 Piece", "6 Piece"], ["Bevel Edge", "with Storage Case", "Impact Resistant Handles"], 700, 17,
            ["Chrome vanadium blades ground and honed ready to use", "Bevel edges reach into dovetails and corners", "Handles can be struck with a mallet"],
            ["chisels", "woodworking chisels", "joinery chisels"], "joinery, hinges and lock fitting"),
        new("Staple Gun", "STPL", ["Heavy Duty", "3-in-1"], ["with 1000 Staples", "Adjustable Power", "Metal Body"], 900, 15,
            ["Takes 6 to 14mm staples, brads and cable tacks", "Low-effort trigger for long jobs", "Window shows when the magazine needs refilling"],
            ["tacker", "upholstery stapler", "staple tacker"], "upholstery, membranes and insulation"),
        new("Rubber Mallet", "MALL", ["16oz", "24oz", "32oz"], ["White Rubber", "Fibreglass Handle", "Black Rubber"], 700, 8,
            ["Rubber head drives without marking the work", "Ideal for paving, tiling and assembly", "Non-slip handle"],
            ["mallet", "rubber hammer", "paving mallet"], "laying slabs, tiles and flat-pack assembly"),
    ];

    public static ProductSpec Build(DetRandom r)
    {
        var t = r.Pick(Tools);
        var size = r.Pick(t.Sizes);
        var variant = r.Pick(t.Variants);
        var scale = 1 + t.Sizes.ToList().IndexOf(size) * 0.25;
        var weight = (int)(t.Grams * scale * r.Between(0.9, 1.1));
        var grip = r.Pick(TwoTone);
        var twin = r.Chance(0.12);
        var code = $"HT-{t.Code}-{new string(size.Where(char.IsLetterOrDigit).Take(5).ToArray()).ToUpperInvariant()}-{Spec.Code(variant)}{Spec.Code(grip)}{(twin ? "-2" : "")}";
        return new ProductSpec("Hand Tools", "HAND_TOOL", t.Noun,
            $"{t.Noun} {size}, {variant}{(twin ? ", Pack of 2" : "")}",
            $"{t.Noun} {size}, {variant}, {grip} Grip, Hand Tool for DIY and Trade Use{(twin ? ", Pack of 2" : "")}",
            code, weight * (twin ? 2 : 1), Box(weight * (twin ? 2 : 1), r, 3.5), Price(t.Price * scale * r.Between(0.85, 1.3) * (twin ? 1.8 : 1)),
            [.. t.Features, $"Size {size}; {variant.ToLowerInvariant()}", $"Suited to {t.Use}"],
            [$"for {t.Use}", "Drop Forged", "Ergonomic Grip", "Workshop and Home"], [t.Use],
            [.. t.Keywords, "hand tools", "diy tools", "tool kit", "workshop tools"],
            [$"Size: {size}", $"Type: {variant}", $"Colour: {grip}", $"Weight: {weight}g"]);
    }
}
