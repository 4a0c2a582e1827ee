using System.Text.Json;
using System.Text.Json.Nodes;
using SellerConsole.Costing;
using SellerConsole.Shared;
using static SellerConsole.Marketplace.Sandbox.Http.SandboxMarketplace;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Product Fees v0 getMyFeesEstimateForSKU, priced from the DIY &amp; Tools fee schedule in force on the
/// app date (<see cref="FeeScheduleSeed"/>): referral = max(rate x (price + shipping), minimum), the
/// Digital Services Fee on top of it, amounts ex VAT with the VAT on each fee as TaxAmount. FBM only.
/// </summary>
internal static class FeesEndpoints
{
    private static readonly FeeScheduleHistory Schedules = FeeScheduleSeed.DiyAndTools();

    public static void MapProductFees(this IEndpointRouteBuilder api) =>
        api.MapPost("/products/fees/v0/listings/{sellerSku}/feesEstimate", async (string sellerSku, HttpRequest http, TimeProvider clock) =>
        {
            JsonElement request;
            try
            {
                using var doc = await JsonDocument.ParseAsync(http.Body, cancellationToken: http.HttpContext.RequestAborted);
                request = doc.RootElement.TryGetProperty("FeesEstimateRequest", out var r) ? r.Clone() : default;
            }
            catch (JsonException)
            {
                return SpApiResults.InvalidInput("The request body is not valid JSON.");
            }
            if (request.ValueKind != JsonValueKind.Object) return SpApiResults.InvalidInput("Missing required field: FeesEstimateRequest.");
            if (Text(request, "MarketplaceId") != Id) return SpApiResults.InvalidInput($"MarketplaceId must be {Id}.");
            if (!request.TryGetProperty("PriceToEstimateFees", out var prices) || Amount(prices, "ListingPrice") is not { } price || price < 0)
                return SpApiResults.InvalidInput("PriceToEstimateFees.ListingPrice (GBP) is required.");
            var shipping = Amount(prices, "Shipping") ?? 0m;
            if (shipping < 0) return SpApiResults.InvalidInput("PriceToEstimateFees.Shipping must not be negative.");
            var fba = request.TryGetProperty("IsAmazonFulfilled", out var f) && f.ValueKind == JsonValueKind.True;
            var sim = http.HttpContext.World().Simulation;
            var now = clock.GetUtcNow().UtcDateTime;

            var identifier = new JsonObject
            {
                ["MarketplaceId"] = Id, ["SellerId"] = sim.OurSellerId, ["IdType"] = "SellerSKU", ["IdValue"] = sellerSku, ["IsAmazonFulfilled"] = fba,
                ["PriceToEstimateFees"] = new JsonObject { ["ListingPrice"] = MoneyV0(price), ["Shipping"] = MoneyV0(shipping) },
                ["SellerInputIdentifier"] = Text(request, "Identifier") ?? "",
            };
            var result = new JsonObject { ["FeesEstimateIdentifier"] = identifier };
            var problem = sim.GetListingBySku(sellerSku) is null ? $"The SKU {sellerSku} is not one of your listings."
                : fba ? "FBA fees are not simulated: the Sandbox seller fulfils its own orders." : null;
            if (problem is not null)
            {
                result["Status"] = "ClientError";
                result["Error"] = new JsonObject { ["Type"] = "Sender", ["Code"] = "InvalidParameterValue", ["Message"] = problem, ["Detail"] = new JsonArray() };
            }
            else
            {
                result["Status"] = "Success";
                result["FeesEstimate"] = Estimate(Schedules.AsOf(now), price + shipping, now);
            }
            return SpApiResults.Json(new JsonObject { ["payload"] = new JsonObject { ["FeesEstimateResult"] = result } });
        }).WithMetadata(new SpApiOperation("getMyFeesEstimateForSKU"));

    public static JsonObject Estimate(FeeSchedule schedule, decimal grossSale, DateTime nowUtc)
    {
        var referral = Money.Round(schedule.ReferralFee(grossSale));
        var digital = Money.Round(referral * schedule.DigitalServicesFeeRate);
        JsonObject Detail(string type, decimal amount) => new()
        {
            ["FeeType"] = type,
            ["FeeAmount"] = MoneyV0(amount),
            ["FeePromotion"] = MoneyV0(0m),
            ["TaxAmount"] = MoneyV0(Money.Round(amount * schedule.FeeVatRate)),
            ["FinalFee"] = MoneyV0(amount),
        };
        return new JsonObject
        {
            ["TimeOfFeesEstimation"] = Time(nowUtc),
            ["TotalFeesEstimate"] = MoneyV0(referral + digital),
            ["FeeDetailList"] = new JsonArray(
                Detail("ReferralFee", referral),
                Detail("VariableClosingFee", 0m),
                Detail("PerItemFee", 0m),
                Detail("FBAFees", 0m),
                Detail("DigitalServicesFee", digital)),
        };
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? Amount(JsonElement prices, string name) =>
        prices.ValueKind == JsonValueKind.Object && prices.TryGetProperty(name, out var money) && money.ValueKind == JsonValueKind.Object
        && Text(money, "CurrencyCode") == Currency && money.TryGetProperty("Amount", out var a) && a.TryGetDecimal(out var amount)
            ? amount
            : null;
}
