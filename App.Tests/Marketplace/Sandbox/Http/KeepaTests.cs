using System.IO.Compression;
using System.Net;
using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Http;

namespace SellerConsole.Tests.Marketplace.Sandbox.Http;

public sealed class KeepaTests(SharedSandboxApp shared) : IClassFixture<SharedSandboxApp>
{
    private readonly SandboxApp _app = shared.App;

    public static async Task<(HttpStatusCode Status, KeepaProductResponse? Body, HttpResponseMessage Response)> GetAsync(HttpClient http, string query)
    {
        var response = await http.GetAsync("/sandbox/keepa/" + query);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var json = new MemoryStream();
        await gzip.CopyToAsync(json);
        return (response.StatusCode, KeepaDecoder.Decode(json.ToArray()), response);
    }

    [Fact]
    public async Task Product_serves_our_asins_histories_stats_offers_and_buy_box_from_the_simulation()
    {
        var sim = (await _app.WorldAsync()).Simulation;
        var asin = sim.Catalogue.Select(l => l.Asin).First(a => sim.GetOffers(a)!.BuyBoxWinner is not null);
        var listing = sim.GetListingByAsin(asin)!;
        var book = sim.GetOffers(asin)!;
        var history = sim.GetHistory(asin)!;

        var (status, body, _) = await GetAsync(_app.CreateSandboxCallerClient(), $"product?key={SandboxOptions.DefaultKeepaKey}&domain=2&asin={asin}&stats=90&offers=20");

        Assert.Equal(HttpStatusCode.OK, status);
        var product = Assert.Single(body!.Products);
        Assert.Equal(KeepaProductType.Standard, product.ProductType);
        Assert.Equal(listing.Listing.Content.Title, product.Title);
        Assert.Equal(listing.Listing.Brand, product.Brand);
        Assert.Equal(listing.SalesRank, product.Histories.SalesRank![^1].Value);
        Assert.Equal(listing.SalesRank, (int?)product.Stats!.For(KeepaSeries.Sales)!.Current);
        Assert.Equal(book.BuyBoxWinner!.LandedPrice, product.Stats.BuyBox.Landed);
        Assert.Equal(book.BuyBoxWinner.SellerId, product.Stats.BuyBox.SellerId);
        Assert.Equal(Math.Min(20, history.Offers.Count), product.Offers!.Count);
        // Keepa's lowest New price comes from the offers' histories, which follow listed offers in or out of stock.
        Assert.Equal(book.Offers.Min(o => o.Price), product.Histories.Price(KeepaSeries.New)![^1].Value);
        var pages = (int)Math.Ceiling(product.Offers.Count / 10.0);
        Assert.Equal(6 * pages, body.Tokens.TokensConsumed);
    }

    [Fact]
    public async Task The_real_keepa_client_reads_the_sandbox()
    {
        var sim = (await _app.WorldAsync()).Simulation;
        var asins = sim.Catalogue.Take(3).Select(l => l.Asin).ToList();
        var client = new KeepaClient(_app.CreateSandboxCallerClient(), new KeepaClientOptions { BaseAddress = new Uri("http://localhost/sandbox/keepa/") },
            _ => ValueTask.FromResult(SandboxOptions.DefaultKeepaKey), _app.Clock);

        var response = await client.GetProductsAsync(asins, KeepaProductOptions.Default with { BuyBox = true }, CancellationToken.None);

        Assert.Equal(asins, response.Products.Select(p => p.Asin));
        Assert.All(response.Products, p => Assert.NotNull(p.Histories.BuyBox));
        Assert.Equal(3 * 3, response.Tokens.TokensConsumed);
        Assert.Equal(20, response.Tokens.RefillRatePerMinute);
    }

    [Fact]
    public async Task Competitors_asins_carry_their_catalogue_facts_and_unknown_asins_are_invalid_products()
    {
        var sim = (await _app.WorldAsync()).Simulation;
        var peer = sim.GetPeerListings(sim.Catalogue[0].Category)[0];

        var (_, body, _) = await GetAsync(_app.CreateSandboxCallerClient(), $"product?key={SandboxOptions.DefaultKeepaKey}&domain=2&asin={peer.Asin},B0ZZZZZZZZ&rating=1");

        Assert.Equal(peer.Content.Title, body!.Products[0].Title);
        Assert.Equal(peer.SalesRank, body.Products[0].Histories.SalesRank![^1].Value);
        Assert.Equal(KeepaProductType.Invalid, body.Products[1].ProductType);
        Assert.Equal(2 * 2, body.Tokens.TokensConsumed);
    }

