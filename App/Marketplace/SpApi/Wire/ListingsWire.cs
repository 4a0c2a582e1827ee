using System.Text.Json;

namespace SellerConsole.Marketplace.SpApi.Wire;

// Listings Items API 2021-08-01 (models/listings-items-api-model/listingsItems_2021-08-01.json).

internal sealed record ListingItemWire(
    string? Sku,
    List<ListingSummaryWire>? Summaries,
    JsonElement? Attributes,
    List<ListingIssueWire>? Issues,
    List<ListingOfferWire>? Offers,
    List<FulfillmentAvailabilityWire>? FulfillmentAvailability);

internal sealed record ListingSummaryWire(
    string? MarketplaceId,
    string? Asin,
    string? ProductType,
    string? ConditionType,
    List<string>? Status,
    string? ItemName,
    DateTimeOffset? CreatedDate,
    DateTimeOffset? LastUpdatedDate,
    ListingImageWire? MainImage);

internal sealed record ListingImageWire(string? Link, int? Height, int? Width);

internal sealed record ListingIssueWire(
    string? Code,
    string? Message,
    string? Severity,
    List<string>? AttributeNames,
    List<string>? Categories,
    IssueEnforcementsWire? Enforcements);

internal sealed record IssueEnforcementsWire(List<EnforcementActionWire>? Actions);

internal sealed record EnforcementActionWire(string? Action);

internal sealed record ListingOfferWire(string? MarketplaceId, string? OfferType, MoneyWire? Price, ListingAudienceWire? Audience);

internal sealed record ListingAudienceWire(string? Value);

internal sealed record FulfillmentAvailabilityWire(string? FulfillmentChannelCode, int? Quantity);

/// <summary>ListingsItemSubmissionResponse (patch, put, delete).</summary>
internal sealed record ListingSubmissionWire(string? Sku, string? Status, string? SubmissionId, List<ListingIssueWire>? Issues);
