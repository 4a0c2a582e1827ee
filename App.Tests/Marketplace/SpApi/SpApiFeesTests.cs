using System.Text.Json.Nodes;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Marketplace.SpApi;

public sealed class SpApiFeesTests
{
    private const string Sku = "FF-SD32";
    private const string Path = "/products/fees/v0/listings/FF-SD32/feesEstimate";

    private static string Estimate(string feeDetails, string total = ""","TotalFeesEstimate":{"CurrencyCode":"GBP","Amount":3.98}""") => """
        {"payload":{"FeesEstimateResult":{"Status":"Success",
          "FeesEstimateIdentifier":{"MarketplaceId":"A1F83G8C2ARO7P","IdType":"SellerSKU","SellerId":"A2SELLER0001","SellerInputIdentifier":"FF-SD32","IsAmazonFulfilled":false,"IdValue":"FF-SD32",
            "PriceToEstimateFees":{"ListingPrice":{"CurrencyCode":"GBP","Amount":24.99},"Shipping":{"CurrencyCode":"GBP","Amount":2.99}}},
          "FeesEstimate":{"TimeOfFeesEstimation":"2026-03-02T09:00:01Z"@TOTAL,"FeeDetailList":@LINES}}}}
        """.Replace("@TOTAL", total).Replace("@LINES", feeDetails);

    private const string Lines = """
        [{"FeeType":"ReferralFee","FeeAmount":{"CurrencyCode":"GBP","Amount":4.20},"FeePromotion":{"CurrencyCode":"GBP","Amount":0.50},"TaxAmount":{"CurrencyCode":"GBP","Amount":0.00},"FinalFee":{"CurrencyCode":"GBP","Amount":3.70}},
         {"FeeType":"DigitalServicesFee","FeeAmount":{"CurrencyCode":"GBP","Amount":0.28},"FinalFee":{"CurrencyCode":"GBP","Amount":0.28}}]
        """;

    [Fact]
    public async Task A_fee_estimate_maps_the_total_and_every_fee_line()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Post, Path, _ => StubSpApiHandler.Json(200, Estimate(Lines)));

        var fees = await h.Client.GetFeesEstimateAsync(Sku, 24.99m, 2.99m);

        Assert.Equal((Sku, 24.99m, 2.99m, 3.98m), (fees.Sku, fees.ListingPrice, fees.Shipping, fees.TotalFees));
        Assert.Equal([new FeeLine("ReferralFee", 4.20m, 0.50m, 0.00m, 3.70m), new FeeLine("DigitalServicesFee", 0.28m, null, null, 0.28m)], fees.Fees);
        var body = JsonNode.Parse(Assert.Single(h.Handler.To(Path)).Body)!["FeesEstimateRequest"]!;
        Assert.Equal(("A1F83G8C2ARO7P", false, Sku), ((string?)body["MarketplaceId"], (bool)body["IsAmazonFulfilled"]!, (string?)body["Identifier"]));
        Assert.Equal("""{"ListingPrice":{"CurrencyCode":"GBP","Amount":24.99},"Shipping":{"CurrencyCode":"GBP","Amount":2.99}}""",
            body["PriceToEstimateFees"]!.ToJsonString());
    }

    [Fact]
    public async Task Without_a_total_the_final_fees_are_summed()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Post, Path, _ => StubSpApiHandler.Json(200, Estimate(Lines, total: "")));

        Assert.Equal(3.98m, (await h.Client.GetFeesEstimateAsync(Sku, 24.99m, 2.99m)).TotalFees);
    }

    [Fact]
    public async Task A_failed_estimate_inside_a_200_is_an_exception_with_amazons_code()
    {
        using var h = new SpApiHarness();
        h.Handler.Once(HttpMethod.Post, Path, _ => StubSpApiHandler.Json(200, """
            {"payload":{"FeesEstimateResult":{"Status":"ClientError","Error":{"Type":"Sender","Code":"InvalidParameterValue","Message":"There is an client-side error. Please verify your inputs.","Detail":[]}}}}
            """));

        var error = await Assert.ThrowsAsync<SpApiException>(() => h.Client.GetFeesEstimateAsync(Sku, 24.99m, 0m));

        Assert.Equal(("getMyFeesEstimateForSKU", "InvalidParameterValue"), (error.Operation, error.ErrorCode));
        Assert.Contains("ClientError", error.Message);
    }
}
