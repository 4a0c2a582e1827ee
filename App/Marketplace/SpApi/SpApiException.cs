namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// The one exception type <see cref="SpApiClient"/> throws (besides cancellation and argument errors):
/// the operation, the HTTP status and Amazon's first error code and message, if any.
/// </summary>
public sealed class SpApiException(
    string operation, int? statusCode, string? errorCode, string? errorMessage, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Operation { get; } = operation;

    /// <summary>Null when no HTTP answer came back (network error, timeout, open circuit).</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>Amazon's <c>errors[0].code</c> (or LWA's <c>error</c>), e.g. QuotaExceeded, InvalidInput.</summary>
    public string? ErrorCode { get; } = errorCode;

    public string? ErrorMessage { get; } = errorMessage;

    /// <summary>True when the section's circuit breaker was open and the call was not sent.</summary>
    public bool IsCircuitOpen { get; init; }

    /// <summary>True for failures worth trying again later (429, 5xx, network, timeout, open circuit).</summary>
    public bool IsTransient => IsCircuitOpen || StatusCode is null or 429 or >= 500;
}
