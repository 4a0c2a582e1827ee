namespace SellerConsole.Marketplace.SpApi.Models;

/// <summary>ACCEPTED (queued by Amazon), INVALID (rejected, see issues) or VALID (validation preview passed).</summary>
public enum ListingSubmissionStatus
{
    Accepted,
    Invalid,
    Valid,
}

public sealed record PriceUpdateResult(
    string Sku,
    ListingSubmissionStatus Status,
    string? SubmissionId,
    IReadOnlyList<ListingIssue> Issues);
