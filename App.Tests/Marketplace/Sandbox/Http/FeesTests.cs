using System.Text.Json;
using SellerConsole.Costing;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

public sealed class FeesTests(SharedSandboxApp shared) : IClassFixture<SharedSandboxApp>
{
    private readonly SandboxApp _app = shared.App;

    private static string Request(decimal price, decimal shipping, bool fba = false) => JsonSerializer.Serialize(new
    {
        FeesEstimateRequest = new
        {
            MarketplaceId = SandboxClient.Uk,
            IsAmazonFulfilled = fba,
            PriceToEstimateFees = new { ListingPrice = new { CurrencyCode = "GBP", Amount = price }, Shipping = new { CurrencyCode = "GBP", Amount = shipping } },
            Identifier = "estimate-1",
        },
    });

    [Theory]
    [InlineData(20.00, 3.49)]
    [InlineData(1.00, 0.00)]
    public async Task The_fee_estimate_is_the_DIY_and_Tools_referral_fee_plus_the_digital_services_fee_ex_VAT(double price, double shipping)
    {
        _app.Advance(TimeSpan.FromSeconds(2));
        var client = await _app.ClientAsync();
        var sku = (await _app.WorldAsync()).Simulation.Catalogue[0].Sku;
        var schedule = FeeScheduleSeed.DiyAndTools().AsOf(_app.Clock.GetUtcNow().UtcDateTime);
        var referral = Money.Round(Math.Max(schedule.ReferralRate * (decimal)(price + shipping), schedule.MinimumReferralFee));
        var digital = Money.Round(referral * schedule.DigitalServicesFeeRate);

        var result = (await client.JsonAsync(HttpMethod.Post, $"/products/fees/v0/listings/{sku}/feesEstimate", Request((decimal)price, (decimal)shipping)))
            .GetProperty("payload").GetProperty("FeesEstimateResult");

        Assert.Equal("Success", result.GetProperty("Status").GetString());
        var identifier = result.GetProperty("FeesEstimateIdentifier");
        Assert.Equal(sku, identifier.GetProperty("IdValue").GetString());
        Assert.Equal("SellerSKU", identifier.GetProperty("IdType").GetString());
        Assert.Equal("estimate-1", identifier.GetProperty("SellerInputIdentifier").GetString());
        var estimate = result.GetProperty("FeesEstimate");
        Assert.Equal(referral + digital, estimate.GetProperty("TotalFeesEstimate").GetProperty("Amount").GetDecimal());
        var details = estimate.GetProperty("FeeDetailList").EnumerateArray().ToDictionary(d => d.GetProperty("FeeType").GetString()!);
        Assert.Equal(referral, details["ReferralFee"].GetProperty("FeeAmount").GetProperty("Amount").GetDecimal());
        Assert.Equal(Money.Round(referral * schedule.FeeVatRate), details["ReferralFee"].GetProperty("TaxAmount").GetProperty("Amount").GetDecimal());
        Assert.Equal(digital, details["DigitalServicesFee"].GetProperty("FinalFee").GetProperty("Amount").GetDecimal());
        Assert.Equal(0m, details["FBAFees"].GetProperty("FeeAmount").GetProperty("Amount").GetDecimal());
    }

    [Fact]
    public async Task Unknown_skus_and_fba_estimates_are_client_errors_inside_the_result()
    {
        _app.Advance(TimeSpan.FromSeconds(2));
        var client = await _app.ClientAsync();
        var sku = (await _app.WorldAsync()).Simulation.Catalogue[0].Sku;

        var unknown = (await client.JsonAsync(HttpMethod.Post, "/products/fees/v0/listings/NO-SUCH-SKU/feesEstimate", Request(10, 0)))
            .GetProperty("payload").GetProperty("FeesEstimateResult");
        _app.Advance(TimeSpan.FromSeconds(2));
        var fba = (await client.JsonAsync(HttpMethod.Post, $"/products/fees/v0/listings/{sku}/feesEstimate", Request(10, 0, fba: true)))
            .GetProperty("payload").GetProperty("FeesEstimateResult");

        foreach (var result in new[] { unknown, fba })
        {
            Assert.Equal("ClientError", result.GetProperty("Status").GetString());
            Assert.Equal("Sender", result.GetProperty("Error").GetProperty("Type").GetString());
            Assert.False(result.TryGetProperty("FeesEstimate", out _));
        }
    }
}
