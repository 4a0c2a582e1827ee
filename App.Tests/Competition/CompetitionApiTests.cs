using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Alerts;
using SellerConsole.Catalog.Sync;
using SellerConsole.Competition;
using SellerConsole.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Competition;

public sealed class CompetitionApiTests
{
    private static readonly DateTime Start = SellerConsole.Tests.Catalog.Sync.SandboxApp.Start.UtcDateTime;

    [Fact]
    public async Task The_same_change_recorded_twice_is_stored_once_alerts_once_and_is_served_by_the_api()
    {
        using var app = new CompetitionApp();
        var before = Market.At(Start).Ours(1500).Rival("A1RIVAL00001", 1600).BuyBox(true).Build();
        var after = Market.At(Start.AddMinutes(15)).Ours(1500).Rival("A1RIVAL00001", 1400, winner: true).BuyBox(false, "A1RIVAL00001", 1400).Build();
        var changes = ChangeDetector.Detect(before, after, ChangeThresholds.Default, null);
        var events = new List<CompetitorDetected>();
        using var subscription = app.Service<SellerConsole.Live.LiveFeed>().Subscribe<CompetitorDetected>(e => { lock (events) events.Add(e); return Task.CompletedTask; });

        var first = await app.Service<ChangeRecorder>().RecordAsync(changes, CancellationToken.None);
        var second = await app.Service<ChangeRecorder>().RecordAsync(changes, CancellationToken.None);

        Assert.Equal(2, first.Count);
        Assert.Empty(second);
        Assert.Equal(2, await app.Service<AlertService>().UnreadCountAsync(CancellationToken.None));
        await Eventually.GetAsync(() => { lock (events) return Task.FromResult(events.Count); }, n => n == 2, what: "two competitor.detected events");
        Assert.All(events, e => Assert.Equal("competitor.detected", e.Kind));

        using var client = await app.CreateSignedInClientAsync();
        var served = await client.GetFromJsonAsync<List<CompetitionChangeDto>>("/api/v1/competition/changes?kind=BuyBoxLost");
        var lost = Assert.Single(served!);
        Assert.Equal("A1RIVAL00001", lost.Evidence["winner"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/competition/changes?kind=Nonsense")).StatusCode);
    }

    [Fact]
    public async Task Listing_history_keepa_status_and_the_openapi_document_are_served()
    {
        using var app = new CompetitionApp();
        await app.PumpAsync(() => app.Service<CatalogueSync>().RunAsync(null, CancellationToken.None));
        await app.PumpAsync(() => app.Service<OffersSync>().RunAsync(null, CancellationToken.None));
        await app.PumpAsync(() => app.Service<KeepaRefresh>().RunAsync(null, CancellationToken.None));
        string sku;
        await using (var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync())
        {
            var refreshed = await db.KeepaAsinStates.Where(s => s.RefreshedUtc != null).Select(s => s.Asin).FirstAsync();
            sku = await db.Listings.Where(l => l.Asin == refreshed).Select(l => l.Sku).FirstAsync();
        }
        using var client = await app.CreateSignedInClientAsync();

        var now = app.Clock.GetUtcNow().UtcDateTime;
        var all = await client.GetFromJsonAsync<ListingHistoryDto>($"/api/v1/listings/{sku}/history?series=sales-rank,our-price,buy-box");
        var month = await client.GetFromJsonAsync<ListingHistoryDto>($"/api/v1/listings/{sku}/history?series=sales-rank&from={now.AddDays(-30):O}&to={now:O}");
        Assert.Equal(["sales-rank", "our-price", "buy-box"], all!.Series.Select(s => s.Series));
        Assert.True(all.Series[0].Points.Count > month!.Series[0].Points.Count, "two years hold more rank changes than 30 days");
        Assert.All(month.Series[0].Points, p => Assert.InRange(p.Utc, now.AddDays(-30).AddMinutes(-1), now));
        Assert.Contains(all.Series[1].Points, p => p.Value is > 0m and < 1000m);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/listings/{sku}/history?series=nonsense")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/listings/NO-SUCH-SKU/history")).StatusCode);

        using var status = JsonDocument.Parse(await client.GetStringAsync("/api/v1/keepa/status"));
        Assert.True(status.RootElement.GetProperty("connected").GetBoolean());
        Assert.True(status.RootElement.GetProperty("tokensLeft").GetInt32() >= 0);
        Assert.Equal(20, status.RootElement.GetProperty("refillRatePerMinute").GetInt32());
        Assert.True(status.RootElement.GetProperty("next").GetArrayLength() > 0);
        Assert.Contains("refreshed", status.RootElement.GetProperty("lastRun").GetProperty("summary").GetString());

        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/listings/{sku}/history", openApi);
        Assert.Contains("/api/v1/competition/changes", openApi);
        Assert.Contains("/api/v1/keepa/status", openApi);
        Assert.DoesNotContain(SellerConsole.Marketplace.Sandbox.Http.SandboxOptions.DefaultKeepaKey, status.RootElement.GetRawText());
    }
}
