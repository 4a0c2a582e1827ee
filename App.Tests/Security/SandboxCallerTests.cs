using System.Net;
using Microsoft.Extensions.Options;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Tests.Marketplace.Sandbox.Http;

namespace SellerConsole.Tests.Security;

/// <summary>
/// The review's finding: in Sandbox mode anyone who could reach the port used the Sandbox's SP-API with the
/// README's public credentials and set a listing to £0.01, which the console then synced.
/// </summary>
public sealed class SandboxCallerTests(SharedSandboxAppWithoutDrops shared) : IClassFixture<SharedSandboxAppWithoutDrops>
{
    private readonly SandboxApp _app = shared.App;

    private static string Keepa(string asin) => $"/sandbox/keepa/product?key={SandboxOptions.DefaultKeepaKey}&domain=2&asin={asin}";

    [Fact]
    public async Task A_stranger_with_the_public_credentials_cannot_get_an_access_token_or_read_keepa()
    {
        var stranger = _app.CreateAnonymousClient();
        var sim = (await _app.WorldAsync()).Simulation;

        using var token = await SandboxClient.ExchangeAsync(stranger, SandboxOptions.DefaultClientId, SandboxOptions.DefaultClientSecret, SandboxOptions.DefaultRefreshToken);
        using var keepa = await stranger.GetAsync(Keepa(sim.Catalogue[0].Asin));

        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Contains("unauthorized_client", await token.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, keepa.StatusCode);
    }

    [Fact]
    public async Task A_stranger_holding_a_valid_access_token_still_cannot_change_a_price()
    {
        _app.Advance(TimeSpan.FromSeconds(1));
        var own = await _app.ClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;
        var listing = sim.Catalogue[3];
        var before = sim.GetListingBySku(listing.Sku)!.Price;
        var stranger = new SandboxClient(_app.CreateAnonymousClient(), own.Token);
        var wrongKey = _app.CreateAnonymousClient();
        wrongKey.DefaultRequestHeaders.Add(SandboxCaller.Header, new string('0', 64));

        using var patch = await stranger.SendAsync(HttpMethod.Patch, $"/listings/2021-08-01/items/{sim.OurSellerId}/{listing.Sku}?marketplaceIds={SandboxClient.Uk}",
            ListingsTests.PricePatch(listing, 0.01m, null));
        using var guessed = await new SandboxClient(wrongKey, own.Token).SendAsync(HttpMethod.Get, $"/listings/2021-08-01/items/{sim.OurSellerId}/{listing.Sku}?marketplaceIds={SandboxClient.Uk}");
        _app.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(HttpStatusCode.Forbidden, patch.StatusCode);
        Assert.Contains("Unauthorized", await patch.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, guessed.StatusCode);
        Assert.Equal(before, (await _app.WorldAsync()).Simulation.GetListingBySku(listing.Sku)!.Price);
    }

    [Fact]
    public async Task The_signed_in_owner_may_look_at_the_sandbox_in_the_browser()
    {
        var owner = await _app.CreateSignedInClientAsync();
        var sim = (await _app.WorldAsync()).Simulation;

        using var keepa = await owner.GetAsync(Keepa(sim.Catalogue[1].Asin));

        Assert.Equal(HttpStatusCode.OK, keepa.StatusCode);
    }

    [Fact]
    public async Task The_apps_own_sp_api_client_is_let_in()
    {
        var sim = (await _app.WorldAsync()).Simulation;
        var asin = sim.Catalogue[2].Asin;

        var item = await _app.Service<MarketplaceConnection>().SpApi.GetCatalogItemAsync(asin, CancellationToken.None);

        Assert.NotNull(item);
    }

    [Fact]
    public async Task A_keepa_client_behind_the_caller_handler_is_let_in()
    {
        var sim = (await _app.WorldAsync()).Simulation;
        var asin = sim.Catalogue[4].Asin;
        var handler = new SandboxCallerHandler(_app.Service<SandboxCaller>(), _app.Service<SelfAddress>(), _app.Service<IOptions<MarketplaceOptions>>())
        {
            InnerHandler = _app.Server.CreateHandler(),
        };
        var keepa = new KeepaClient(new HttpClient(handler), new KeepaClientOptions { BaseAddress = new Uri("http://localhost/sandbox/keepa/") },
            _ => ValueTask.FromResult(SandboxOptions.DefaultKeepaKey), _app.Clock);

        var response = await keepa.GetProductsAsync([asin], KeepaProductOptions.Default, CancellationToken.None);

        Assert.Equal(asin, Assert.Single(response.Products).Asin);
    }

    [Fact]
    public async Task The_key_goes_only_to_this_apps_own_sandbox_and_never_in_live_mode()
    {
        var caller = new SandboxCaller();
        var self = _app.Service<SelfAddress>();
        async Task<bool> CarriesKeyAsync(string url, MarketplaceMode mode)
        {
            var seen = new Capture();
            var handler = new SandboxCallerHandler(caller, self, Options.Create(new MarketplaceOptions { Mode = mode })) { InnerHandler = seen };
            using var http = new HttpClient(handler);
            await http.GetAsync(url);
            return seen.Request!.Headers.TryGetValues(SandboxCaller.Header, out var values) && values.Single() == caller.Key;
        }

        Assert.True(await CarriesKeyAsync("http://localhost/sandbox/sp-api/orders/2026-01-01/orders", MarketplaceMode.Sandbox));
        Assert.True(await CarriesKeyAsync("http://localhost/sandbox/keepa/product", MarketplaceMode.Sandbox));
        Assert.False(await CarriesKeyAsync("http://localhost/api/v1/jobs", MarketplaceMode.Sandbox));
        Assert.False(await CarriesKeyAsync("https://sellingpartnerapi-eu.amazon.com/sandbox/x", MarketplaceMode.Sandbox));
        Assert.False(await CarriesKeyAsync("https://api.keepa.com/product", MarketplaceMode.Live));
        Assert.False(await CarriesKeyAsync("http://localhost/sandbox/keepa/product", MarketplaceMode.Live));
    }

    [Fact]
    public void Each_start_makes_a_new_key()
    {
        Assert.NotEqual(new SandboxCaller().Key, new SandboxCaller().Key);
        Assert.Equal(64, new SandboxCaller().Key.Length);
    }

    private sealed class Capture : HttpMessageHandler
    {
        public HttpRequestMessage? Request;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }
}
