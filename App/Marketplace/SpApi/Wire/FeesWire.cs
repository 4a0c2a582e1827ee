namespace SellerConsole.Marketplace.SpApi.Wire;

// Product Fees v0 getMyFeesEstimateForSKU (models/product-fees-api-model/productFeesV0.json).

internal sealed record FeesEstimateResponseWire(FeesEstimatePayloadWire? Payload, List<ErrorWire>? Errors);

internal sealed record FeesEstimatePayloadWire(FeesEstimateResultWire? FeesEstimateResult);

internal sealed record FeesEstimateResultWire(string? Status, FeesEstimateWire? FeesEstimate, FeesEstimateErrorWire? Error);

internal sealed record FeesEstimateWire(MoneyWire? TotalFeesEstimate, List<FeeDetailWire>? FeeDetailList);

internal sealed record FeeDetailWire(string? FeeType, MoneyWire? FeeAmount, MoneyWire? FeePromotion, MoneyWire? TaxAmount, MoneyWire? FinalFee);

internal sealed record FeesEstimateErrorWire(string? Type, string? Code, string? Message);
