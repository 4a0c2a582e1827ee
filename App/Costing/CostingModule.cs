using SellerConsole.Costing.Data;
using SellerConsole.Costing.Import;

namespace SellerConsole.Costing;

public static class CostingModule
{
    public static IServiceCollection AddSellerCosting(this IServiceCollection services)
    {
        services.AddSingleton<CostingStore>();
        services.AddSingleton<ImportResults>();
        services.AddSingleton<CostingImporter>();
        return services;
    }
}
