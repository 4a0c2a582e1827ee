using SellerConsole.Catalog.Sync;
using SellerConsole.Orders;

namespace SellerConsole.Jobs;

public sealed class CatalogueSyncJob(CatalogueSync sync) : IConsoleJob
{
    public Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken) => sync.RunAsync(context, cancellationToken);
}

public sealed class OffersSyncJob(OffersSync sync) : IConsoleJob
{
    public Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken) => sync.RunAsync(context, cancellationToken);
}

public sealed class OrdersSyncJob(OrdersSync sync) : IConsoleJob
{
    public Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken) => sync.RunAsync(context, cancellationToken);
}

public sealed class FeesSyncJob(FeesSync sync) : IConsoleJob
{
    public Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken) => sync.RunAsync(context, cancellationToken);
}
