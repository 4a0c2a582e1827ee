using Microsoft.EntityFrameworkCore;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Shared;

namespace SellerConsole.Catalog.Sync;

/// <summary>
/// Every offer on each of our ASINs (getItemOffersBatch, 20 ASINs a call): our price, the buy box
/// winner, each competitor. An ASIN whose result failed keeps its last good offers.
/// </summary>
public sealed class OffersSync(MarketplaceConnection market, IDbContextFactory<SellerDb> dbs, SyncTracker tracker, LiveFeed live, TimeProvider clock, ILogger<OffersSync> log,
    IEnumerable<IOffersObserver> observers)
{
    public const string Name = "offers";
    private const int Chunk = 100;

    public Task<JobResult> RunAsync(JobContext? context, CancellationToken cancellationToken) =>
        tracker.RunAsync(Name, async (_, ct) =>
        {
            List<string> asins;
            await using (var db = await dbs.CreateDbContextAsync(ct))
            {
                asins = await db.Listings.Where(l => l.Status != "Deleted" && l.Asin != "").Select(l => l.Asin).Distinct().OrderBy(a => a).ToListAsync(ct);
            }
            var sellerId = await market.SellerIdAsync(ct);
            var changed = new List<string>();
            var failed = new List<string>();
            for (var start = 0; start < asins.Count; start += Chunk)
            {
                var chunk = asins.Skip(start).Take(Chunk).ToList();
                var results = await market.SpApi.GetItemOffersBatchAsync(chunk, ct);
                failed.AddRange(results.Where(r => !r.Succeeded).Select(r => $"{r.Asin} ({r.StatusCode} {r.ErrorCode})"));
                changed.AddRange(await ApplyAsync(results.Where(r => r.Succeeded).ToList(), sellerId, ct));
                var done = Math.Min(start + Chunk, asins.Count);
                context?.ReportProgress(done, Math.Max(1, asins.Count), $"Offers for {done:N0} of {asins.Count:N0} ASINs");
            }
            if (asins.Count > 0 && failed.Count == asins.Count)
            {
                throw new InvalidOperationException($"No offers could be read: {string.Join(", ", failed.Take(5))}");
            }
            if (changed.Count > 0)
            {
                live.Publish(new ListingsUpdated(Name, changed.Count, changed.Count > 200 ? [] : changed));
            }
            log.LogInformation("Offers sync: {Asins} ASINs, {Changed} listings changed, {Failed} failed", asins.Count, changed.Count, failed.Count);
            var note = failed.Count == 0 ? "" : $"; {failed.Count} ASIN(s) kept their last offers: {string.Join(", ", failed.Take(3))}";
            return (new JobResult(asins.Count, $"{asins.Count} ASINs, {changed.Count} listing(s) changed{note}"), (string?)null);
        }, cancellationToken);

    private async Task<List<string>> ApplyAsync(IReadOnlyList<ItemOffers> results, string sellerId, CancellationToken ct)
    {
        var byAsin = results.ToDictionary(r => r.Asin, StringComparer.Ordinal);
        var asins = byAsin.Keys.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var listings = await db.Listings.Include(l => l.Offers).Where(l => asins.Contains(l.Asin)).ToListAsync(ct);
        var changed = new List<string>();
        var observed = new List<OfferObservation>();
        foreach (var listing in listings)
        {
            var before = MarketSnapshot.Of(listing);
            if (OfferUpdates.Apply(listing, byAsin[listing.Asin], sellerId, now))
            {
                changed.Add(listing.Sku);
            }
            listing.OffersSyncedUtc = now;
            observed.Add(new OfferObservation(before, MarketSnapshot.Of(listing)!));
        }
        await db.SaveChangesAsync(ct);
        foreach (var observer in observers)
        {
            await observer.ObserveAsync(observed, ct);
        }
        return changed;
    }
}

