using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.Keepa;

namespace SellerConsole.Competition;

/// <summary>
/// One Keepa refresh: asks the bucket what it holds (free), lets the planner choose the ASINs that
/// matter most within it (sales velocity, competitor change, staleness; offers only where needed),
/// fetches them, merges their histories and updates each listing's rating and review count. A request
/// that fails leaves its ASINs' stored history untouched; the run fails only if nothing could be read.
/// </summary>
public sealed class KeepaRefresh(
    KeepaConnection keepa, MarketplaceConnection market, HistoryStore history, KeepaCandidates candidates, KeepaStatus status,
    IDbContextFactory<SellerDb> dbs, LiveFeed live, TimeProvider clock, ILogger<KeepaRefresh> log)
{
    /// <summary>Tokens kept back from every plan, so a slightly larger offer page count cannot take the bucket below zero.</summary>
    public const int ReserveTokens = 12;

    public async Task<JobResult> RunAsync(JobContext? context, CancellationToken ct)
    {
        var allocated = Shared.MemoryRelief.Mark();
        try
        {
            return await RefreshAsync(context, ct);
        }
        finally
        {
            // Each 100-ASIN answer is ~16 MB of JSON and its decoded histories: give it back once merged.
            Shared.MemoryRelief.AfterBulkWork(allocated);
        }
    }

    private async Task<JobResult> RefreshAsync(JobContext? context, CancellationToken ct)
    {
        if (await keepa.MissingKeyAsync(ct) is { } missing)
        {
            throw new InvalidOperationException(missing);
        }
        var client = keepa.Client;
        var tokens = await client.GetTokenStatusAsync(ct);
        var observed = clock.GetUtcNow().UtcDateTime;
        status.RecordTokens(tokens, observed);
        var state = tokens.ToState(observed);
        var plan = KeepaTokenPlanner.Plan(state with { TokensLeft = state.TokensLeft - ReserveTokens }, await candidates.ListAsync(ct));
        status.RecordPlan(plan);
        var total = plan.Requests.Sum(r => r.Asins.Count);
        context?.ReportProgress(0, Math.Max(1, total), $"Keepa: {total} ASIN(s) planned for ~{plan.EstimatedCost} of {tokens.TokensLeft} tokens");

        var sellerId = await market.SellerIdAsync(ct);
        int refreshed = 0, spent = 0, done = 0;
        int? lowest = null;
        var failures = new List<string>();
        foreach (var request in plan.Requests)
        {
            try
            {
                var options = new KeepaProductOptions
                {
                    StatsDays = 30,
                    Offers = request.Offers,
                    OnlyLiveOffers = request.Offers is not null,
                    ExpectedOfferPages = Math.Max(1, request.EstimatedCost / (KeepaTokenPlanner.TokensPerOfferPage * request.Asins.Count)),
                };
                var response = await client.GetProductsAsync(request.Asins, options, ct);
                spent += response.Tokens.TokensConsumed;
                lowest = Math.Min(lowest ?? int.MaxValue, response.Tokens.TokensLeft);
                status.RecordTokens(response.Tokens, clock.GetUtcNow().UtcDateTime);
                refreshed += await SaveAsync(response.Products, sellerId, request.Offers is not null, ct);
            }
            catch (Exception ex) when (ex is KeepaApiException or KeepaDecodeException or HttpRequestException)
            {
                failures.Add(ex.Message);
                await RecordErrorAsync(request.Asins, ex.Message, ct);
                log.LogWarning("Keepa refresh of {Count} ASIN(s) failed; their last good history is kept: {Error}", request.Asins.Count, ex.Message);
            }
            done += request.Asins.Count;
            context?.ReportProgress(done, Math.Max(1, total), $"Keepa: {done} of {total} ASIN(s)");
        }
        if (failures.Count > 0 && refreshed == 0)
        {
            throw new InvalidOperationException($"Keepa could not be read; every ASIN keeps its last good history. {failures[0]}");
        }
        var note = plan.Next is { } next ? $"; next: {next.Asin} at {next.ReadyAt:HH:mm} UTC" : "";
        var summary = $"{refreshed} ASIN(s) refreshed for {spent} token(s), {plan.Deferred.Count} deferred{(failures.Count > 0 ? $", {failures.Count} request(s) failed" : "")}{note}";
        status.RecordRun(new KeepaRunSummary(clock.GetUtcNow().UtcDateTime, refreshed, failures.Count, spent, lowest, summary));
        live.Publish(new KeepaRefreshed(refreshed, client.LatestTokenStatus?.TokensLeft ?? tokens.TokensLeft));
        return new JobResult(refreshed, summary);
    }

    private async Task<int> SaveAsync(IReadOnlyList<KeepaProduct> products, string sellerId, bool withOffers, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var usable = products.Where(p => p.ProductType == KeepaProductType.Standard).ToList();
        var series = usable.ToDictionary(p => p.Asin, p => KeepaHistoryConverter.ToSeries(p, sellerId));
        await history.MergeAsync(series, ct);

        await using var db = await dbs.CreateDbContextAsync(ct);
        var asins = products.Select(p => p.Asin).ToList();
        var states = await db.KeepaAsinStates.Where(s => asins.Contains(s.Asin)).ToDictionaryAsync(s => s.Asin, ct);
        var listings = await db.Listings.Where(l => asins.Contains(l.Asin)).ToListAsync(ct);
        var changedSkus = new List<string>();
        foreach (var product in products)
        {
            if (!states.TryGetValue(product.Asin, out var state))
            {
                state = new KeepaAsinState { Asin = product.Asin };
                db.KeepaAsinStates.Add(state);
            }
            state.RefreshedUtc = now;
            state.LastError = product.ProductType == KeepaProductType.Standard ? null : $"Keepa has no data for this ASIN (product type {product.ProductType}).";
            if (withOffers) state.OffersRefreshedUtc = now;
            state.CompetitorChangedUtc = null;
            if (series.TryGetValue(product.Asin, out var bySeries) && KeepaHistoryConverter.SocialProof(bySeries) is { RatingTenths: not null } proof)
            {
                foreach (var listing in listings.Where(l => l.Asin == product.Asin))
                {
                    listing.RatingTenths = proof.RatingTenths;
                    listing.ReviewCount = proof.Reviews ?? listing.ReviewCount;
                    listing.SocialProofUpdatedUtc = now;
                    changedSkus.Add(listing.Sku);
                }
            }
        }
        await db.SaveChangesAsync(ct);
        live.Publish(new HistoryUpdated("keepa", series.Keys.ToList()));
        if (changedSkus.Count > 0)
        {
            live.Publish(new ListingsUpdated("keepa", changedSkus.Count, changedSkus.Count > 200 ? [] : changedSkus));
        }
        return usable.Count;
    }

    private async Task RecordErrorAsync(IReadOnlyList<string> asins, string error, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var states = await db.KeepaAsinStates.Where(s => asins.Contains(s.Asin)).ToDictionaryAsync(s => s.Asin, ct);
        foreach (var asin in asins)
        {
            if (!states.TryGetValue(asin, out var state))
            {
                state = new KeepaAsinState { Asin = asin };
                db.KeepaAsinStates.Add(state);
            }
            state.LastError = error.Length > 500 ? error[..500] : error;
        }
        await db.SaveChangesAsync(ct);
    }
}

public sealed class KeepaRefreshJob(KeepaRefresh refresh) : IConsoleJob
{
    public Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken) => refresh.RunAsync(context, cancellationToken);
}
