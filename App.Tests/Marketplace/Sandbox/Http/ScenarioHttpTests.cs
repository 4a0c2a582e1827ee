using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

/// <summary>
/// Each scenario started through <c>POST /api/v1/sandbox/scenarios</c> and seen where a repricer sees it: in the
/// SP-API getItemOffers and getItemOffersBatch JSON, from the next market tick on.
/// </summary>
public sealed class ScenarioHttpTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(15);
    private static readonly Dictionary<string, string?> NoDrops = new() { ["Sandbox:SilentDropRate"] = "0" };
    private const string Amazon = "A3P5ROKL5A1OLE";

    [Fact]
    public async Task A_price_war_shows_a_rival_a_penny_under_us_who_loses_the_buy_box_to_our_patch_then_undercuts_again()
    {
        using var app = new SandboxApp(NoDrops);
        var (control, spApi, sim) = await ClientsAsync(app);
        var listing = sim.Catalogue.First(l => sim.GetOffers(l.Asin)!.BuyBoxWinner is { IsOurs: true, Stock: > 5 });
        var ours = OurLanded(await OffersAsync(spApi, listing.Asin));

        // Quiet: the ASIN's own repricing rivals hold still, so only the undercutter answers our moves.
        var started = await StartAsync(control, new { scenario = "price-war", asin = listing.Asin, floor = ours - 1m, quiet = true });
        Assert.Equal("Scheduled", started.GetProperty("state").GetString());
        app.Advance(Tick);

        var payload = await OffersAsync(spApi, listing.Asin);
        var rival = await RunningSellerAsync(control, listing.Asin);
        Assert.Equal(ours - 0.01m, Landed(Offer(payload, rival)));
        Assert.True(Offer(payload, rival).GetProperty("IsBuyBoxWinner").GetBoolean());
        Assert.Equal(rival, BuyBoxSeller(payload));

        // Our patch to 2p under it: once it applies (2 min) the next tick's offers read shows our buy box, and the
        // undercutter a penny under us a tick later.
        await PatchPriceAsync(spApi, sim, listing, ours - 0.03m - sim.GetListingBySku(listing.Sku)!.Shipping);
        app.Advance(Tick);
        payload = await BatchAsync(spApi, listing.Asin);
        Assert.Equal(sim.OurSellerId, BuyBoxSeller(payload));
        Assert.Equal(ours - 0.03m, OurLanded(payload));
        app.Advance(Tick);
        payload = await BatchAsync(spApi, listing.Asin);
        Assert.Equal(ours - 0.04m, Landed(Offer(payload, rival)));
        Assert.Equal(rival, BuyBoxSeller(payload));
    }

    [Fact]
    public async Task Amazon_joins_as_a_prime_offer_that_wins_the_buy_box_and_leaves_when_the_visit_ends()
    {
        using var app = new SandboxApp(NoDrops);
        var (control, spApi, sim) = await ClientsAsync(app);
        var listing = sim.Catalogue.First(l => sim.GetListingBySku(l.Sku)!.Buyable && !sim.GetOffers(l.Asin)!.Offers.Any(o => o.IsAmazon));
        var cheapest = (await BatchAsync(spApi, listing.Asin)).GetProperty("Offers").EnumerateArray().Min(Landed);

        await StartAsync(control, new { scenario = "amazon", sku = listing.Sku, minutes = 60, price = cheapest - 0.02m, quiet = true });
        app.Advance(Tick);

        var payload = await BatchAsync(spApi, listing.Asin);
        var amazon = Offer(payload, Amazon);
        Assert.True(amazon.GetProperty("IsFulfilledByAmazon").GetBoolean());
        Assert.True(amazon.GetProperty("PrimeInformation").GetProperty("IsPrime").GetBoolean());
        Assert.Equal(100, amazon.GetProperty("SellerFeedbackRating").GetProperty("SellerPositiveFeedbackRating").GetDouble());
        Assert.Equal(cheapest - 0.02m, Landed(amazon));
        Assert.Equal(Amazon, BuyBoxSeller(payload));

        // Amazon on the ASIN already: a second visit is refused, naming why.
        var again = await control.PostAsJsonAsync(ScenarioEndpoints.Path, new { scenario = "amazon", asin = listing.Asin });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Amazon already sells", await again.Content.ReadAsStringAsync());

        app.Advance(TimeSpan.FromMinutes(60));
        spApi = await app.ClientAsync(); // the access token lasts an hour
        payload = await BatchAsync(spApi, listing.Asin);
        Assert.DoesNotContain(payload.GetProperty("Offers").EnumerateArray(), o => o.GetProperty("SellerId").GetString() == Amazon);
        Assert.Equal("Ended", Single(await ListAsync(control), listing.Asin).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_suppressed_buy_box_shows_no_buy_box_prices_and_no_winner_until_it_ends()
    {
        using var app = new SandboxApp(NoDrops);
        var (control, spApi, sim) = await ClientsAsync(app);
        var listing = sim.Catalogue.First(l => sim.GetOffers(l.Asin)!.BuyBoxWinner is not null);

        await StartAsync(control, new { scenario = "suppressed-buy-box", asin = listing.Asin, minutes = 30 });
        app.Advance(Tick);

        var payload = await OffersAsync(spApi, listing.Asin);
        var summary = payload.GetProperty("Summary");
        Assert.False(summary.TryGetProperty("BuyBoxPrices", out _));
        Assert.All(payload.GetProperty("Offers").EnumerateArray(), o =>
        {
            Assert.False(o.GetProperty("IsBuyBoxWinner").GetBoolean());
            Assert.False(o.GetProperty("IsFeaturedMerchant").GetBoolean());
        });
        var threshold = summary.GetProperty("CompetitivePriceThreshold").GetProperty("Amount").GetDecimal();
        Assert.All(payload.GetProperty("Offers").EnumerateArray(), o => Assert.True(Landed(o) > threshold));
        Assert.Empty(summary.GetProperty("BuyBoxEligibleOffers").EnumerateArray());

        app.Advance(TimeSpan.FromMinutes(30));
        Assert.True((await OffersAsync(spApi, listing.Asin)).GetProperty("Summary").TryGetProperty("BuyBoxPrices", out _));
    }

    [Fact]
    public async Task A_follower_shows_in_the_offers_at_our_price_plus_its_gap_and_follows_our_patch_after_its_delay()
    {
        using var app = new SandboxApp(NoDrops);
        var (control, spApi, sim) = await ClientsAsync(app);
        var listing = sim.Catalogue.First(l => sim.GetListingBySku(l.Sku)!.Buyable);

        await StartAsync(control, new { scenario = "follower", asin = listing.Asin, gap = 0.25m, delayMinutes = 30, quiet = true });
        app.Advance(Tick);
        var follower = await RunningSellerAsync(control, listing.Asin);
        var payload = await BatchAsync(spApi, listing.Asin);
        var ours = OurLanded(payload);
        Assert.Equal(ours + 0.25m, Landed(Offer(payload, follower)));

        await PatchPriceAsync(spApi, sim, listing, sim.GetListingBySku(listing.Sku)!.Price + 1m);
        app.Advance(Tick);
        payload = await BatchAsync(spApi, listing.Asin);
        Assert.Equal(ours + 1m, OurLanded(payload));
        Assert.Equal(ours + 0.25m, Landed(Offer(payload, follower)));
        app.Advance(2 * Tick);
        Assert.Equal(ours + 1.25m, Landed(Offer(await BatchAsync(await app.ClientAsync(), listing.Asin), follower)));
    }

    [Fact]
    public async Task Ordered_silent_drops_answer_the_next_patches_accepted_and_never_apply_them()
    {
        using var app = new SandboxApp(NoDrops);
        var (control, spApi, sim) = await ClientsAsync(app);
        var listing = sim.Catalogue[3];
        var price = sim.GetListingBySku(listing.Sku)!.Price;

        var ordered = await StartAsync(control, new { scenario = "silent-drops", sku = listing.Sku, count = 2 });
        Assert.Equal(2, ordered.GetProperty("remaining").GetInt32());
        await PatchPriceAsync(spApi, sim, listing, price + 1m);
        await PatchPriceAsync(spApi, sim, listing, price + 2m);
        await PatchPriceAsync(spApi, sim, listing, price + 3m);
        app.Advance(Tick);
        await app.WorldAsync();

        Assert.Equal(price + 3m, sim.GetListingBySku(listing.Sku)!.Price);
        var patches = app.Service<SandboxMarket>().Log.Read().Where(e => e.Kind == ReplayEntry.Patch).ToList();
        Assert.Equal([true, true, false], patches.Select(p => p.Dropped!.Value));
        Assert.Empty((await ListAsync(control)).GetProperty("silentDrops").EnumerateArray());
    }

    [Fact]
    public async Task Scenario_control_needs_the_owner_and_names_the_field_of_a_bad_request()
    {
        using var app = new SandboxApp(NoDrops);
        var (control, _, sim) = await ClientsAsync(app);
        var asin = sim.Catalogue[0].Asin;

        var anonymous = await app.CreateAnonymousClient().PostAsJsonAsync(ScenarioEndpoints.Path, new { scenario = "price-war", asin });
        Assert.True(anonymous.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"{anonymous.StatusCode}");
        var token = app.CreateAnonymousClient();
        token.DefaultRequestHeaders.Authorization = new("Bearer", SandboxApp.BootstrapToken);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync(ScenarioEndpoints.Path)).StatusCode);

        await AssertFieldAsync(control, new { scenario = "price-storm", asin }, "scenario");
        await AssertFieldAsync(control, new { scenario = "price-war" }, "asin");
        await AssertFieldAsync(control, new { scenario = "price-war", asin, floor = -2m }, "floor");
        await AssertFieldAsync(control, new { scenario = "amazon", asin, floor = 2m }, "floor");
        await AssertFieldAsync(control, new { scenario = "follower", asin, minutes = 0 }, "minutes");
        await AssertFieldAsync(control, new { scenario = "follower", asin, delayMinutes = "soon" }, "delayMinutes");
        await AssertFieldAsync(control, new { scenario = "silent-drops", asin, count = 1000 }, "count");
        var unknown = await control.PostAsJsonAsync(ScenarioEndpoints.Path, new { scenario = "price-war", asin = "B000000000" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty((await ListAsync(control)).GetProperty("scenarios").EnumerateArray());
    }

    [Fact]
    public async Task A_scenario_started_before_a_restart_plays_on_after_it()
    {
        var data = Directory.CreateTempSubdirectory("sellerconsole-scenario-replay-").FullName;
        try
        {
            string asin, rival;
            decimal landed;
            using (var app = new SandboxApp(NoDrops, data))
            {
                var (control, spApi, sim) = await ClientsAsync(app);
                asin = sim.Catalogue.First(l => sim.GetListingBySku(l.Sku)!.Buyable).Asin;
                await StartAsync(control, new { scenario = "follower", asin, gap = -0.10m });
                app.Advance(Tick);
                rival = await RunningSellerAsync(control, asin);
                landed = Landed(Offer(await OffersAsync(spApi, asin), rival));
            }
            using var restarted = new SandboxApp(NoDrops, data);
            restarted.Advance(Tick);
            var (again, client, _) = await ClientsAsync(restarted);
            Assert.Equal(rival, await RunningSellerAsync(again, asin));
            Assert.Equal(landed, Landed(Offer(await OffersAsync(client, asin), rival)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<(HttpClient Control, SandboxClient SpApi, MarketSimulation Sim)> ClientsAsync(SandboxApp app) =>
        (await app.CreateSignedInClientAsync(), await app.ClientAsync(), (await app.WorldAsync()).Simulation);

    private static async Task<JsonElement> StartAsync(HttpClient control, object body)
    {
        var response = await control.PostAsJsonAsync(ScenarioEndpoints.Path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task AssertFieldAsync(HttpClient control, object body, string field)
    {
        var response = await control.PostAsJsonAsync(ScenarioEndpoints.Path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{field} not named in {text}");
    }

    private static async Task<JsonElement> ListAsync(HttpClient control) =>
        JsonDocument.Parse(await control.GetStringAsync(ScenarioEndpoints.Path)).RootElement.Clone();

    private static JsonElement Single(JsonElement list, string asin) =>
        Assert.Single(list.GetProperty("scenarios").EnumerateArray(), s => s.GetProperty("asin").GetString() == asin);

    private static async Task<string> RunningSellerAsync(HttpClient control, string asin)
    {
        var scenario = Single(await ListAsync(control), asin);
        Assert.Equal("Running", scenario.GetProperty("state").GetString());
        return scenario.GetProperty("sellerId").GetString()!;
    }

    private static async Task<JsonElement> OffersAsync(SandboxClient spApi, string asin) =>
        (await spApi.GetAsync($"/products/pricing/v0/items/{asin}/offers?MarketplaceId={SandboxClient.Uk}&ItemCondition=New")).GetProperty("payload");

    private static async Task<JsonElement> BatchAsync(SandboxClient spApi, string asin)
    {
        var body = JsonSerializer.Serialize(new { requests = new[] { new { uri = $"/products/pricing/v0/items/{asin}/offers", method = "GET", MarketplaceId = SandboxClient.Uk, ItemCondition = "New" } } });
        var response = (await spApi.JsonAsync(HttpMethod.Post, "/batches/products/pricing/v0/itemOffers", body)).GetProperty("responses")[0];
        Assert.Equal(200, response.GetProperty("status").GetProperty("statusCode").GetInt32());
        return response.GetProperty("body").GetProperty("payload");
    }

    private static async Task PatchPriceAsync(SandboxClient spApi, MarketSimulation sim, CatalogListing listing, decimal price)
    {
        var receipt = await spApi.JsonAsync(HttpMethod.Patch, $"/listings/2021-08-01/items/{sim.OurSellerId}/{listing.Sku}?marketplaceIds={SandboxClient.Uk}",
            ListingsTests.PricePatch(listing, price, null));
        Assert.Equal("ACCEPTED", receipt.GetProperty("status").GetString());
    }

    private static JsonElement Offer(JsonElement payload, string sellerId) =>
        Assert.Single(payload.GetProperty("Offers").EnumerateArray(), o => o.GetProperty("SellerId").GetString() == sellerId);

    private static decimal OurLanded(JsonElement payload) =>
        Landed(Assert.Single(payload.GetProperty("Offers").EnumerateArray(), o => o.GetProperty("MyOffer").GetBoolean()));

    private static decimal Landed(JsonElement offer) =>
        offer.GetProperty("ListingPrice").GetProperty("Amount").GetDecimal() + offer.GetProperty("Shipping").GetProperty("Amount").GetDecimal();

    private static string? BuyBoxSeller(JsonElement payload) =>
        payload.GetProperty("Summary").TryGetProperty("BuyBoxPrices", out var prices) ? prices[0].GetProperty("sellerId").GetString() : null;
}
