using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SellerConsole.Data;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Shared;

namespace SellerConsole.Pricing.Push;

/// <summary>
/// Reads accepted prices back from Amazon (getListingsItem). Shown: verified, with the seconds it took.
/// Not shown by <see cref="PricingOptions.GiveUpAfter"/>: Amazon dropped it, so it is sent once more;
/// dropped twice: failed, with an alert.
/// </summary>
public sealed class PriceVerifier(IDbContextFactory<SellerDb> dbs, MarketplaceConnection market, PushOutcomes outcomes,
    IOptions<PricingOptions> options, TimeProvider clock, ILogger<PriceVerifier> log)
{
    /// <summary>
    /// A row still "sending" when a run starts was interrupted (runs never overlap): Amazon may or may not
    /// have it. It is read back like an accepted one instead of being sent again.
    /// </summary>
    public async Task<int> RecoverInterruptedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var stuck = await db.PricePushes.Where(p => p.State == PushState.Sending).ToListAsync(cancellationToken);
        foreach (var push in stuck)
        {
            push.State = PushState.Accepted;
            push.SentUtc ??= push.UpdatedUtc;
            push.VerifyDueUtc = now;
            push.LastError = "Interrupted while sending: reading the price back before sending it again";
            push.UpdatedUtc = now;
            log.LogWarning("Price push for {Sku} was interrupted while sending; verifying instead of resending", push.Sku);
        }
        await db.SaveChangesAsync(cancellationToken);
        return stuck.Count;
    }

    public async Task<(int Verified, int Requeued, int Failed)> VerifyDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var due = await db.PricePushes.Where(p => p.State == PushState.Accepted && p.VerifyDueUtc <= now)
            .OrderBy(p => p.VerifyDueUtc).ToListAsync(cancellationToken);
        int verified = 0, requeued = 0, failed = 0;
        foreach (var push in due)
        {
            decimal? shown;
            try
            {
                shown = (await market.SpApi.GetListingAsync(push.Sku, cancellationToken))?.OurPrice;
            }
            catch (SpApiException ex) when (ex.IsTransient)
            {
                log.LogInformation("Read-back of {Sku} postponed: {Error}", push.Sku, ex.Message);
                foreach (var rest in due.Where(p => p.State == PushState.Accepted)) rest.VerifyDueUtc = now + options.Value.VerifyEvery;
                await db.SaveChangesAsync(CancellationToken.None);
                break;
            }
            if (shown is { } price && Money.ToPence(price) == push.TargetPence)
            {
                await outcomes.VerifiedAsync(db, push, cancellationToken);
                verified++;
            }
            else if (now < (push.SentUtc ?? now) + options.Value.GiveUpAfter)
            {
                push.VerifyDueUtc = now + options.Value.VerifyEvery;
                await db.SaveChangesAsync(CancellationToken.None);
            }
            else if (push.Accepted < 2)
            {
                push.State = PushState.Queued;
                push.NextAttemptUtc = now;
                push.LastError = $"Accepted but still showing {(shown is { } s ? Money.Format(s) : "no price")} after {(int)options.Value.GiveUpAfter.TotalMinutes} min: sending once more";
                push.UpdatedUtc = now;
                await db.SaveChangesAsync(CancellationToken.None);
                requeued++;
            }
            else
            {
                await outcomes.FailAsync(db, push,
                    $"Amazon accepted {Money.FormatPence(push.TargetPence)} twice but still shows {(shown is { } s ? Money.Format(s) : "no price")}", cancellationToken);
                failed++;
            }
        }
        return (verified, requeued, failed);
    }
}
