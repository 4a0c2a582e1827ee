using SellerConsole.Costing.Data;
using SellerConsole.Costing.Import;
using SellerConsole.Costing.Margins;

namespace SellerConsole.Costing;

public static class CostingModule
{
    public static IServiceCollection AddSellerCosting(this IServiceCollection services)
    {
        services.AddSingleton<CostingStore>();
        services.AddSingleton<ImportResults>();
        services.AddSingleton<CostingImporter>();
        services.AddSingleton<ImportUndo>();
        services.AddSingleton<MarginsQuery>();
        return services;
    }
}
