using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Api;
using SellerConsole.Catalog;
using SellerConsole.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Catalog;

public sealed class CatalogApiTests
{
    [Fact]
    public async Task Listings_are_paged_filtered_and_detailed_with_offers_cheapest_first()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();
        var observed = new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc);
        await CatalogSeed.AddAsync(app.Service<IDbContextFactory<SellerDb>>(), Enumerable.Range(1, 30).Select(n => CatalogSeed.Listing(n, l =>
        {
            if (n != 7) return;
            l.Offers.Add(new CompetingOffer { SellerId = "A2COMPETITOR001", ListingPricePence = 899, ShippingPence = 0, LandedPence = 899, IsBuyBoxWinner = true, ObservedUtc = observed });
            l.Offers.Add(new CompetingOffer { SellerId = "AOURSELLERID001", IsOurs = true, ListingPricePence = 949, ShippingPence = 0, LandedPence = 949, ObservedUtc = observed });
            l.Issues.Add(new ListingIssue { Code = "18155", Message = "Minimum price above selling price", Severity = "ERROR", Enforcements = "LISTING_SUPPRESSED" });
        })));

        var page = await client.GetFromJsonAsync<PagedDto<ListingSummaryDto>>("/api/v1/listings?search=SKU-0000&sort=sku&page=1&pageSize=5");
        Assert.Equal(9, page!.Total);
        Assert.Equal(["SKU-00001", "SKU-00002", "SKU-00003", "SKU-00004", "SKU-00005"], page.Items.Select(i => i.Sku));

        var detail = await client.GetFromJsonAsync<ListingDto>("/api/v1/listings/SKU-00007");
        Assert.NotNull(detail);
        Assert.Equal("B000000007", detail.Asin);
        Assert.Equal(["Hardened steel", "Pozi drive", "Countersunk head"], detail.Bullets);
        Assert.Equal("LISTING_SUPPRESSED", Assert.Single(detail.Issues).Enforcements);

        var offers = await client.GetFromJsonAsync<List<OfferDto>>("/api/v1/listings/SKU-00007/offers");
        Assert.NotNull(offers);
        Assert.Equal([8.99m, 9.49m], offers.Select(o => o.Landed));
        Assert.True(offers[0].IsBuyBoxWinner);
        Assert.True(offers[1].IsOurs);
    }

    [Fact]
    public async Task Unknown_skus_and_sort_columns_are_clear_problems()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();

        var missing = await client.GetAsync("/api/v1/listings/NOPE-1");
        var badSort = await client.GetAsync("/api/v1/listings?sort=colour");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("NOPE-1", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Contains("price", await badSort.Content.ReadAsStringAsync());
    }
}
