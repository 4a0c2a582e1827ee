using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SellerConsole.Alerts;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Pricing.Push;

/// <summary>What one run of the push job did.</summary>
public sealed record PushRunResult(int Sent, int Verified, int Requeued, int Failed, bool Paused, string? Waiting)
{
    public string Summary =>
        $"{Sent} sent, {Verified} verified, {Requeued} to retry, {Failed} failed" + (Paused ? "; sending paused (kill switch)" : "") + (Waiting is null ? "" : "; " + Waiting);
}

/// <summary>
/// Sends queued prices through patchListingsItem and reads them back after Amazon's apply delay.
/// A product type's first price goes through VALIDATION_PREVIEW first. A transient failure (outage,
/// throttling, open circuit) stops the run and leaves the rest queued with a growing back-off, so
/// nothing is lost and nothing hammers an API that is down. While the kill switch is on nothing is sent.
/// </summary>
public sealed class PricePusher(
    IDbContextFactory<SellerDb> dbs, MarketplaceConnection market, PriceVerifier verifier, PushOutcomes outcomes,
    IOptions<PricingOptions> options, TimeProvider clock, LiveFeed live, ILogger<PricePusher> log)
{
    public async Task<PushRunResult> RunAsync(CancellationToken cancellationToken)
    {
        await verifier.RecoverInterruptedAsync(cancellationToken);
        var (verified, requeued, failedVerify) = await verifier.VerifyDueAsync(cancellationToken);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var paused = await db.RepricerStates.AsNoTracking().AnyAsync(s => s.Paused, cancellationToken);
        int sent = 0, failed = failedVerify;
        string? waiting = null;
        if (!paused)
        {
            (sent, var sendFailed, waiting) = await SendDueAsync(cancellationToken);
            failed += sendFailed;
        }
        if (sent + verified + requeued + failed > 0)
        {
            live.Publish(new RepricingUpdated("push"));
        }
        return new PushRunResult(sent, verified, requeued, failed, paused, waiting);
    }

    private async Task<(int Sent, int Failed, string? Waiting)> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var due = await db.PricePushes.Where(p => p.State == PushState.Queued && p.NextAttemptUtc <= now)
            .OrderBy(p => p.QueuedUtc).ThenBy(p => p.Id).Take(options.Value.MaxSendsPerRun).ToListAsync(cancellationToken);
        int sent = 0, failed = 0;
        foreach (var push in due)
        {
            var listing = await db.Listings.AsNoTracking().Where(l => l.Sku == push.Sku)
                .Select(l => new { l.ProductType }).FirstOrDefaultAsync(cancellationToken);
            if (listing is null)
            {
                await outcomes.FailAsync(db, push, $"No listing '{push.Sku}' in the catalogue", cancellationToken);
                failed++;
                continue;
            }
            push.State = PushState.Sending;
            push.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            try
            {
                var result = await SendAsync(db, push, listing.ProductType, cancellationToken);
                if (result.Status == ListingSubmissionStatus.Accepted)
                {
                    await outcomes.AcceptedAsync(db, push, result.SubmissionId, cancellationToken);
                    sent++;
                }
                else
                {
                    await outcomes.FailAsync(db, push, "Amazon refused the price: " + Issues(result), cancellationToken);
                    failed++;
                }
            }
            catch (SpApiException ex) when (ex.IsTransient)
            {
                var wait = Backoff(++push.Failures);
                push.State = PushState.Queued;
                push.NextAttemptUtc = clock.GetUtcNow().UtcDateTime + wait;
                push.LastError = Shorten(ex.Message);
                push.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(CancellationToken.None);
                log.LogWarning("Price push for {Sku} waits {Wait} after a transient failure: {Error}", push.Sku, wait, ex.Message);
                var left = due.Count(p => p.State == PushState.Queued);
                return (sent, failed, $"Amazon unavailable ({Shorten(ex.Message, 120)}): {left} price(s) queued, next try in {Human(wait)}");
            }
            catch (SpApiException ex)
            {
                await outcomes.FailAsync(db, push, Shorten(ex.Message), cancellationToken);
                failed++;
            }
        }
        return (sent, failed, null);
    }

    private async Task<PriceUpdateResult> SendAsync(SellerDb db, PricePush push, string? productType, CancellationToken cancellationToken)
    {
        var price = Money.FromPence(push.TargetPence);
        if (productType is not null && !await db.ValidatedProductTypes.AnyAsync(t => t.ProductType == productType, cancellationToken))
        {
            var preview = await market.SpApi.UpdatePriceAsync(push.Sku, price, validateOnly: true, cancellationToken);
            if (preview.Status == ListingSubmissionStatus.Invalid)
            {
                return preview;
            }
            db.ValidatedProductTypes.Add(new ValidatedProductType { ProductType = productType, ValidatedUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            log.LogInformation("Product type {ProductType} passed VALIDATION_PREVIEW with {Sku}", productType, push.Sku);
        }
        return await market.SpApi.UpdatePriceAsync(push.Sku, price, validateOnly: false, cancellationToken);
    }

    private TimeSpan Backoff(int failures)
    {
        var seconds = 30 * Math.Pow(2, Math.Min(failures - 1, 16));
        return TimeSpan.FromSeconds(Math.Min(seconds, options.Value.MaxBackoff.TotalSeconds));
    }

    private static string Issues(PriceUpdateResult result) =>
        result.Issues.Count == 0 ? "no reason given" : string.Join("; ", result.Issues.Select(i => $"{i.Code}: {i.Message}"));

    internal static string Shorten(string text, int max = 900) => text.Length <= max ? text : text[..max] + "…";

    internal static string Human(TimeSpan wait) =>
        wait.TotalMinutes >= 1 ? $"{(int)wait.TotalMinutes} min {wait.Seconds} s" : $"{(int)Math.Ceiling(wait.TotalSeconds)} s";
}
