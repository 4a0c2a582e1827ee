using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Live;

namespace SellerConsole.Competition;

/// <summary>One listing before and after an offers sync applied its result (Before null: first observation).</summary>
public sealed record OfferObservation(MarketSnapshot? Before, MarketSnapshot After);

/// <summary>Told what each offers sync observed; the sync's data is already saved when it is called.</summary>
public interface IOffersObserver
{
    Task ObserveAsync(IReadOnlyList<OfferObservation> observations, CancellationToken ct);
}

/// <summary>
/// Merges what the SP-API offers sync sees directly (our price, the buy box and who holds it, the
/// lowest FBM/FBA, rank, offer count) into the histories, detects changes, and flags ASINs whose
/// competition moved so the Keepa planner refreshes them sooner. Failures are logged, never
/// allowed to fail the sync that already saved its offers.
/// </summary>
public sealed class CompetitionOffersObserver(
    HistoryStore history, ChangeRecorder recorder, CompetitionSettingsStore settings, FloorPrices floors,
    IDbContextFactory<SellerDb> dbs, LiveFeed live, ILogger<CompetitionOffersObserver> log) : IOffersObserver
{
    public async Task ObserveAsync(IReadOnlyList<OfferObservation> observations, CancellationToken ct)
    {
        try
        {
            var points = observations.DistinctBy(o => o.After.Asin).ToDictionary(o => o.After.Asin, o => Points(o.After));
            await history.MergeAsync(points, ct);
            var thresholds = ChangeThresholds.From(await settings.GetAsync(ct));
            var floorBySku = await floors.BreakEvensAsync(ct);
            var changes = observations
                .SelectMany(o => ChangeDetector.Detect(o.Before, o.After, thresholds, o.After.Sku is { } sku ? floorBySku.GetValueOrDefault(sku) : null))
                .ToList();
            await recorder.RecordAsync(changes, ct);
            await FlagCompetitorChangesAsync(observations.Where(o => CompetitionMoved(o)).Select(o => o.After).ToList(), ct);
            live.Publish(new HistoryUpdated("offers", points.Keys.ToList()));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Recording offer observations into the competition history failed; the offers themselves are saved");
        }
    }

    public static Dictionary<HistorySeries, List<HistoryPoint>> Points(MarketSnapshot s)
    {
        var at = s.ObservedUtc;
        return new Dictionary<HistorySeries, List<HistoryPoint>>
        {
            [HistorySeries.OurPrice] = [new(at, s.OurPricePence)],
            [HistorySeries.BuyBox] = [new(at, s.BuyBoxPence)],
            [HistorySeries.BuyBoxOurs] = [new(at, s.BuyBoxOurs switch { true => 1, false => 0, null => null })],
            [HistorySeries.LowestFbm] = [new(at, s.LowestFbmPence)],
            [HistorySeries.LowestFba] = [new(at, s.LowestFbaPence)],
            [HistorySeries.SalesRank] = [new(at, s.SalesRank)],
            [HistorySeries.OfferCount] = [new(at, s.OfferCount)],
        };
    }

    private static bool CompetitionMoved(OfferObservation o) =>
        o.Before?.Offers is { } before && o.After.Offers is { } after &&
        !before.Where(x => !x.IsOurs).Select(x => (x.SellerId, x.LandedPence)).Order()
            .SequenceEqual(after.Where(x => !x.IsOurs).Select(x => (x.SellerId, x.LandedPence)).Order());

    private async Task FlagCompetitorChangesAsync(IReadOnlyList<MarketSnapshot> moved, CancellationToken ct)
    {
        if (moved.Count == 0)
        {
            return;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var asins = moved.Select(m => m.Asin).Distinct().ToList();
        var states = await db.KeepaAsinStates.Where(s => asins.Contains(s.Asin)).ToDictionaryAsync(s => s.Asin, ct);
        foreach (var snapshot in moved.DistinctBy(m => m.Asin))
        {
            if (!states.TryGetValue(snapshot.Asin, out var state))
            {
                state = new KeepaAsinState { Asin = snapshot.Asin };
                db.KeepaAsinStates.Add(state);
            }
            state.CompetitorChangedUtc = snapshot.ObservedUtc;
        }
        await db.SaveChangesAsync(ct);
    }
}
