using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

/// <summary>
/// Decides which defects a listing's content should get. A listing is either clean or gets at
/// least one defect, each with its own rate, so every kind shows up in a 150-listing world.
/// </summary>
internal static class DefectPlan
{
    private static readonly (ContentDefect Defect, double Rate)[] Rates =
    [
        (ContentDefect.RepeatedTitleWords, 0.16),
        (ContentDefect.BannedTitleCharacters, 0.14),
        (ContentDefect.AllCapsWords, 0.16),
        (ContentDefect.PromotionalPhrases, 0.14),
        (ContentDefect.FewerThanFiveBullets, 0.22),
        (ContentDefect.OverlongBullets, 0.12),
        (ContentDefect.Emojis, 0.10),
        (ContentDefect.SearchTermsOver250Bytes, 0.16),
        (ContentDefect.SearchTermsContainBrand, 0.16),
        (ContentDefect.DescriptionHtml, 0.18),
        (ContentDefect.MainImageUnder1000Px, 0.14),
        (ContentDefect.MainImageNotWhite, 0.11),
        (ContentDefect.FewImages, 0.14),
    ];

    /// <param name="cleanShare">Share of listings with no defect at all (peers are cleaner than we are).</param>
    public static ContentDefect Choose(DetRandom r, double cleanShare)
    {
        if (r.Chance(cleanShare)) return ContentDefect.None;
        var d = ContentDefect.None;
        foreach (var (defect, rate) in Rates)
        {
            if (r.Chance(rate)) d |= defect;
        }
        var length = r.NextDouble();
        if (length < 0.22) d |= ContentDefect.TitleOver80 | ContentDefect.TitleOver200;
        else if (length < 0.75) d |= ContentDefect.TitleOver80;
        if (d == ContentDefect.None) d = Rates[r.Next(Rates.Length)].Defect;
        return d;
    }
}
