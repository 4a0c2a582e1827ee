using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>Product Pricing: getItemOffers, getItemOffersBatch (v0) and getFeaturedOfferExpectedPriceBatch (2022-05-01).</summary>
internal static partial class PricingEndpoints
{
    private static readonly string[] Conditions = ["New", "Used", "Collectible", "Refurbished", "Club"];

    public static void MapProductPricing(this IEndpointRouteBuilder api)
    {
        api.MapGet("/products/pricing/v0/items/{asin}/offers", (string asin, HttpRequest http) =>
        {
            var (marketplace, condition, customer) = (http.Query["MarketplaceId"].ToString(), http.Query["ItemCondition"].ToString(), http.Query["CustomerType"].ToString());
            return Validate(asin, marketplace, condition, customer) is { } error
                ? SpApiResults.InvalidInput(error)
                : SpApiResults.Json(new JsonObject { ["payload"] = OffersJson.Payload(asin, http.HttpContext.World().Simulation.GetOffers(asin), condition) });
        }).WithMetadata(new SpApiOperation("getItemOffers"));

        api.MapPost("/batches/products/pricing/v0/itemOffers", async (HttpRequest http, SandboxFaults faults, TimeProvider clock) =>
        {
            if (await Requests(http, 20) is not { } requests) return SpApiResults.InvalidInput("The body must be {\"requests\":[...]} with 1 to 20 requests.");
            var sim = http.HttpContext.World().Simulation;
            var storming = faults.IsStorming("getItemOffers", clock.GetUtcNow().UtcDateTime);
            var responses = new JsonArray();
            foreach (var r in requests)
            {
                var match = ItemOffersUri().Match(Text(r, "uri") ?? "");
                var asin = match.Success ? match.Groups[1].Value : "";
                var (marketplace, condition, customer) = (Text(r, "MarketplaceId") ?? "", Text(r, "ItemCondition") ?? "", Text(r, "CustomerType") ?? "");
                var echo = new JsonObject { ["MarketplaceId"] = marketplace, ["Asin"] = asin, ["CustomerType"] = customer.Length > 0 ? customer : "Consumer", ["ItemCondition"] = condition };
                var error = !match.Success ? $"Invalid uri: {Text(r, "uri")}" : Text(r, "method") != "GET" ? "method must be GET" : Validate(asin, marketplace, condition, customer);
                responses.Add(
                    error is not null ? Item(400, "Bad Request", SpApiResults.ErrorList("InvalidInput", error), echo)
                    : storming ? Item(429, "Too Many Requests", SpApiResults.ErrorList("QuotaExceeded", SpApiResults.QuotaExceededMessage), echo)
                    : Item(200, "OK", new JsonObject { ["payload"] = OffersJson.Payload(asin, sim.GetOffers(asin), condition) }, echo));
            }
            return SpApiResults.Json(new JsonObject { ["responses"] = responses });
        }).WithMetadata(new SpApiOperation("getItemOffersBatch"));

        api.MapPost("/batches/products/pricing/2022-05-01/offer/featuredOfferExpectedPrice", async (HttpRequest http) =>
        {
            if (await Requests(http, 40) is not { } requests) return SpApiResults.InvalidInput("The body must be {\"requests\":[...]} with 1 to 40 requests.");
            var responses = new JsonArray();
            foreach (var r in requests) responses.Add(FeaturedOfferJson.Response(r, http.HttpContext.World().Simulation));
            return SpApiResults.Json(new JsonObject { ["responses"] = responses });
        }).WithMetadata(new SpApiOperation("getFeaturedOfferExpectedPriceBatch"));
    }

    public static JsonObject Item(int status, string reason, JsonObject body, JsonObject request) => new()
    {
        ["status"] = new JsonObject { ["statusCode"] = status, ["reasonPhrase"] = reason },
        ["body"] = body,
        ["headers"] = new JsonObject { ["x-amzn-RequestId"] = Guid.NewGuid().ToString() },
        ["request"] = request,
    };

    public static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The <c>requests</c> array of a batch body, or null when the body is not a batch of 1..max.</summary>
    private static async Task<List<JsonElement>?> Requests(HttpRequest http, int max)
    {
        try
        {
            using var doc = await JsonDocument.ParseAsync(http.Body, cancellationToken: http.HttpContext.RequestAborted);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("requests", out var requests)
                || requests.ValueKind != JsonValueKind.Array || requests.GetArrayLength() is 0 || requests.GetArrayLength() > max
                || requests.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.Object))
            {
                return null;
            }
            return [.. requests.EnumerateArray().Select(r => r.Clone())];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Validate(string asin, string marketplace, string condition, string customer)
    {
        if (marketplace.Length == 0) return "Missing required parameter: MarketplaceId.";
        if (marketplace != SandboxMarketplace.Id) return $"The Sandbox serves marketplace {SandboxMarketplace.Id} only.";
        if (!Conditions.Contains(condition)) return "ItemCondition must be one of New, Used, Collectible, Refurbished, Club.";
        if (customer.Length > 0 && customer is not ("Consumer" or "Business")) return "CustomerType must be Consumer or Business.";
        return AsinPattern().IsMatch(asin) ? null : $"Invalid ASIN: {asin}.";
    }

    [GeneratedRegex("^/products/pricing/v0/items/([A-Z0-9]{10})/offers$")]
    private static partial Regex ItemOffersUri();

    [GeneratedRegex("^[A-Z0-9]{10}$")]
    private static partial Regex AsinPattern();
}
