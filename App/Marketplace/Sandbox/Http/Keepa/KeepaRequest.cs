using System.Globalization;
using System.Text.RegularExpressions;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>The parameters of Keepa's <c>GET /product</c> the Sandbox understands.</summary>
internal sealed partial record KeepaRequest(
    IReadOnlyList<string> Asins,
    int? StatsDays,
    int? Offers,
    bool BuyBox,
    bool Rating,
    bool History,
    int? Days,
    int? Update,
    bool OnlyLiveOffers)
{
    public const int MaxAsins = 100;

    /// <summary>The parsed request, or the REQUEST_REJECTED message.</summary>
    public static (KeepaRequest? Request, string? Error) Parse(IQueryCollection query)
    {
        if (query["domain"].ToString() != "2") return (null, "Only domain 2 (amazon.co.uk) exists in the Sandbox.");
        if (query.ContainsKey("code")) return (null, "The Sandbox looks products up by asin only.");
        var asins = query["asin"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (asins.Length is 0 or > MaxAsins) return (null, $"Give 1 to {MaxAsins} ASINs.");
        if (asins.FirstOrDefault(a => !AsinPattern().IsMatch(a)) is { } bad) return (null, $"Invalid ASIN: {bad}");
        int? Int(string name, int min, int max, out string? error)
        {
            error = null;
            var raw = query[name].ToString();
            if (raw.Length == 0) return null;
            if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
            error = $"Invalid value for {name}: {raw}";
            return null;
        }
        var stats = Int("stats", 1, 36_500, out var e1);
        var offers = Int("offers", 20, 100, out var e2);
        var days = Int("days", 1, 36_500, out var e3);
        var update = Int("update", -1, 1_000_000, out var e4);
        if ((e1 ?? e2 ?? e3 ?? e4) is { } error) return (null, error);
        return (new KeepaRequest([.. asins.Distinct()], stats, offers, Flag(query, "buybox"), Flag(query, "rating"),
            query["history"].ToString() != "0", days, update, Flag(query, "only-live-offers")), null);
    }

    /// <summary>Tokens for one product, as Keepa charges them (domain-facts B1).</summary>
    public int Cost(bool known, int offersFound)
    {
        if (!known && Update == -1) return 0;
        var cost = Offers is not null
            ? 6 * Math.Max(1, (int)Math.Ceiling(offersFound / 10.0))
            : 1 + (BuyBox ? 2 : 0) + (Rating ? 1 : 0);
        return cost + (Update == 0 ? 1 : 0);
    }

    private static bool Flag(IQueryCollection query, string name) => query[name].ToString() == "1";

    [GeneratedRegex("^[A-Z0-9]{10}$")]
    private static partial Regex AsinPattern();
}
