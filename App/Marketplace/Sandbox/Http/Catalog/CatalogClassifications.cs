using SellerConsole.Marketplace.Sandbox.Simulation.Products;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Browse nodes for the simulated catalogue: DIY &amp; Tools as the root (79903031 on amazon.co.uk,
/// UNCONFIRMED) and one made-up, stable node per subcategory under it.
/// </summary>
internal static class CatalogClassifications
{
    public const long RootNode = 79903031;
    public const string RootName = "DIY & Tools";
    public const string WebsiteDisplayGroup = "diy_display_on_website";

    private static readonly List<string> Names = [.. Categories.All.Select(c => c.Name)];

    public static long Node(string category)
    {
        var index = Names.IndexOf(category);
        return index >= 0 ? 1_939_164_031L + 1_000L * index : 1_939_000_031L;
    }
}
