using SellerConsole.Orders;

namespace SellerConsole.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddSellerCatalog(this IServiceCollection services)
    {
        services.AddSingleton<CatalogQueries>();
        services.AddSingleton<OrderQueries>();
        return services;
    }
}
