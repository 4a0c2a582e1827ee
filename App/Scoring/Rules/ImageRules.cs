namespace SellerConsole.Scoring.Rules;

/// <summary>Image rules: count, main image size (zoom at 1000 px, 500 px minimum), white background, A+.</summary>
internal static class ImageRules
{
    public static void Evaluate(PreparedListing listing, ScoringSettings settings, List<RuleHit> hits)
    {
        var count = listing.ImageCount;
        if (count == 0)
        {
            hits.Add(Hit(RuleIds.ImagesMainMissing, Severity.Blocking, "The listing has no main image; Amazon suppresses listings without one.",
                "0 images", "Upload a main image: the product on pure white, at least 1000 px on the longest side."));
        }
        if (count < settings.ImagesGood)
        {
            var severity = count < settings.ImagesMajorBelow ? Severity.Major : Severity.Minor;
            hits.Add(Hit(RuleIds.ImagesCount, severity, $"Listings with {settings.ImagesGood} or more images convert better.",
                $"{count} images", $"Add {settings.ImagesGood - count} more: in use, scale, close-ups, what is in the box, dimensions."));
        }

        if (listing.Images.Count > 0 && IsMeasured(listing.Images[0]))
        {
            var main = listing.Images[0];
            var longSide = LongSide(main);
            if (longSide < settings.MainImageMinPx)
            {
                hits.Add(Hit(RuleIds.ImagesMainSize, Severity.Blocking, $"The main image is below Amazon's {settings.MainImageMinPx} px minimum.",
                    Size(main), $"Upload a main image at least {settings.MainImageZoomPx} px on the longest side."));
            }
            else if (longSide < settings.MainImageZoomPx || longSide > settings.MainImageMaxPx)
            {
                var message = longSide < settings.MainImageZoomPx
                    ? $"The main image is under {settings.MainImageZoomPx} px, so buyers cannot zoom."
                    : $"The main image is over Amazon's {settings.MainImageMaxPx} px maximum.";
                hits.Add(Hit(RuleIds.ImagesMainSize, Severity.Major, message, Size(main),
                    $"Upload a main image between {settings.MainImageZoomPx} and {settings.MainImageMaxPx} px on the longest side."));
            }
        }
        if (listing.Images.Count > 0 && listing.Images[0].WhiteBackground == false)
        {
            hits.Add(Hit(RuleIds.ImagesMainBackground, Severity.Major, "The main image background is not pure white (RGB 255,255,255).",
                "background not white", "Re-shoot or cut out the product onto pure white, filling at least 85% of the frame."));
        }

        var small = listing.Images
            .Select((image, index) => (image, number: index + 1))
            .Skip(1)
            .Where(x => IsMeasured(x.image) && LongSide(x.image) < settings.MainImageZoomPx)
            .Select(x => $"image {x.number}: {Size(x.image)}")
            .ToList();
        if (small.Count > 0)
        {
            hits.Add(Hit(RuleIds.ImagesSecondarySize, Severity.Minor, $"Some images are under {settings.MainImageZoomPx} px and cannot be zoomed.",
                string.Join("; ", small), $"Replace them with images at least {settings.MainImageZoomPx} px on the longest side."));
        }

        if (!listing.HasAPlusContent)
        {
            hits.Add(Hit(RuleIds.MediaAPlus, Severity.Minor, "The listing has no A+ content.", "no A+ content",
                "Add A+ content (free for brand owners in Brand Registry)."));
        }
    }

    /// <summary>
    /// 0x0 is "size not known" (stored listings keep only the main image's size; SP-API may omit it): such an
    /// image still counts, but no size finding is made without a measurement to show as evidence.
    /// </summary>
    private static bool IsMeasured(ListingImage image) => image.Width != 0 || image.Height != 0;

    private static int LongSide(ListingImage image) => Math.Max(image.Width, image.Height);

    private static string Size(ListingImage image) => $"{image.Width}x{image.Height} px";

    private static RuleHit Hit(string id, Severity severity, string message, string evidence, string fix) =>
        new(id, severity, ScoreSection.Media, message, evidence, fix);
}