    [Fact]
    public async Task Days_limits_the_histories_and_history_0_drops_them()
    {
        var sim = (await _app.WorldAsync()).Simulation;
        var asin = sim.Catalogue[1].Asin;
        var http = _app.CreateSandboxCallerClient();

        var week = (await GetAsync(http, $"product?key={SandboxOptions.DefaultKeepaKey}&domain=2&asin={asin}&days=7")).Body!.Products[0];
        var none = (await GetAsync(http, $"product?key={SandboxOptions.DefaultKeepaKey}&domain=2&asin={asin}&history=0")).Body!.Products[0];

        var cutoff = sim.NowUtc.AddDays(-7).AddMinutes(-1);
        Assert.All(week.Histories.SalesRank!, p => Assert.True(p.Time >= cutoff, $"{p.Time:O} is before {cutoff:O}"));
        Assert.Null(none.Histories.SalesRank);
        Assert.Equal(sim.Catalogue[1].Content.Title, none.Title);
    }

    [Theory]
    [InlineData("product?key=wrong&domain=2&asin=B000000001")]
    [InlineData("product?key=" + SandboxOptions.DefaultKeepaKey + "&domain=1&asin=B000000001")]
    [InlineData("product?key=" + SandboxOptions.DefaultKeepaKey + "&domain=2&asin=lowercase00")]
    [InlineData("product?key=" + SandboxOptions.DefaultKeepaKey + "&domain=2&asin=B000000001&offers=5")]
    public async Task Bad_requests_are_rejected_gzipped_with_the_token_fields(string query)
    {
        var (status, body, _) = await GetAsync(_app.CreateSandboxCallerClient(), query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("REQUEST_REJECTED", body!.Error!.Type);
        Assert.Equal(0, body.Tokens.TokensConsumed);
        Assert.Equal(20, body.Tokens.RefillRatePerMinute);
    }
}

/// <summary>Keepa's token account: a request runs while the balance is positive, then 429 until the refill.</summary>
public sealed class KeepaTokenTests
{
    [Fact]
    public async Task Requests_overdraw_the_balance_then_get_429_until_refills_bring_it_above_zero()
    {
        using var app = new SandboxApp(new Dictionary<string, string?> { ["Sandbox:KeepaRefillPerMinute"] = "1" });
        var http = app.CreateSandboxCallerClient();
        var asins = string.Join(',', Enumerable.Range(0, 100).Select(i => $"B0ZZZZ{i:D4}"));
        var query = $"product?key={SandboxOptions.DefaultKeepaKey}&domain=2&asin={asins}";

        var first = await KeepaTests.GetAsync(http, query);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(100, first.Body!.Tokens.TokensConsumed);
        Assert.Equal(60 - 100, first.Body.Tokens.TokensLeft);

        var refused = await KeepaTests.GetAsync(http, query);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("NOT_ENOUGH_TOKEN", refused.Body!.Error!.Type);
        Assert.Equal(-40, refused.Body.Tokens.TokensLeft);
        Assert.Equal(0, refused.Body.Tokens.TokensConsumed);
        Assert.InRange(refused.Body.Tokens.RefillIn, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));

        app.Advance(TimeSpan.FromMinutes(40));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await KeepaTests.GetAsync(http, query)).Status);
        app.Advance(TimeSpan.FromMinutes(1));
        var again = await KeepaTests.GetAsync(http, query);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(1 - 100, again.Body!.Tokens.TokensLeft);

        var token = await http.GetAsync($"/sandbox/keepa/token?key={SandboxOptions.DefaultKeepaKey}");
        using var gzip = new GZipStream(await token.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        var status = System.Text.Json.JsonDocument.Parse(gzip).RootElement;
        Assert.Equal(-99, status.GetProperty("tokensLeft").GetInt32());
        Assert.Equal(1, status.GetProperty("refillRate").GetInt32());
        Assert.True(status.GetProperty("refillIn").GetInt32() > 0);
    }
}
