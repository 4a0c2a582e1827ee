using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog;
using SellerConsole.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Catalog;

/// <summary>
/// Competitors on the listing page. Amazon's getItemOffers and Keepa's offers name a seller only by its id,
/// so the page labels the id as an id (with the id on hover) and never invents a name.
/// </summary>
public sealed partial class OffersTableTests
{
    [Fact]
    public async Task Competitors_show_a_labelled_seller_id_with_the_id_on_hover_and_our_offer_says_you()
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();
        var seen = SellerAppFactory.DefaultStart.UtcDateTime;
        await CatalogSeed.AddAsync(app.Service<IDbContextFactory<SellerDb>>(), [CatalogSeed.Listing(1, l => l.Offers.AddRange(
        [
            new CompetingOffer { SellerId = "A2RIVALSELLER01", LandedPence = 899, ListingPricePence = 899, IsBuyBoxWinner = true, ObservedUtc = seen },
            new CompetingOffer { SellerId = "A1OURSELLERID00", IsOurs = true, LandedPence = 949, ListingPricePence = 949, ObservedUtc = seen },
        ]))]);

        var html = await client.GetStringAsync("/catalogue/SKU-00001");

        Assert.Matches("<th[^>]*title=\"[^\"]*ID but not its name\"[^>]*>Seller ID</th>", html);
        var cells = SellerCells().Matches(html).ToDictionary(m => m.Groups[1].Value, m => Text(m.Groups[2].Value));
        Assert.Equal(2, cells.Count);
        Assert.Equal("A2RIVALSELLER01", cells["Amazon seller ID A2RIVALSELLER01"]);
        Assert.Equal("You A1OURSELLERID00", cells["Amazon seller ID A1OURSELLERID00"]);
    }

    private static string Text(string html) => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>|<!--.*?-->", " ")), @"\s+", " ").Trim();

    [GeneratedRegex("data-testid=\"offer-seller\"[^>]*title=\"([^\"]+)\"[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex SellerCells();
}
