using System.Text.Json;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>An issue found in a patch (Listings <c>Issue</c> without enforcements).</summary>
internal sealed record PatchIssue(string Code, string Message, string Severity, string AttributeName);

/// <summary>
/// Reads a patchListingsItem body. Malformed JSON (not <c>{productType, patches:[{op, path, value}]}</c>)
/// is the caller's 400; well-formed patches the Sandbox cannot apply come back as issues (status INVALID),
/// as Amazon reports them. The Sandbox applies purchasable_offer (our price and minimum price) and
/// fulfillment_availability (quantity).
/// </summary>
internal static class ListingsPatch
{
    private static readonly string[] Ops = ["add", "replace", "merge", "delete"];

    public static (OfferChange? Change, List<PatchIssue> Issues, string? Malformed) Read(JsonElement body, CatalogListing listing)
    {
        if (body.ValueKind != JsonValueKind.Object) return (null, [], "The request body must be a JSON object.");
        if (!body.TryGetProperty("productType", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() is not { Length: > 0 } productType)
            return (null, [], "Missing required field: productType.");
        if (!body.TryGetProperty("patches", out var patches) || patches.ValueKind != JsonValueKind.Array || patches.GetArrayLength() == 0)
            return (null, [], "Missing required field: patches (at least one).");
        var issues = new List<PatchIssue>();
        if (!string.Equals(productType, listing.ProductType, StringComparison.Ordinal))
        {
            issues.Add(Error("SANDBOX_PRODUCT_TYPE", $"The product type '{productType}' does not match the listing's product type '{listing.ProductType}'.", "productType"));
        }
        var change = new OfferChange(null, false, null, null);
        foreach (var patch in patches.EnumerateArray())
        {
            if (patch.ValueKind != JsonValueKind.Object) return (null, [], "Every patch must be an object.");
            var op = patch.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : "";
            var path = patch.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : "";
            if (!Ops.Contains(op)) return (null, [], $"Invalid op '{op}': use add, replace, merge or delete.");
            if (!path.StartsWith("/attributes/", StringComparison.Ordinal) || path.Length == "/attributes/".Length || path.IndexOf('/', "/attributes/".Length) >= 0)
                return (null, [], $"Invalid path '{path}': patches address top-level attributes as /attributes/<name>.");
            var hasValue = patch.TryGetProperty("value", out var value);
            if (op != "delete" && (!hasValue || value.ValueKind != JsonValueKind.Array))
                return (null, [], $"The {op} patch on {path} needs a value array.");
            var attribute = path["/attributes/".Length..];
            change = attribute switch
            {
                "purchasable_offer" when op == "delete" => Rejected(issues, change, attribute, "Removing the offer is not simulated by the Sandbox."),
                "purchasable_offer" => PurchasableOffer.Read(value, op == "merge", change, issues),
                "fulfillment_availability" when op != "delete" => Quantity(value, change, issues),
                _ => Rejected(issues, change, attribute, $"The Sandbox applies purchasable_offer and fulfillment_availability only, not {op} on '{attribute}'."),
            };
        }
        if (change.IsEmpty && issues.Count == 0) issues.Add(Error("SANDBOX_NO_CHANGE", "The patches change nothing.", "purchasable_offer"));
        return (change, issues, null);
    }

    public static PatchIssue Error(string code, string message, string attribute) => new(code, message, "ERROR", attribute);

    private static OfferChange Rejected(List<PatchIssue> issues, OfferChange change, string attribute, string message)
    {
        issues.Add(Error("SANDBOX_UNSUPPORTED_ATTRIBUTE", message, attribute));
        return change;
    }

    private static OfferChange Quantity(JsonElement value, OfferChange change, List<PatchIssue> issues)
    {
        const string Name = "fulfillment_availability";
        var entry = value.EnumerateArray().FirstOrDefault();
        if (entry.ValueKind != JsonValueKind.Object)
        {
            issues.Add(Error("90220", $"'{Name}' is required but not supplied.", Name));
            return change;
        }
        var channel = entry.TryGetProperty("fulfillment_channel_code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (channel != "DEFAULT")
        {
            issues.Add(Error("SANDBOX_INVALID_VALUE", "Only fulfillment_channel_code DEFAULT (merchant fulfilled) is simulated.", Name));
            return change;
        }
        if (!entry.TryGetProperty("quantity", out var q) || !q.TryGetInt32(out var quantity) || quantity is < 0 or > 1_000_000)
        {
            issues.Add(Error("SANDBOX_INVALID_VALUE", "quantity must be a whole number from 0 to 1,000,000.", Name));
            return change;
        }
        return change with { Quantity = quantity };
    }
}