internal static class OfferUpdates
{
    public static bool Apply(Listing listing, ItemOffers result, string sellerId, DateTime now)
    {
        var summary = result.Summary;
        var winner = result.Offers.FirstOrDefault(o => o.IsBuyBoxWinner);
        var buyBoxSeller = winner?.SellerId ?? summary?.BuyBox?.SellerId;
        bool? ours = summary?.BuyBox is null && winner is null ? null
            : winner is not null ? winner.IsOurs || winner.SellerId == sellerId
            : buyBoxSeller == sellerId;
        var fresh = result.Offers.Select(o => new CompetingOffer
        {
            SellerId = o.SellerId ?? "unknown",
            IsOurs = o.IsOurs || o.SellerId == sellerId,
            IsBuyBoxWinner = o.IsBuyBoxWinner,
            IsFba = o.IsFulfilledByAmazon,
            IsPrime = o.IsPrime,
            IsFeaturedMerchant = o.IsFeaturedMerchant,
            ListingPricePence = Money.ToPence(o.ListingPrice ?? 0),
            ShippingPence = Money.ToPence(o.Shipping ?? 0),
            LandedPence = Money.ToPence(o.LandedPrice ?? (o.ListingPrice ?? 0) + (o.Shipping ?? 0)),
            FeedbackPercent = o.FeedbackPercent,
            FeedbackCount = o.FeedbackCount is { } c ? (int)Math.Min(c, int.MaxValue) : null,
            ShippingMinHours = o.ShippingMinHours,
            ShippingMaxHours = o.ShippingMaxHours,
            ShipsFrom = o.ShipsFromCountry,
            ObservedUtc = now,
        }).ToList();

        var changed = false;
        if (!SameOffers(listing.Offers, fresh))
        {
            listing.Offers.Clear();
            listing.Offers.AddRange(fresh);
            changed = true;
        }
        changed |= Set(listing.OfferCount, summary?.TotalOfferCount ?? fresh.Count, v => listing.OfferCount = v);
        changed |= Set(listing.BuyBoxPricePence, summary?.BuyBox?.LandedPrice is { } bb ? Money.ToPence(bb) : winner?.LandedPrice is { } wl ? Money.ToPence(wl) : null, v => listing.BuyBoxPricePence = v);
        changed |= Set(listing.BuyBoxSellerId, buyBoxSeller, v => listing.BuyBoxSellerId = v);
        changed |= Set(listing.BuyBoxIsOurs, ours, v => listing.BuyBoxIsOurs = v);
        changed |= Set(listing.LowestFbmLandedPence, Lowest(summary, "Merchant"), v => listing.LowestFbmLandedPence = v);
        changed |= Set(listing.LowestFbaLandedPence, Lowest(summary, "Amazon"), v => listing.LowestFbaLandedPence = v);
        changed |= Set(listing.SalesRank, summary?.SalesRankings.OrderBy(r => r.Rank).Select(r => (int?)Math.Min(r.Rank, int.MaxValue)).FirstOrDefault(), v => listing.SalesRank = v);
        return changed;
    }

    private static long? Lowest(OfferSummary? summary, string channel) =>
        summary?.LowestPrices.Where(p => string.Equals(p.FulfillmentChannel, channel, StringComparison.OrdinalIgnoreCase) && p.LandedPrice is not null)
            .Select(p => (long?)Money.ToPence(p.LandedPrice!.Value)).Min();

    private static bool SameOffers(List<CompetingOffer> stored, List<CompetingOffer> fresh) =>
        stored.Count == fresh.Count &&
        stored.OrderBy(o => o.SellerId, StringComparer.Ordinal).Zip(fresh.OrderBy(o => o.SellerId, StringComparer.Ordinal)).All(p =>
            p.First.SellerId == p.Second.SellerId && p.First.LandedPence == p.Second.LandedPence && p.First.ListingPricePence == p.Second.ListingPricePence &&
            p.First.ShippingPence == p.Second.ShippingPence && p.First.IsBuyBoxWinner == p.Second.IsBuyBoxWinner && p.First.IsFba == p.Second.IsFba &&
            p.First.IsPrime == p.Second.IsPrime && p.First.FeedbackCount == p.Second.FeedbackCount && p.First.IsOurs == p.Second.IsOurs);

    private static bool Set<T>(T current, T wanted, Action<T> assign)
    {
        if (EqualityComparer<T>.Default.Equals(current, wanted))
        {
            return false;
        }
        assign(wanted);
        return true;
    }
}
