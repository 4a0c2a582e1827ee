using System.Text.Json.Nodes;

namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>An Orders v2026-01-01 order shaped like the model's examples, with the PII a real one carries.</summary>
internal sealed class OrderJsonBuilder(string orderId)
{
    private readonly List<JsonObject> _items = [];
    private string _status = "UNSHIPPED";
    private string _fulfilledBy = "MERCHANT";
    private string? _postcode = "SW1A 1AA";
    private DateTime _created = new(2026, 3, 1, 14, 5, 0, DateTimeKind.Utc);

    public OrderJsonBuilder Status(string status, string fulfilledBy = "MERCHANT")
    {
        (_status, _fulfilledBy) = (status, fulfilledBy);
        return this;
    }

    public OrderJsonBuilder Postcode(string? postcode)
    {
        _postcode = postcode;
        return this;
    }

    public OrderJsonBuilder Created(DateTime created)
    {
        _created = created;
        return this;
    }

    public OrderJsonBuilder Item(string sku, string asin, int quantity, decimal unitPrice, decimal? shipping)
    {
        var breakdowns = new JsonArray(Breakdown("ITEM", unitPrice * quantity));
        if (shipping is { } s)
        {
            breakdowns.Add(Breakdown("SHIPPING", s));
        }
        _items.Add(new JsonObject
        {
            ["orderItemId"] = $"{orderId[..3]}{_items.Count + 1:D11}",
            ["quantityOrdered"] = quantity,
            ["programs"] = new JsonArray(),
            ["product"] = new JsonObject
            {
                ["asin"] = asin,
                ["title"] = $"Title of {sku}",
                ["sellerSku"] = sku,
                ["condition"] = new JsonObject { ["conditionType"] = "NEW", ["conditionSubtype"] = "NEW" },
                ["price"] = new JsonObject { ["unitPrice"] = Money(unitPrice) },
            },
            ["proceeds"] = new JsonObject { ["proceedsTotal"] = Money(unitPrice * quantity + (shipping ?? 0)), ["breakdowns"] = breakdowns },
            ["fulfillment"] = new JsonObject { ["quantityFulfilled"] = 0, ["quantityUnfulfilled"] = quantity },
        });
        return this;
    }

    public JsonObject Build()
    {
        var total = _items.Sum(i => decimal.Parse((string)i["proceeds"]!["proceedsTotal"]!["amount"]!, System.Globalization.CultureInfo.InvariantCulture));
        var address = new JsonObject
        {
            ["name"] = "Jane Buyer",
            ["addressLine1"] = "10 Downing Street",
            ["city"] = "London",
            ["stateOrRegion"] = "Greater London",
            ["countryCode"] = "GB",
            ["phone"] = "+44 20 7946 0000",
            ["addressType"] = "RESIDENTIAL",
        };
        if (_postcode is not null)
        {
            address["postalCode"] = _postcode;
        }
        return new JsonObject
        {
            ["orderId"] = orderId,
            ["createdTime"] = _created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            ["lastUpdatedTime"] = _created.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            ["programs"] = new JsonArray(),
            ["salesChannel"] = new JsonObject { ["channelName"] = "AMAZON", ["marketplaceId"] = SpApiHarness.Uk, ["marketplaceName"] = "Amazon.co.uk" },
            ["buyer"] = new JsonObject { ["buyerName"] = "Jane Buyer", ["buyerEmail"] = "jane@marketplace.amazon.co.uk" },
            ["recipient"] = new JsonObject { ["deliveryAddress"] = address },
            ["proceeds"] = new JsonObject { ["grandTotal"] = Money(total) },
            ["fulfillment"] = new JsonObject { ["fulfillmentStatus"] = _status, ["fulfilledBy"] = _fulfilledBy, ["fulfillmentServiceLevel"] = "STANDARD" },
            ["orderItems"] = new JsonArray([.. _items.Select(i => (JsonNode)i.DeepClone())]),
        };
    }

    public static string Page(IEnumerable<OrderJsonBuilder> orders, string? nextToken) => new JsonObject
    {
        ["orders"] = new JsonArray([.. orders.Select(o => (JsonNode)o.Build())]),
        ["pagination"] = nextToken is null ? new JsonObject() : new JsonObject { ["nextToken"] = nextToken },
        ["lastUpdatedBefore"] = "2026-03-02T08:58:00Z",
    }.ToJsonString();

    private static JsonObject Breakdown(string type, decimal amount) => new() { ["type"] = type, ["subtotal"] = Money(amount) };

    private static JsonObject Money(decimal amount) =>
        new() { ["amount"] = amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), ["currencyCode"] = "GBP" };
}
