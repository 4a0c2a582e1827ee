namespace SellerConsole.Marketplace.SpApi.Models;

/// <summary>Amazon's (not guaranteed) fee estimate for selling one unit at the given price, merchant-fulfilled.</summary>
public sealed record FeesEstimate(string Sku, decimal ListingPrice, decimal Shipping, decimal TotalFees, IReadOnlyList<FeeLine> Fees);

/// <summary>Type e.g. ReferralFee, VariableClosingFee, DigitalServicesFee; Final = amount - promotion (+ tax where charged).</summary>
public sealed record FeeLine(string Type, decimal? Amount, decimal? Promotion, decimal? Tax, decimal Final);
