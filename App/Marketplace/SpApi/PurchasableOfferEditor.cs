using System.Text.Json;
using System.Text.Json.Nodes;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// Builds the patchListingsItem body for a price change. A "replace" of purchasable_offer with a
/// hand-built offer drops every sub-attribute it does not repeat (minimum/maximum price, discounts,
/// schedules), so the current offer is copied whole and only our_price's value_with_tax is edited.
/// </summary>
internal static class PurchasableOfferEditor
{
    public static JsonObject PriceOnly(JsonElement? current, string marketplaceId, string currency, decimal price)
    {
        var offer = current is { ValueKind: JsonValueKind.Object } element
            ? JsonNode.Parse(element.GetRawText())!.AsObject()
            : new JsonObject { ["marketplace_id"] = marketplaceId, ["currency"] = currency, ["audience"] = "ALL" };
        if (offer["our_price"] is not JsonArray { Count: > 0 } ourPrice || ourPrice[0] is not JsonObject first)
        {
            first = new JsonObject();
            offer["our_price"] = new JsonArray(first);
        }
        if (first["schedule"] is not JsonArray { Count: > 0 } schedule || schedule[0] is not JsonObject slot)
        {
            slot = new JsonObject();
            first["schedule"] = new JsonArray(slot);
        }
        slot["value_with_tax"] = JsonValue.Create(price);
        return offer;
    }

    public static byte[] PatchBody(string productType, JsonObject offer)
    {
        var body = new JsonObject
        {
            ["productType"] = productType,
            ["patches"] = new JsonArray(new JsonObject
            {
                ["op"] = "replace",
                ["path"] = "/attributes/" + ListingAttributes.PurchasableOffer,
                ["value"] = new JsonArray(offer),
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }
}
