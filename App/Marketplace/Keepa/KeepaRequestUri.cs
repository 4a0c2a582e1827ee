using System.Globalization;
using System.Text.RegularExpressions;

namespace SellerConsole.Marketplace.Keepa;

/// <summary>Builds <c>product?…</c> URIs and scrubs the key out of anything shown to people.</summary>
internal static partial class KeepaRequestUri
{
    public const int DomainUk = 2;

    public static Uri Product(Uri baseAddress, string key, IReadOnlyList<string> asins, KeepaProductOptions options)
    {
        var query = new List<string>
        {
            $"key={Uri.EscapeDataString(key)}",
            $"domain={DomainUk}",
            $"asin={string.Join(',', asins)}",
        };
        void Add(string name, int? value)
        {
            if (value is { } v)
            {
                query.Add($"{name}={v.ToString(CultureInfo.InvariantCulture)}");
            }
        }
        Add("stats", options.StatsDays);
        Add("offers", options.Offers);
        Add("buybox", options.BuyBox ? 1 : null);
        Add("rating", options.Rating ? 1 : null);
        Add("history", options.History ? null : 0);
        Add("days", options.Days);
        Add("update", options.UpdateHours);
        Add("only-live-offers", options.OnlyLiveOffers ? 1 : null);
        return new Uri(baseAddress, "product?" + string.Join('&', query));
    }

    /// <summary>Replaces <c>key=…</c> and any literal occurrence of the key with ***.</summary>
    public static string Redact(string text, string? key)
    {
        var redacted = KeyParameter().Replace(text, "${name}***");
        if (!string.IsNullOrEmpty(key))
        {
            redacted = redacted.Replace(key, "***", StringComparison.Ordinal)
                .Replace(Uri.EscapeDataString(key), "***", StringComparison.Ordinal);
        }
        return redacted;
    }

    public static bool IsValidAsin(string asin) => AsinPattern().IsMatch(asin);

    [GeneratedRegex(@"(?<name>\bkey=)[^&\s""']*", RegexOptions.IgnoreCase)]
    private static partial Regex KeyParameter();

    [GeneratedRegex("^[A-Z0-9]{10}$")]
    private static partial Regex AsinPattern();
}
