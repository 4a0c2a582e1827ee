using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>Listings Items 2021-08-01: getListingsItem and patchListingsItem for our SKUs.</summary>
internal static class ListingsEndpoints
{
    private const string Path = "/listings/2021-08-01/items/{sellerId}/{sku}";

    public static void MapListingsItems(this IEndpointRouteBuilder api)
    {
        api.MapGet(Path, (string sellerId, string sku, HttpRequest http) =>
        {
            var world = http.HttpContext.World();
            if (Check(http, world, sellerId, ListingsJson.IncludedData, "summaries", out var included) is { } invalid) return invalid;
            return world.Simulation.GetListingBySku(sku) is { } snapshot
                ? SpApiResults.Json(ListingsJson.Item(snapshot, world.OurOffer(snapshot), included))
                : NotFound(sku);
        }).WithMetadata(new SpApiOperation("getListingsItem"));

        api.MapPatch(Path, async (string sellerId, string sku, HttpRequest http, IOptions<SandboxOptions> options, TimeProvider clock) =>
        {
            var world = http.HttpContext.World();
            if (Check(http, world, sellerId, ["identifiers", "issues"], "issues", out var included) is { } invalid) return invalid;
            var mode = http.Query["mode"].ToString();
            if (mode.Length > 0 && mode != "VALIDATION_PREVIEW") return SpApiResults.InvalidInput($"Invalid mode '{mode}'.");
            if (world.Simulation.GetListingBySku(sku) is not { } snapshot) return NotFound(sku);

            byte[] raw;
            using (var buffer = new MemoryStream())
            {
                await http.Body.CopyToAsync(buffer, http.HttpContext.RequestAborted);
                raw = buffer.ToArray();
            }
            JsonElement body;
            try
            {
                body = JsonDocument.Parse(raw).RootElement;
            }
            catch (JsonException)
            {
                return SpApiResults.InvalidInput("The request body is not valid JSON.");
            }
            var (change, issues, malformed) = ListingsPatch.Read(body, snapshot.Listing);
            if (malformed is not null) return SpApiResults.InvalidInput(malformed);

            string status, submissionId;
            if (issues.Count > 0 || mode == "VALIDATION_PREVIEW")
            {
                status = issues.Count > 0 ? "INVALID" : "VALID";
                submissionId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sku + "\n" + Encoding.UTF8.GetString(raw))))[..32];
            }
            else
            {
                var o = options.Value;
                var receipt = world.Submit(sku, change!, clock.GetUtcNow().UtcDateTime, o.PriceApplyDelay, o.SilentDropRate);
                (status, submissionId) = ("ACCEPTED", receipt.SubmissionId);
            }
            var response = new JsonObject
            {
                ["sku"] = snapshot.Listing.Sku,
                ["status"] = status,
                ["submissionId"] = submissionId,
                ["issues"] = new JsonArray([.. issues.Select(i => (JsonNode)new JsonObject
                {
                    ["code"] = i.Code,
                    ["message"] = i.Message,
                    ["severity"] = i.Severity,
                    ["attributeNames"] = new JsonArray(i.AttributeName),
                })]),
            };
            if (included.Contains("identifiers"))
            {
                response["identifiers"] = new JsonArray(new JsonObject { ["marketplaceId"] = SandboxMarketplace.Id, ["asin"] = snapshot.Listing.Asin });
            }
            return SpApiResults.Json(response);
        }).WithMetadata(new SpApiOperation("patchListingsItem"));
    }

    private static IResult? Check(HttpRequest http, SandboxWorld world, string sellerId, string[] allowed, string fallback, out IReadOnlySet<string> included)
    {
        var data = SpApiResults.List(http, "includedData");
        included = data.Count == 0 ? new HashSet<string> { fallback } : data.ToHashSet(StringComparer.Ordinal);
        if (sellerId != world.Simulation.OurSellerId)
            return SpApiResults.Unauthorized($"The seller id {sellerId} is not the selling partner that authorised this application.");
        var marketplaces = SpApiResults.List(http, "marketplaceIds");
        if (marketplaces.Count == 0) return SpApiResults.InvalidInput("Missing required parameter: marketplaceIds.");
        if (marketplaces.Any(m => m != SandboxMarketplace.Id)) return SpApiResults.InvalidInput($"The Sandbox serves marketplace {SandboxMarketplace.Id} only.");
        if (data.FirstOrDefault(d => !allowed.Contains(d, StringComparer.Ordinal)) is { } bad) return SpApiResults.InvalidInput($"Invalid includedData value: {bad}.");
        return null;
    }

    private static IResult NotFound(string sku) =>
        SpApiResults.Errors(404, "NOT_FOUND", $"SKU '{sku}' not found in marketplace {SandboxMarketplace.Id}.");
}
