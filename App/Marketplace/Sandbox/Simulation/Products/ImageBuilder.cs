using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

/// <summary>Image sets: 1-9 images; the main image's size and background follow the defect plan.</summary>
internal static class ImageBuilder
{
    private static readonly string[] OffWhite = ["#F4F4F4", "#EDEBE6", "#DDE3EA", "#F7F3EC", "#E9E9E9"];
    private static readonly string[] Lifestyle = ["#FFFFFF", "#FFFFFF", "#D9D2C5", "#8A9BA8", "#3C3C3C", "#C7D6C1"];
    private static readonly (int W, int H)[] GoodSizes = [(1500, 1500), (2000, 2000), (1600, 1200), (2560, 2560), (1200, 1500), (1000, 1000)];
    private static readonly (int W, int H)[] SmallSizes = [(500, 500), (800, 800), (640, 480), (900, 900), (750, 600)];

    public static List<ListingImage> Build(ContentDefect plan, DetRandom r)
    {
        var count = plan.HasFlag(ContentDefect.FewImages) ? r.Between(1, 3) : r.Between(4, 9);
        var images = new List<ListingImage>(count);
        var (w, h) = plan.HasFlag(ContentDefect.MainImageUnder1000Px) ? r.Pick(SmallSizes) : r.Pick(GoodSizes);
        var bg = plan.HasFlag(ContentDefect.MainImageNotWhite) ? r.Pick(OffWhite) : "#FFFFFF";
        images.Add(new ListingImage("MAIN", Identifiers.ImageUrl(r), w, h, bg));
        for (var i = 1; i < count; i++)
        {
            var (pw, ph) = r.Chance(0.2) ? r.Pick(SmallSizes) : r.Pick(GoodSizes);
            images.Add(new ListingImage($"PT{i:D2}", Identifiers.ImageUrl(r), pw, ph, r.Pick(Lifestyle)));
        }
        return images;
    }
}
