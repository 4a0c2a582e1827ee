using Microsoft.Extensions.Options;
using SellerConsole.Marketplace.Sandbox.Keepa;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>
/// Keepa's <c>GET /product</c> (amazon.co.uk only) and the free <c>GET /token</c>, from the simulated
/// histories, with Keepa's token accounting. Our ASINs have full histories, competitors' ASINs their
/// catalogue facts, any other ASIN comes back as an INVALID product.
/// </summary>
internal static class KeepaEndpoints
{
    public static void MapKeepa(this IEndpointRouteBuilder keepa)
    {
        keepa.MapGet("/product", async (HttpRequest http, IOptions<SandboxOptions> options, KeepaTokenBucket bucket) =>
        {
            if (!KeyMatches(http, options.Value)) return KeepaResults.Error(bucket, 400, "REQUEST_REJECTED", "Invalid access key.");
            var (request, error) = KeepaRequest.Parse(http.Query);
            if (request is null) return KeepaResults.Error(bucket, 400, "REQUEST_REJECTED", error!);

            var world = http.HttpContext.World();
            var sim = world.Simulation;
            // Offer counts only (the cost): a hundred mapped histories held at once were about 40 MB.
            var offers = request.Asins.Distinct().ToDictionary(a => a, a => sim.GetHistoryOfferCount(a, request.OnlyLiveOffers));
            var cost = request.Asins.Sum(a => request.Cost(world.Catalog.ByAsin(a) is not null, Math.Min(request.Offers ?? 0, offers[a] ?? 0)));
            if (!bucket.TrySpend(cost, out var tokens))
            {
                return KeepaResults.Error(tokens, 429, "NOT_ENOUGH_TOKEN", "Not enough tokens. Wait for the refill.");
            }
            var now = sim.NowUtc;
            // Lazy: each product is mapped as it is written, so only one product's wire history exists at a time.
            var products = request.Asins.Select(asin => offers[asin] is not null && sim.GetHistory(asin) is { } history
                ? KeepaHistoryMapper.Ours(sim.GetListingByAsin(asin)!.Listing, history, request)
                : world.Catalog.ByAsin(asin)?.Peer is { } peer ? KeepaHistoryMapper.Peer(peer, now, request) : KeepaHistoryMapper.Unknown(asin));
            var stats = request.StatsDays is { } days ? new KeepaStatsWindow(now, days) : null;
            return KeepaResults.Gzipped(await KeepaWireEncoder.EncodeGzippedAsync(tokens, products, stats, http.HttpContext.RequestAborted), 200);
        });

        keepa.MapGet("/token", (HttpRequest http, IOptions<SandboxOptions> options, KeepaTokenBucket bucket) =>
            KeyMatches(http, options.Value)
                ? KeepaResults.Gzipped(KeepaResults.TokenStatus(bucket.Peek()), 200)
                : KeepaResults.Error(bucket, 400, "REQUEST_REJECTED", "Invalid access key."));
    }

    private static bool KeyMatches(HttpRequest http, SandboxOptions options) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(http.Query["key"].ToString()), System.Text.Encoding.UTF8.GetBytes(options.KeepaKey));
}
