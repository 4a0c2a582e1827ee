using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

/// <summary>
/// Amazon listing issues on a few listings, consistent with their content. Code 18027 (main image)
/// follows the SP-API example in domain-facts A4; the other codes are plausible stand-ins.
/// </summary>
internal static class IssueBuilder
{
    public static IReadOnlyList<ListingIssue> Build(ListingContent c, bool isOwnBrand, DetRandom r)
    {
        var issues = new List<ListingIssue>();
        if (c.Defects.HasFlag(ContentDefect.MainImageNotWhite) && r.Chance(0.45))
        {
            issues.Add(new ListingIssue("18027",
                "The main image does not meet image requirements: the background must be pure white (RGB 255,255,255).",
                "ERROR", ["INVALID_IMAGE"], ["main_product_image_locator"], "SEARCH_SUPPRESSED"));
        }
        if (c.Defects.HasFlag(ContentDefect.TitleOver200) && r.Chance(0.35))
        {
            issues.Add(new ListingIssue("8560",
                "The value for 'item_name' is longer than the 200 characters allowed for this product type.",
                "ERROR", ["INVALID_ATTRIBUTE"], ["item_name"], "SEARCH_SUPPRESSED"));
        }
        if (c.Defects.HasFlag(ContentDefect.BannedTitleCharacters) && r.Chance(0.25))
        {
            issues.Add(new ListingIssue("8541",
                "'item_name' contains characters that are not allowed: ! $ ? _ { } ^ ¬ ¦.",
                "WARNING", ["INVALID_ATTRIBUTE"], ["item_name"], null));
        }
        if (c.Bullets.Count == 0 && r.Chance(0.5))
        {
            issues.Add(new ListingIssue("90220", "'bullet_point' is required but not supplied.",
                "WARNING", ["MISSING_ATTRIBUTE"], ["bullet_point"], null));
        }
        if (!isOwnBrand && r.Chance(0.012))
        {
            issues.Add(new ListingIssue("5461",
                "The brand you provided is not approved for this product. Provide proof of authorisation from the brand owner.",
                "ERROR", ["INVALID_ATTRIBUTE"], ["brand"], "LISTING_SUPPRESSED"));
        }
        return issues;
    }

    public static bool IsSearchSuppressed(IReadOnlyList<ListingIssue> issues) =>
        issues.Any(i => i.Enforcement == "SEARCH_SUPPRESSED");

    public static bool IsListingSuppressed(IReadOnlyList<ListingIssue> issues) =>
        issues.Any(i => i.Enforcement == "LISTING_SUPPRESSED");
}
