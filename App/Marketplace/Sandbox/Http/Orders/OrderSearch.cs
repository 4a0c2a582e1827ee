using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// A parsed searchOrders request. The pagination token carries the query it belongs to and the offset;
/// a token used with other filters, or after 24 hours, is rejected as Amazon does.
/// </summary>
internal sealed record OrderSearch(bool ByUpdate, DateTime After, DateTime Before, List<string> Statuses, List<string> FulfilledBy,
    List<string> Marketplaces, int PageSize, int Offset, IReadOnlySet<string> Included, string BeforeAsSent)
{
    public static readonly TimeSpan MinimumAge = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(24);
    private static readonly string[] KnownStatuses = ["PENDING_AVAILABILITY", "PENDING", "UNSHIPPED", "PARTIALLY_SHIPPED", "SHIPPED", "CANCELLED", "UNFULFILLABLE"];

    /// <summary>A page token: the filters it belongs to, where the next page starts, and the window's end
    /// as resolved on the first page (an open-ended search must not move with the clock between pages).</summary>
    private sealed record Token(string Query, int Offset, DateTime IssuedUtc, DateTime Before);

    public static (OrderSearch? Search, string? Error) Parse(HttpRequest http, DateTime nowUtc)
    {
        var q = http.Query;
        string Get(string name) => q[name].ToString();
        var (createdAfter, updatedAfter) = (Get("createdAfter"), Get("lastUpdatedAfter"));
        var (createdBefore, updatedBefore) = (Get("createdBefore"), Get("lastUpdatedBefore"));
        if (createdAfter.Length > 0 == updatedAfter.Length > 0) return (null, "Provide exactly one of createdAfter and lastUpdatedAfter.");
        var byUpdate = updatedAfter.Length > 0;
        if (byUpdate ? createdBefore.Length > 0 : updatedBefore.Length > 0) return (null, "Do not mix created and lastUpdated filters.");
        if (!TryTime(byUpdate ? updatedAfter : createdAfter, out var after)) return (null, "The after time must be an ISO 8601 date-time.");
        var beforeText = byUpdate ? updatedBefore : createdBefore;
        var latest = nowUtc - MinimumAge;
        DateTime before = latest;
        if (beforeText.Length > 0)
        {
            if (!TryTime(beforeText, out before)) return (null, "The before time must be an ISO 8601 date-time.");
            if (before > latest) return (null, "The before time must be at least two minutes before the time of the request.");
        }
        if (after > before) return (null, "The after time must not be later than the before time.");

        var statuses = SpApiResults.List(http, "fulfillmentStatuses");
        if (statuses.FirstOrDefault(s => !KnownStatuses.Contains(s)) is { } badStatus) return (null, $"Invalid fulfillmentStatuses value: {badStatus}.");
        var fulfilledBy = SpApiResults.List(http, "fulfilledBy");
        if (fulfilledBy.FirstOrDefault(f => f is not ("MERCHANT" or "AMAZON")) is { } badBy) return (null, $"Invalid fulfilledBy value: {badBy}.");
        var marketplaces = SpApiResults.List(http, "marketplaceIds");
        if (marketplaces.Count > 50) return (null, "At most 50 marketplaceIds.");
        var included = SpApiResults.List(http, "includedData");
        if (included.FirstOrDefault(d => !OrdersJson.IncludedData.Contains(d)) is { } badData) return (null, $"Invalid includedData value: {badData}.");
        var size = 100;
        if (Get("maxResultsPerPage") is { Length: > 0 } rawSize && (!int.TryParse(rawSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > 100))
            return (null, "maxResultsPerPage must be between 1 and 100.");

        var search = new OrderSearch(byUpdate, after, before, statuses, fulfilledBy, marketplaces, size, 0, included.ToHashSet(StringComparer.Ordinal), beforeText);
        if (Get("paginationToken") is { Length: > 0 } raw)
        {
            if (Read(raw) is not { } token || token.Query != search.Key || nowUtc - token.IssuedUtc > TokenLifetime || token.IssuedUtc > nowUtc)
                return (null, "Invalid or expired paginationToken (use it with the same filters within 24 hours).");
            search = search with { Offset = token.Offset, Before = token.Before };
        }
        return (search, null);
    }

    /// <summary>Whether the Sandbox's orders (merchant-fulfilled, amazon.co.uk) can match the filters at all.</summary>
    public bool MatchesMarketplace =>
        (Marketplaces.Count == 0 || Marketplaces.Contains(SandboxMarketplace.Id)) && (FulfilledBy.Count == 0 || FulfilledBy.Contains("MERCHANT"));

    public string NextToken(int offset, DateTime nowUtc) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Token(Key, offset, nowUtc, Before))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // The filters as the caller sent them: an omitted "before" means "as of the first page" (kept in the token).
    private string Key => string.Join('|', ByUpdate ? "u" : "c", After.Ticks, BeforeAsSent,
        string.Join(',', Statuses.Order()), string.Join(',', FulfilledBy.Order()), string.Join(',', Marketplaces.Order()));

    private static Token? Read(string raw)
    {
        try
        {
            var base64 = raw.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - base64.Length % 4) % 4);
            return JsonSerializer.Deserialize<Token>(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private static bool TryTime(string text, out DateTime utc)
    {
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value);
        utc = ok ? value.UtcDateTime : default;
        return ok;
    }
}
