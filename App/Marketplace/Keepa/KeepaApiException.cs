namespace SellerConsole.Marketplace.Keepa;

/// <summary>A Keepa call failed. Messages never contain the API key (URLs show <c>key=***</c>).</summary>
public sealed class KeepaApiException(string message, int? statusCode = null, string? errorType = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>HTTP status, when Keepa answered at all.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>Keepa's error.type, e.g. REQUEST_REJECTED or NOT_ENOUGH_TOKEN.</summary>
    public string? ErrorType { get; } = errorType;
}
