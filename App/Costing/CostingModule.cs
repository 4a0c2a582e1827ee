using SellerConsole.Costing.Data;

namespace SellerConsole.Costing;

public static class CostingModule
{
    public static IServiceCollection AddSellerCosting(this IServiceCollection services)
    {
        services.AddSingleton<CostingStore>();
        return services;
    }
}
