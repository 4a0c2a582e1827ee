using System.Text.Json;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// The purchasable_offer attribute: our price and minimum price (value_with_tax) for amazon.co.uk, GBP,
/// audience ALL. A replace writes the whole offer, so leaving out minimum_seller_allowed_price removes it
/// (as on Amazon: copy the current offer and edit it); a merge keeps what it does not mention.
/// </summary>
internal static class PurchasableOffer
{
    private const string Name = "purchasable_offer";

    public static OfferChange Read(JsonElement value, bool merge, OfferChange change, List<PatchIssue> issues)
    {
        var offers = value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList();
        var uk = offers.FirstOrDefault(e => Text(e, "marketplace_id") == SandboxMarketplace.Id);
        if (uk.ValueKind != JsonValueKind.Object)
        {
            issues.Add(ListingsPatch.Error("90220", $"'marketplace_id' {SandboxMarketplace.Id} is required but not supplied.", Name));
            return change;
        }
        if (Text(uk, "currency") is { } currency && currency != SandboxMarketplace.Currency)
            issues.Add(ListingsPatch.Error("SANDBOX_INVALID_VALUE", $"The currency for {SandboxMarketplace.Id} is GBP, not {currency}.", Name));
        if (Text(uk, "audience") is { } audience && audience != "ALL")
            issues.Add(ListingsPatch.Error("SANDBOX_UNSUPPORTED_ATTRIBUTE", $"Only audience ALL is simulated, not {audience}.", Name));

        var price = Schedule(uk, "our_price", issues);
        var minimum = Schedule(uk, "minimum_seller_allowed_price", issues);
        if (price is null && !uk.TryGetProperty("our_price", out _) && !merge)
            issues.Add(ListingsPatch.Error("90220", "'our_price' is required but not supplied.", Name));
        if (price is { } p && minimum is { } m && m > p)
            issues.Add(ListingsPatch.Error("18155", $"The 'minimum price' {m} is greater than the selling price {p}.", Name));
        var setsMinimum = !merge || uk.TryGetProperty("minimum_seller_allowed_price", out _);
        return change with
        {
            Price = price ?? change.Price,
            SetsMinimum = change.SetsMinimum || setsMinimum,
            Minimum = setsMinimum ? minimum : change.Minimum,
        };
    }

    /// <summary>The first schedule's value_with_tax of a price sub-attribute; null when absent or invalid (with an issue).</summary>
    private static decimal? Schedule(JsonElement offer, string name, List<PatchIssue> issues)
    {
        if (!offer.TryGetProperty(name, out var prices)) return null;
        var entry = prices.ValueKind == JsonValueKind.Array ? prices.EnumerateArray().FirstOrDefault() : default;
        var schedule = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("schedule", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().FirstOrDefault()
            : default;
        if (schedule.ValueKind != JsonValueKind.Object || !schedule.TryGetProperty("value_with_tax", out var v) || !v.TryGetDecimal(out var amount))
        {
            issues.Add(ListingsPatch.Error("90220", $"'{name}' needs [{{\"schedule\":[{{\"value_with_tax\":<amount>}}]}}].", Name));
            return null;
        }
        if (amount <= 0 || amount > MarketSimulation.MaxPrice || decimal.Round(amount, 2) != amount)
        {
            issues.Add(ListingsPatch.Error("SANDBOX_INVALID_VALUE", $"'{name}' {amount} must be above 0, at most {MarketSimulation.MaxPrice} and in whole pence.", Name));
            return null;
        }
        return amount;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
