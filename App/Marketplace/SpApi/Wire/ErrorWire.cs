using System.Text.Json.Serialization;

namespace SellerConsole.Marketplace.SpApi.Wire;

/// <summary>SP-API <c>ErrorList</c>: <c>{"errors":[{"code","message","details"}]}</c>.</summary>
internal sealed record ErrorListWire(List<ErrorWire>? Errors);

internal sealed record ErrorWire(string? Code, string? Message, string? Details);

/// <summary>LWA token endpoint answer (success and error share one shape).</summary>
internal sealed record LwaTokenWire(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);
