using SellerConsole.Catalog.Sync;
using SellerConsole.Orders;

namespace SellerConsole.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddSellerCatalog(this IServiceCollection services)
    {
        services.AddSingleton<CatalogQueries>();
        services.AddSingleton<OrderQueries>();
        services.AddSingleton<SyncTracker>();
        services.AddSingleton<CatalogueSync>();
        services.AddSingleton<OffersSync>();
        services.AddSingleton<OrdersSync>();
        services.AddSingleton<FeesSync>();
        services.AddSingleton<MarketplaceStatus>();
        return services;
    }
}
