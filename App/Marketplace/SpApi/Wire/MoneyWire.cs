namespace SellerConsole.Marketplace.SpApi.Wire;

/// <summary>
/// Money in every SP-API flavour: <c>{"CurrencyCode","Amount":12.49}</c> (v0) and
/// <c>{"currencyCode","amount":"12.49"}</c> (Listings, Orders); reads are case-insensitive and accept strings.
/// </summary>
internal sealed record MoneyWire(string? CurrencyCode, decimal? Amount);

/// <summary>A batch item's HTTP status line.</summary>
internal sealed record BatchStatusWire(int? StatusCode, string? ReasonPhrase);
