using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SellerConsole.Alerts;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Pricing.Push;

/// <summary>
/// The state changes of a price push and what each one tells the owner: an audit entry for every price
/// sent, a <c>price.changed</c> event when Amazon accepts it and again once it is read back, and an alert
/// when a price cannot be set.
/// </summary>
public sealed class PushOutcomes(AuditLog audit, AlertService alerts, LiveFeed live, IOptions<PricingOptions> options, TimeProvider clock, ILogger<PushOutcomes> log)
{
    public async Task AcceptedAsync(SellerDb db, PricePush push, string? submissionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        push.State = PushState.Accepted;
        push.Accepted++;
        push.SentUtc = now;
        push.SubmissionId = submissionId;
        push.VerifyDueUtc = now + options.Value.VerifyAfter;
        push.UpdatedUtc = now;
        await db.SaveChangesAsync(CancellationToken.None);
        var retry = push.Accepted > 1 ? " (sent again: the first was accepted but never applied)" : "";
        await audit.WriteAsync(push.Actor, "price.sent", push.Sku,
            $"{Price(push.PreviousPence)} -> {Money.FormatPence(push.TargetPence)}{retry}; decision {push.DecisionId?.ToString() ?? "none"}; key {push.Key}",
            cancellationToken: CancellationToken.None);
        log.LogInformation("Price for {Sku} sent: {Old} -> {New} by {Actor}, submission {Submission}", push.Sku, push.PreviousPence, push.TargetPence, push.Actor, submissionId);
        live.Publish(new PriceChanged(push.Sku, push.PreviousPence, push.TargetPence, push.Actor, push.Key, Verified: false));
        SellerConsole.Operations.SellerMetrics.PricePushed("sent");
    }

    public async Task VerifiedAsync(SellerDb db, PricePush push, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        push.State = PushState.Verified;
        push.VerifiedUtc = now;
        push.ConfirmSeconds = push.SentUtc is { } sent ? (int)Math.Max(0, (now - sent).TotalSeconds) : null;
        push.UpdatedUtc = now;
        push.LastError = null;
        await db.Listings.Where(l => l.Sku == push.Sku)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.PricePence, push.TargetPence), cancellationToken);
        await db.SaveChangesAsync(CancellationToken.None);
        live.Publish(new PriceChanged(push.Sku, push.PreviousPence, push.TargetPence, push.Actor, push.Key, Verified: true));
        SellerConsole.Operations.SellerMetrics.PricePushed("verified");
    }

    public async Task FailAsync(SellerDb db, PricePush push, string reason, CancellationToken cancellationToken)
    {
        push.State = PushState.Failed;
        push.LastError = PricePusher.Shorten(reason);
        push.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
        await audit.WriteAsync(push.Actor, "price.failed", push.Sku, $"{Money.FormatPence(push.TargetPence)}: {push.LastError}; key {push.Key}", cancellationToken: CancellationToken.None);
        await alerts.RaiseAsync(new AlertRequest("price-push", AlertSeverity.Warning, $"Price for {push.Sku} not set",
            $"{Money.FormatPence(push.TargetPence)} could not be set on Amazon: {push.LastError}", $"price-push:{push.Sku}", "/repricing"), CancellationToken.None);
        log.LogWarning("Price for {Sku} failed: {Reason}", push.Sku, push.LastError);
        SellerConsole.Operations.SellerMetrics.PricePushed("failed");
    }

    private static string Price(long? pence) => pence is { } p ? Money.FormatPence(p) : "no price";
}
