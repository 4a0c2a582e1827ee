using System.Globalization;
using System.Text.Json;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// Reads the free-form <c>attributes</c> object of a listing: every attribute is an array of
/// entries, each optionally scoped by <c>marketplace_id</c> (and offers by <c>audience</c>).
/// </summary>
internal static class ListingAttributes
{
    public const string PurchasableOffer = "purchasable_offer";

    /// <summary>The <c>value</c> of every entry of <paramref name="name"/> for the marketplace, in order.</summary>
    public static IReadOnlyList<string> Values(JsonElement? attributes, string name, string marketplaceId) =>
        [.. Entries(attributes, name, marketplaceId)
            .Select(e => e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v!)];

    public static string? First(JsonElement? attributes, string name, string marketplaceId) =>
        Values(attributes, name, marketplaceId).FirstOrDefault();

    /// <summary>main_product_image_locator then other_product_image_locator_1…8 (media_location).</summary>
    public static IReadOnlyList<string> ImageUrls(JsonElement? attributes, string marketplaceId)
    {
        string[] slots = ["main_product_image_locator", .. Enumerable.Range(1, 8).Select(i => $"other_product_image_locator_{i}")];
        return [.. slots
            .SelectMany(slot => Entries(attributes, slot, marketplaceId))
            .Select(e => e.TryGetProperty("media_location", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v!)];
    }

    /// <summary>The purchasable_offer entry for the marketplace and audience ALL (an entry without audience counts as ALL).</summary>
    public static JsonElement? Offer(JsonElement? attributes, string marketplaceId) =>
        Entries(attributes, PurchasableOffer, marketplaceId)
            .Where(e => !e.TryGetProperty("audience", out var a) || a.ValueKind != JsonValueKind.String || a.GetString() == "ALL")
            .Select(e => (JsonElement?)e)
            .FirstOrDefault();

    /// <summary><c>{price}[0].schedule[0].value_with_tax</c> of an offer, e.g. our_price or minimum_seller_allowed_price.</summary>
    public static decimal? ScheduledPrice(JsonElement? offer, string price)
    {
        if (offer is not { ValueKind: JsonValueKind.Object } o
            || !o.TryGetProperty(price, out var prices) || prices.ValueKind != JsonValueKind.Array || prices.GetArrayLength() == 0
            || !prices[0].TryGetProperty("schedule", out var schedule) || schedule.ValueKind != JsonValueKind.Array || schedule.GetArrayLength() == 0
            || !schedule[0].TryGetProperty("value_with_tax", out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDecimal(),
            JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
    }

    private static IEnumerable<JsonElement> Entries(JsonElement? attributes, string name, string marketplaceId)
    {
        if (attributes is not { ValueKind: JsonValueKind.Object } a
            || !a.TryGetProperty(name, out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        return entries.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object
            && (!e.TryGetProperty("marketplace_id", out var m) || m.ValueKind != JsonValueKind.String || m.GetString() == marketplaceId));
    }
}
