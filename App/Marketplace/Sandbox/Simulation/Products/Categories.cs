using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

/// <summary>
/// A DIY and Tools subcategory: how much of our range it is, how strongly it follows the spring
/// and Christmas peaks (gift-able tools peak at Christmas, consumables in spring), and how
/// price-sensitive its buyers are (commodity fixings more than branded tools).
/// </summary>
internal sealed record CategoryDef(
    string Name,
    double Share,
    double SpringPeak,
    double ChristmasPeak,
    double ElasticityMin,
    double ElasticityMax,
    Func<DetRandom, ProductSpec> Build);

internal static class Categories
{
    public static readonly IReadOnlyList<CategoryDef> All =
    [
        new("Screws", 0.17, 0.55, 0.25, 2.2, 3.4, ScrewProducts.Build),
        new("Fixings", 0.13, 0.50, 0.25, 2.2, 3.4, FixingProducts.Build),
        new("Wall Plugs", 0.08, 0.50, 0.25, 2.4, 3.6, WallPlugProducts.Build),
        new("Hand Tools", 0.12, 0.35, 0.85, 1.4, 2.4, HandToolProducts.Build),
        new("Power Tool Accessories", 0.14, 0.45, 0.50, 1.8, 3.0, PowerToolAccessoryProducts.Build),
        new("Adhesives & Sealants", 0.09, 0.60, 0.20, 1.8, 3.0, AdhesiveProducts.Build),
        new("Storage", 0.06, 0.35, 0.60, 1.4, 2.4, StorageProducts.Build),
        new("Measuring", 0.08, 0.35, 0.75, 1.4, 2.6, MeasuringProducts.Build),
        new("Safety Wear", 0.07, 0.45, 0.20, 1.8, 3.0, SafetyWearProducts.Build),
        new("Hinges & Brackets", 0.06, 0.50, 0.20, 1.8, 3.0, HingeBracketProducts.Build),
    ];

    private static readonly double[] Shares = All.Select(c => c.Share).ToArray();

    public static CategoryDef Pick(DetRandom r) => All[r.PickWeighted(Shares)];

    public static CategoryDef ByName(string name) => All.First(c => c.Name == name);
}
