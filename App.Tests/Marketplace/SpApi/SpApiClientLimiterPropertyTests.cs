using System.Collections.Concurrent;

namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>
/// The same property end to end: random concurrent call patterns through <c>SpApiClient</c> on a manual
/// clock. Grant times come from <c>QuotaChanged</c> (stamped under the bucket's lock), and every request
/// the stub saw must have been granted.
/// </summary>
public sealed class SpApiClientLimiterPropertyTests
{
    private static readonly (string Operation, string Route, double Rate, int Burst)[] Plans =
    [
        ("getListingsItem", "/listings/2021-08-01/items/*", 5, 10),
        ("getCatalogItem", "/catalog/2022-04-01/items/*", 2, 2),
        ("getOrder", "/orders/2026-01-01/orders/*", 0.5, 30),
        ("getMyFeesEstimateForSKU", "/products/fees/v0/listings/*", 1, 2),
    ];

    [Fact]
    public async Task Random_concurrent_calls_through_the_client_stay_within_every_plan()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var rng = new Random(seed);
            var compression = rng.Next(2) == 0 ? 1.0 : 5.0;
            using var h = new SpApiHarness(o => o.TimeCompression = compression);
            Answer(h.Handler);
            var grants = new ConcurrentQueue<(string Operation, DateTimeOffset At)>();
            h.Client.QuotaChanged += q => grants.Enqueue((q.Operation, new DateTimeOffset(q.LastCallUtc!.Value)));
            var calls = new List<Task>();
            var made = new int[Plans.Length];
            var at = SpApiHarness.Start;
            for (var n = rng.Next(20, 70); n > 0; n--)
            {
                at += rng.Next(10) switch
                {
                    < 5 => TimeSpan.Zero,
                    < 9 => TimeSpan.FromMilliseconds(rng.Next(1000)),
                    _ => TimeSpan.FromSeconds(rng.Next(30)),
                };
                h.Clock.SetUtcNow(at);
                var kind = rng.Next(Plans.Length);
                made[kind]++;
                calls.Add(kind switch
                {
                    0 => h.Client.GetListingAsync($"SKU-{n}"),
                    1 => h.Client.GetCatalogItemAsync("B0CX23V2ZK"),
                    2 => h.Client.GetOrderAsync($"202-0000000-{n:D7}"),
                    _ => h.Client.GetFeesEstimateAsync($"SKU-{n}", 10m, 0m),
                });
            }
            await h.DriveUntil(() => calls.All(c => c.IsCompleted), TimeSpan.FromMilliseconds(100));
            await Task.WhenAll(calls);

            for (var k = 0; k < Plans.Length; k++)
            {
                var (operation, route, rate, burst) = Plans[k];
                var sends = grants.Where(g => g.Operation == operation).Select(g => g.At).ToList();
                Assert.True(sends.Count == made[k] && h.Handler.Count(route) == made[k],
                    $"seed {seed}: {operation} made {made[k]}, granted {sends.Count}, sent {h.Handler.Count(route)}");
                UsagePlanPropertyTests.AssertWithinPlan(sends, rate * compression, burst, $"seed {seed}, {operation} x{compression}");
            }
        }
    }

    private static void Answer(StubSpApiHandler stub) => stub
        .Always(HttpMethod.Get, Plans[0].Route, r => StubSpApiHandler.Json(200, new ListingJsonBuilder(Uri.UnescapeDataString(r.Path.Split('/')[^1])).Json()))
        .Always(HttpMethod.Get, Plans[1].Route, r => StubSpApiHandler.Json(200, CatalogJson.Item("B0CX23V2ZK")))
        .Always(HttpMethod.Get, Plans[2].Route, r => StubSpApiHandler.Json(200,
            new System.Text.Json.Nodes.JsonObject { ["order"] = new OrderJsonBuilder(r.Path.Split('/')[^1]).Build() }.ToJsonString()))
        .Always(HttpMethod.Post, Plans[3].Route, _ => StubSpApiHandler.Json(200,
            """{"payload":{"FeesEstimateResult":{"Status":"Success","FeesEstimate":{"TotalFeesEstimate":{"CurrencyCode":"GBP","Amount":1.5},"FeeDetailList":[]}}}}"""));
}
