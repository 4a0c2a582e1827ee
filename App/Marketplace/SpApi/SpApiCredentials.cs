namespace SellerConsole.Marketplace.SpApi;

/// <summary>
/// LWA app credentials and the seller's refresh token. Secrets: never logged, never in an
/// exception; <see cref="ToString"/> shows the seller id only, so an accidental log line stays safe.
/// </summary>
public sealed record SpApiCredentials(string ClientId, string ClientSecret, string RefreshToken, string SellerId)
{
    public override string ToString() => $"SpApiCredentials {{ SellerId = {SellerId}, secrets redacted }}";

    internal IEnumerable<string> Secrets() => [ClientId, ClientSecret, RefreshToken];
}
