namespace SellerConsole.Marketplace.SpApi.Models;

/// <summary>
/// One row of the GET_MERCHANT_LISTINGS_ALL_DATA ("All Listings") report. Columns missing from a
/// given file are null. ProductIdType: 1 ASIN, 2 ISBN, 3 UPC, 4 EAN; Status: Active, Inactive, Incomplete.
/// </summary>
public sealed record MerchantListingRow(
    int LineNumber,
    string SellerSku,
    string? Asin,
    string? ItemName,
    string? ItemDescription,
    string? ListingId,
    decimal? Price,
    int? Quantity,
    DateTime? OpenDateUtc,
    string? ImageUrl,
    string? ProductIdType,
    string? ProductId,
    string? ItemCondition,
    string? ItemNote,
    string? FulfillmentChannel,
    string? MerchantShippingGroup,
    int? PendingQuantity,
    string? Status);

public enum ReportStage
{
    Requested,
    Waiting,
    Downloading,
    Parsing,
    Done,
}

/// <summary>Progress of a report download; ProcessingStatus is Amazon's (IN_QUEUE, IN_PROGRESS, DONE…).</summary>
public sealed record ReportProgress(ReportStage Stage, string? ReportId, string? ProcessingStatus, int Rows);
