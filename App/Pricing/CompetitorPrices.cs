using System.Globalization;
using SellerConsole.Pricing.Engine;

namespace SellerConsole.Pricing;

/// <summary>Competitors' landed prices as one short text column ("seller=pence;..."), for the anomaly guard's "before".</summary>
public static class CompetitorPrices
{
    public static string Format(IEnumerable<PricingOffer> offers) =>
        string.Join(';', offers.Where(o => !o.IsOurs).Take(100).Select(o => o.SellerId + "=" + o.LandedPence.ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<SellerPrice> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var prices = new List<SellerPrice>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.LastIndexOf('=');
            if (eq > 0 && long.TryParse(part.AsSpan(eq + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pence))
            {
                prices.Add(new SellerPrice(part[..eq], pence));
            }
        }
        return prices;
    }
}
