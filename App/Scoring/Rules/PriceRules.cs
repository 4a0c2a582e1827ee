using System.Globalization;
using SellerConsole.Shared;

namespace SellerConsole.Scoring.Rules;

/// <summary>Our price against the Buy Box price.</summary>
internal static class PriceRules
{
    /// <summary>Prices outside this range are bad data, not a price to compare (and keep the maths in range).</summary>
    private const decimal MinPlausible = 0.01m;
    private const decimal MaxPlausible = 1_000_000m;

    public static void Evaluate(PreparedListing listing, ScoringSettings settings, List<RuleHit> hits)
    {
        if (listing.Source.OurPrice is not { } ours || listing.Source.BuyBoxPrice is not { } buyBox
            || ours is < MinPlausible or > MaxPlausible || buyBox is < MinPlausible or > MaxPlausible)
        {
            return;
        }
        var abovePercent = (ours - buyBox) / buyBox * 100m;
        if (abovePercent <= settings.PriceAboveBuyBoxMinorPercent)
        {
            return;
        }
        var severity = abovePercent > settings.PriceAboveBuyBoxMajorPercent ? Severity.Major : Severity.Minor;
        hits.Add(new RuleHit(RuleIds.PriceAboveBuyBox, severity, ScoreSection.Competitiveness,
            "Our price is above the Buy Box price, so we are unlikely to win the Buy Box.",
            string.Create(CultureInfo.InvariantCulture, $"{Money.Format(ours)} vs Buy Box {Money.Format(buyBox)} (+{Math.Round(abovePercent, 1, MidpointRounding.AwayFromZero):F1}%)"),
            $"Match the Buy Box at {Money.Format(buyBox)} if it stays above your floor, or compete on delivery speed."));
    }
}
