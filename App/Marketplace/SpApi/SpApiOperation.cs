namespace SellerConsole.Marketplace.SpApi;

/// <summary>The API sections; each has its own circuit breaker.</summary>
public enum SpApiSection
{
    Auth,
    Listings,
    Pricing,
    Fees,
    Orders,
    Reports,
    Catalog,
}

/// <summary>One SP-API operation and its default usage plan (requests per second, burst).</summary>
internal sealed record SpApiOperation(string Name, SpApiSection Section, double Rate, int Burst)
{
    // Rates and bursts are the defaults stated in each operation's description in
    // amzn/selling-partner-api-models (see shared docs, domain-facts A2).
    public static readonly SpApiOperation GetListingsItem = new("getListingsItem", SpApiSection.Listings, 5, 10);
    public static readonly SpApiOperation PatchListingsItem = new("patchListingsItem", SpApiSection.Listings, 5, 5);
    public static readonly SpApiOperation GetItemOffersBatch = new("getItemOffersBatch", SpApiSection.Pricing, 0.1, 1);
    public static readonly SpApiOperation GetFeaturedOfferExpectedPriceBatch =
        new("getFeaturedOfferExpectedPriceBatch", SpApiSection.Pricing, 0.033, 1);
    public static readonly SpApiOperation GetMyFeesEstimateForSku = new("getMyFeesEstimateForSKU", SpApiSection.Fees, 1, 2);
    public static readonly SpApiOperation SearchOrders = new("searchOrders", SpApiSection.Orders, 0.0056, 20);
    public static readonly SpApiOperation GetOrder = new("getOrder", SpApiSection.Orders, 0.5, 30);
    public static readonly SpApiOperation CreateReport = new("createReport", SpApiSection.Reports, 0.0167, 15);
    public static readonly SpApiOperation GetReport = new("getReport", SpApiSection.Reports, 2, 15);
    public static readonly SpApiOperation GetReportDocument = new("getReportDocument", SpApiSection.Reports, 0.0167, 15);
    public static readonly SpApiOperation GetCatalogItem = new("getCatalogItem", SpApiSection.Catalog, 2, 2);
    public static readonly SpApiOperation SearchCatalogItems = new("searchCatalogItems", SpApiSection.Catalog, 2, 2);

    /// <summary>Not an SP-API operation: LWA's token endpoint, which has no published plan.</summary>
    public static readonly SpApiOperation LwaToken = new("lwaToken", SpApiSection.Auth, 0, 0);

    /// <summary>The pre-signed report document URL (another host, no plan, no access token).</summary>
    public static readonly SpApiOperation DownloadReportDocument = new("downloadReportDocument", SpApiSection.Reports, 0, 0);

    public static IReadOnlyList<SpApiOperation> RateLimited { get; } =
    [
        GetListingsItem, PatchListingsItem, GetItemOffersBatch, GetFeaturedOfferExpectedPriceBatch, GetMyFeesEstimateForSku,
        SearchOrders, GetOrder, CreateReport, GetReport, GetReportDocument, GetCatalogItem,
        SearchCatalogItems,
    ];

    public bool HasUsagePlan => Rate > 0;
}
