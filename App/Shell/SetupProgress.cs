using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Marketplace;

namespace SellerConsole.Shell;

/// <summary>What the first-run load is doing, for the setup page. Message is empty while nothing has happened.</summary>
public sealed record SetupProgressView(bool Loading, string Message, double? Percent, int Listings);

/// <summary>
/// The console starts syncing its marketplace as soon as it starts, before anyone has created the owner; the setup
/// page says so (and how far it has got) so a new seller is not surprised by a full catalogue, or by an empty one.
/// </summary>
public sealed class SetupProgress(JobRunner jobs, IDbContextFactory<SellerDb> databases, IOptions<MarketplaceOptions> marketplace)
{
    public const string Path = "/account/setup/progress";

    public async Task<SetupProgressView> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var listings = await db.Listings.CountAsync(cancellationToken);
        var shop = marketplace.Value.Mode == MarketplaceMode.Sandbox ? "Sandbox shop" : "Amazon catalogue";
        var running = jobs.Running.OrderBy(j => j.StartedUtc).FirstOrDefault();
        if (running is not null)
        {
            var progress = running.Context.Progress;
            var step = progress?.Message is { Length: > 0 } message ? $": {message}" : "";
            var sofar = listings > 0 ? $" {listings:N0} listing(s) so far." : "";
            return new SetupProgressView(true, $"Your {shop} is being loaded ({running.Job.Title}{step}).{sofar} You can create your account meanwhile.",
                progress?.Percent, listings);
        }
        return listings > 0
            ? new SetupProgressView(false, $"Your {shop} is loaded: {listings:N0} listing(s).", null, listings)
            : new SetupProgressView(false, "", null, 0);
    }
}

public static class SetupProgressEndpoints
{
    /// <summary>
    /// Anonymous, like the setup page itself: the first-run middleware answers 404 here once the owner exists, so
    /// this tells strangers nothing after setup.
    /// </summary>
    public static IEndpointRouteBuilder MapSetupProgress(this IEndpointRouteBuilder app)
    {
        app.MapGet(SetupProgress.Path, (SetupProgress progress, CancellationToken cancellationToken) => progress.ReadAsync(cancellationToken))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
