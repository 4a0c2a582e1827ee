using SellerConsole.Competition;

namespace SellerConsole.Pricing;

/// <summary>
/// Event-driven repricing: right after an offers sync saved what it read, the SKUs whose competition
/// or buy box changed are decided again (seconds after the market moved, not at the next hourly pass).
/// A failure is logged and never fails the sync that already saved its offers.
/// </summary>
public sealed class RepricingOffersObserver(Repricer repricer, ILogger<RepricingOffersObserver> log) : IOffersObserver
{
    public const string Trigger = "offers-changed";

    public async Task ObserveAsync(IReadOnlyList<OfferObservation> observations, CancellationToken ct)
    {
        var moved = observations.Where(o => o.After.Sku is not null && Changed(o.Before, o.After)).Select(o => o.After.Sku!).Distinct().ToList();
        if (moved.Count == 0) return;
        try
        {
            await repricer.RunAsync(moved, Trigger, dryRun: false, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Repricing after the offers sync failed for {Count} SKUs", moved.Count);
        }
    }

    /// <summary>Competitors' landed prices, who holds the buy box, or the offers themselves changed.</summary>
    public static bool Changed(MarketSnapshot? before, MarketSnapshot after) =>
        before is null || before.BuyBoxSellerId != after.BuyBoxSellerId || before.BuyBoxPence != after.BuyBoxPence || Key(before) != Key(after);

    private static string Key(MarketSnapshot snapshot) => snapshot.Offers is null ? "" :
        string.Join(';', snapshot.Offers.Where(o => !o.IsOurs).OrderBy(o => o.SellerId, StringComparer.Ordinal).Select(o => $"{o.SellerId}:{o.LandedPence}"));
}
