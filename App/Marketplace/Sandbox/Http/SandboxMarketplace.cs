using System.Text.Json.Nodes;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>The one marketplace the Sandbox simulates: amazon.co.uk.</summary>
internal static class SandboxMarketplace
{
    public const string Id = "A1F83G8C2ARO7P";
    public const string Name = "Amazon.co.uk";
    public const string Currency = "GBP";
    public const string LanguageTag = "en_GB";

    /// <summary>v0 APIs (Pricing, Fees): <c>{"CurrencyCode":"GBP","Amount":12.49}</c>.</summary>
    public static JsonObject MoneyV0(decimal amount) => new() { ["CurrencyCode"] = Currency, ["Amount"] = amount };

    /// <summary>Newer APIs with a numeric amount (Pricing 2022-05-01).</summary>
    public static JsonObject MoneyNumber(decimal amount) => new() { ["currencyCode"] = Currency, ["amount"] = amount };

    /// <summary>Orders 2026-01-01 and Listings offers: the amount as a decimal string.</summary>
    public static JsonObject MoneyString(decimal amount) => new()
    {
        ["amount"] = amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        ["currencyCode"] = Currency,
    };

    /// <summary>FNV-1a over the UTF-16 code units: a process-independent hash (string.GetHashCode is randomised per run).</summary>
    public static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
