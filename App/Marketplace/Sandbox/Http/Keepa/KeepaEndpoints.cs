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
        keepa.MapGet("/product", (HttpRequest http, IOptions<SandboxOptions> options, KeepaTokenBucket bucket) =>
        {
            if (!KeyMatches(http, options.Value)) return KeepaResults.Error(bucket, 400, "REQUEST_REJECTED", "Invalid access key.");
            var (request, error) = KeepaRequest.Parse(http.Query);
            if (request is null) return KeepaResults.Error(bucket, 400, "REQUEST_REJECTED", error!);

            var world = http.HttpContext.World();
            var sim = world.Simulation;
            var histories = request.Asins.ToDictionary(a => a, a => sim.GetListingByAsin(a) is not null ? sim.GetHistory(a) : null);
            var cost = request.Asins.Sum(a => request.Cost(world.Catalog.ByAsin(a) is not null,
                Math.Min(request.Offers ?? 0, histories[a]?.Offers.Count(o => !request.OnlyLiveOffers || o.LeftUtc is null) ?? 0)));
            if (!bucket.TrySpend(cost, out var tokens))
            {
                return KeepaResults.Error(tokens, 429, "NOT_ENOUGH_TOKEN", "Not enough tokens. Wait for the refill.");
            }
            var products = request.Asins.Select(asin => histories[asin] is { } history
                ? KeepaHistoryMapper.Ours(sim.GetListingByAsin(asin)!.Listing, history, request)
                : world.Catalog.ByAsin(asin)?.Peer is { } peer ? KeepaHistoryMapper.Peer(peer, sim.NowUtc, request) : KeepaHistoryMapper.Unknown(asin)).ToList();
            var stats = request.StatsDays is { } days ? new KeepaStatsWindow(sim.NowUtc, days) : null;
            return KeepaResults.Gzipped(KeepaWireEncoder.Encode(tokens, products, stats), 200);
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
