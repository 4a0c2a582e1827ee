using SellerConsole.Catalog;
using SellerConsole.Orders;
using SellerConsole.Shared;

namespace SellerConsole.Api;

public sealed record ListingSummaryDto(string Sku, string Asin, string Title, decimal? Price, int Quantity, string BuyBox, decimal? BuyBoxPrice, int? OfferCount, string? Status, int IssueCount, bool Suppressed, int? SalesRank);

public sealed record ListingIssueDto(string Code, string Severity, string Message, string? Enforcements);

public sealed record ListingDto(
    string Sku, string Asin, string Title, string? Brand, string? Status, bool IsBuyable, bool IsDiscoverable, decimal? Price, decimal? MinimumPrice,
    int Quantity, string BuyBox, decimal? BuyBoxPrice, string? BuyBoxSellerId, int? OfferCount, decimal? LowestFbmLanded, decimal? LowestFbaLanded,
    int? SalesRank, IReadOnlyList<string> Bullets, string? Description, string? SearchTerms, int ImageCount, IReadOnlyList<ListingIssueDto> Issues,
    DateTime? DetailsSyncedUtc, DateTime? OffersSyncedUtc);

public sealed record OfferDto(string SellerId, bool IsOurs, bool IsBuyBoxWinner, bool IsFba, bool IsPrime, decimal Price, decimal Shipping, decimal Landed, double? FeedbackPercent, int? FeedbackCount, int? ShippingMinHours, int? ShippingMaxHours, DateTime ObservedUtc);

public sealed record OrderLineDto(string Sku, string? Asin, string? Title, int Quantity, decimal ItemPrice, decimal ShippingPrice);

public sealed record OrderDto(string AmazonOrderId, DateTime PurchasedUtc, DateTime LastUpdatedUtc, string Status, string? FulfillmentChannel, decimal Total, string? ShipPostcodeArea, IReadOnlyList<OrderLineDto> Lines);

internal static class CatalogApi
{
    public static void MapCatalogApi(this RouteGroupBuilder api)
    {
        var listings = api.MapGroup("/listings").WithTags("Listings");

        listings.MapGet("/", async (string? search, BuyBoxState? buyBox, bool? inStock, bool? withIssues, string? sort, bool? desc, int? page, int? pageSize, CatalogQueries queries, CancellationToken ct) =>
        {
            if (sort is not null && !CatalogQueries.SortableColumns.Contains(sort, StringComparer.OrdinalIgnoreCase))
            {
                return Results.Problem(statusCode: 400, title: "Unknown sort column", detail: $"Sort by one of: {string.Join(", ", CatalogQueries.SortableColumns)}.");
            }
            var size = Math.Clamp(pageSize ?? 50, 1, CatalogQueries.MaxPageSize);
            var number = Math.Max(page ?? 1, 1);
            var result = await queries.PageAsync(new CatalogFilter(search, buyBox, inStock, withIssues), sort, desc ?? false, (number - 1) * size, size, ct);
            return Results.Ok(new PagedDto<ListingSummaryDto>(result.Rows.Select(r => new ListingSummaryDto(
                r.Sku, r.Asin, r.Title, Price(r.PricePence), r.Quantity, r.BuyBox.ToString(), Price(r.BuyBoxPricePence), r.OfferCount, r.Status,
                r.IssueCount, r.Suppressed, r.SalesRank)).ToList(), result.Total, number, size));
        }).WithSummary("Listings, paged; filter by search (SKU prefix, ASIN, title words), buy box state, stock and issues");

        listings.MapGet("/{sku}", async (string sku, CatalogQueries queries, CancellationToken ct) =>
            await queries.FindAsync(sku, ct) is { } l ? Results.Ok(ToDto(l)) : NotFound(sku))
            .WithSummary("One listing with its content, Amazon issues and competitive summary");

        listings.MapGet("/{sku}/offers", async (string sku, CatalogQueries queries, CancellationToken ct) =>
            await queries.FindAsync(sku, ct) is { } l
                ? Results.Ok(l.Offers.OrderBy(o => o.LandedPence).Select(o => new OfferDto(o.SellerId, o.IsOurs, o.IsBuyBoxWinner, o.IsFba, o.IsPrime,
                    Money.FromPence(o.ListingPricePence), Money.FromPence(o.ShippingPence), Money.FromPence(o.LandedPence), o.FeedbackPercent, o.FeedbackCount,
                    o.ShippingMinHours, o.ShippingMaxHours, o.ObservedUtc)).ToList())
                : NotFound(sku))
            .WithSummary("Every offer on the listing's ASIN from the latest offers sync, cheapest landed first");

        api.MapGet("/orders", async (DateTime? from, DateTime? to, string? status, string? sku, int? page, int? pageSize, OrderQueries queries, CancellationToken ct) =>
        {
            var size = Math.Clamp(pageSize ?? 50, 1, 500);
            var number = Math.Max(page ?? 1, 1);
            var result = await queries.PageAsync(new OrderFilter(AsUtc(from), AsUtc(to), status, sku), (number - 1) * size, size, ct);
            return new PagedDto<OrderDto>(result.Orders.Select(o => new OrderDto(o.AmazonOrderId, o.PurchasedUtc, o.LastUpdatedUtc, o.Status, o.FulfillmentChannel,
                Money.FromPence(o.TotalPence), o.ShipPostcodeArea,
                o.Lines.Select(l => new OrderLineDto(l.Sku, l.Asin, l.Title, l.Quantity, Money.FromPence(l.ItemPricePence), Money.FromPence(l.ShippingPricePence))).ToList())).ToList(),
                result.Total, number, size);
        }).WithTags("Orders").WithSummary("Orders, newest first; filter by purchase time (UTC), status and SKU");
    }

    private static IResult NotFound(string sku) =>
        Results.Problem(statusCode: 404, title: "Unknown SKU", detail: $"No listing has SKU '{sku}'.");

    private static decimal? Price(long? pence) => pence is { } p ? Money.FromPence(p) : null;

    private static DateTime? AsUtc(DateTime? value) => value is null ? null : DateTime.SpecifyKind(value.Value.Kind == DateTimeKind.Local ? value.Value.ToUniversalTime() : value.Value, DateTimeKind.Utc);

    private static ListingDto ToDto(Listing l) => new(
        l.Sku, l.Asin, l.Title, l.Brand, l.Status, l.IsBuyable, l.IsDiscoverable, Price(l.PricePence), Price(l.MinimumPricePence), l.Quantity,
        l.BuyBox.ToString(), Price(l.BuyBoxPricePence), l.BuyBoxSellerId, l.OfferCount, Price(l.LowestFbmLandedPence), Price(l.LowestFbaLandedPence),
        l.SalesRank, (l.Bullets ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l.Description, l.SearchTerms,
        l.ImageCount, l.Issues.Select(i => new ListingIssueDto(i.Code, i.Severity, i.Message, i.Enforcements)).ToList(), l.DetailsSyncedUtc, l.OffersSyncedUtc);
}
