using SellerConsole.Costing;

namespace SellerConsole.Tests.Costing;

/// <summary>Uses <see cref="CatalogueBuilder.StandardPostageCard"/>: Tracked 48 LL 100 g 2.10, LL 750 g 2.70,
/// SP 1 kg 3.35, SP 2 kg 3.85, MP 20 kg 6.50; Tracked 24 LL 750 g 3.20, SP 2 kg 4.10.</summary>
public sealed class PostageTests
{
    private static readonly VatStatus Registered = new VatStatus.StandardRegistered();

    private static PostageChoice Choose(PackedParcel parcel, string? service = null, CatalogueBuilder? card = null, VatStatus? vat = null) =>
        PostageSelector.Choose((card ?? new CatalogueBuilder().StandardPostageCard()).Build().PostageRates, parcel, Dates.Sale, vat ?? Registered, service);

    private static PackedParcel Parcel(int grams, decimal a, decimal b, decimal c) => new(grams, new Dimensions(a, b, c));

    [Theory]
    [InlineData(90, 30, 22, 2, "Large Letter", 100, 2.10)]   // light and thin: lightest LL band
    [InlineData(600, 30, 22, 2, "Large Letter", 750, 2.70)]  // heavier: the 750 g band, not the 100 g one
    [InlineData(200, 30, 22, 3, "Small Parcel", 1000, 3.35)] // 3 cm is thicker than a Large Letter's 2.5 cm
    [InlineData(800, 30, 22, 2, "Small Parcel", 1000, 3.35)] // thin but over the Large Letter's 750 g
    [InlineData(200, 2, 30, 22, "Large Letter", 750, 2.70)]  // any orientation fits
    [InlineData(200, 36, 25, 2, "Small Parcel", 1000, 3.35)] // 36 cm is longer than 35.3 cm
    [InlineData(2_100, 40, 30, 10, "Medium Parcel", 20000, 6.50)]
    public void The_cheapest_format_and_band_that_fits_is_chosen(int grams, decimal a, decimal b, decimal c, string format, int band, decimal price)
    {
        var choice = Choose(Parcel(grams, a, b, c));

        Assert.Equal((Services.Tracked48, format, band, price), (choice.Rate.Service, choice.Rate.Format.Name, choice.Rate.MaxWeightGrams, choice.Rate.Price));
    }

    [Fact]
    public void Exactly_on_a_limit_still_fits()
    {
        var choice = Choose(Parcel(750, 35.3m, 25m, 2.5m));

        Assert.Equal(("Large Letter", 750), (choice.Rate.Format.Name, choice.Rate.MaxWeightGrams));
    }

    [Theory]
    [InlineData(500, 70, 20, 20)]
    [InlineData(20_001, 40, 30, 10)]
    public void Nothing_fits_is_a_clear_error(int grams, decimal a, decimal b, decimal c)
    {
        var error = Assert.Throws<CostingException>(() => Choose(Parcel(grams, a, b, c)));

        Assert.Equal($"No format or weight band of any postage service fits a parcel of {grams} g, {a} x {b} x {c} cm on 2025-06-01.", error.Message);
    }

    [Fact]
    public void A_chosen_service_is_used_even_when_another_is_cheaper()
    {
        var choice = Choose(Parcel(600, 30, 22, 2), Services.Tracked24);

        Assert.Equal((Services.Tracked24, 3.20m), (choice.Rate.Service, choice.Rate.Price));
    }

    [Fact]
    public void A_chosen_service_that_cannot_take_the_parcel_says_so()
    {
        var error = Assert.Throws<CostingException>(() => Choose(Parcel(3_000, 40, 30, 10), Services.Tracked24));

        Assert.Contains($"postage service '{Services.Tracked24}' fits a parcel of 3000 g", error.Message);
    }

    [Fact]
    public void A_chosen_service_missing_from_the_rate_card_is_named()
    {
        var error = Assert.Throws<CostingException>(() => Choose(Parcel(100, 30, 22, 2), "Parcelforce 48"));

        Assert.Equal("Postage service 'Parcelforce 48' is not on the rate card.", error.Message);
    }

    [Fact]
    public void Cheapest_is_judged_on_what_the_seller_bears_after_VAT()
    {
        // Courier SP £3.00 + 20% VAT: 3.00 to a registered seller (beats 3.35 exempt), 3.60 to others (loses).
        var card = new CatalogueBuilder().StandardPostageCard().Postage("Courier", PostageFormat.SmallParcel, 2_000, 3.00m, 0.20m);
        var parcel = Parcel(900, 30, 22, 5);

        Assert.Equal("Courier", Choose(parcel, card: card).Rate.Service);
        Assert.Equal(Services.Tracked48, Choose(parcel, card: card, vat: new VatStatus.NotRegistered()).Rate.Service);
    }

    [Fact]
    public void A_price_change_applies_from_its_date()
    {
        var card = new CatalogueBuilder().StandardPostageCard()
            .Postage(Services.Tracked48, PostageFormat.LargeLetter, 750, 2.95m, from: Dates.Utc(2025, 6, 2));
        var parcel = Parcel(600, 30, 22, 2);
        var rates = card.Build().PostageRates;

        Assert.Equal(2.70m, PostageSelector.Choose(rates, parcel, Dates.Sale, Registered).Rate.Price);
        Assert.Equal(2.95m, PostageSelector.Choose(rates, parcel, Dates.Utc(2025, 6, 2), Registered).Rate.Price);
    }

    [Fact]
    public void A_band_heavier_than_its_format_allows_is_rejected()
    {
        var error = Assert.Throws<CostingException>(
            new CatalogueBuilder().Postage(Services.Tracked48, PostageFormat.LargeLetter, 1_000, 3m).Build);

        Assert.Contains("the band must be between 1 g and the format's 750 g", error.Message);
    }
}
