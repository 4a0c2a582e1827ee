using SellerConsole.Costing;

namespace SellerConsole.Tests.Costing;

/// <summary>
/// A three-level shelf kit, hand-costed (ex VAT, purchase VAT 20% on everything):
///   SCREW £5.00/200 = 0.025, PLUG £2.40/100 = 0.024, BRACKET £9.00/10 = 0.90, SHELF £30.00/6 = 5.00.
///   FIX-PACK    = 4 screws +5% waste (4.2 x 0.025 = 0.105) + 4 plugs +10% (4.4 x 0.024 = 0.1056) = 0.2106
///   BRACKET-SET = 2 brackets (1.80) + 1 FIX-PACK (0.2106)                                        = 2.0106
///   SHELF-KIT   = 1 shelf (5.00) + 2 BRACKET-SETs (4.0212) + 1 FIX-PACK (0.2106)                  = 9.2318
/// FIX-PACK is shared by two parents, which is not a loop.
/// </summary>
public sealed class BomTests
{
    internal static CatalogueBuilder ShelfCatalogue() => new CatalogueBuilder()
        .Component("SCREW", 5.00m, 200m)
        .Component("PLUG", 2.40m, 100m)
        .Component("BRACKET", 9.00m, 10m)
        .Component("SHELF", 30.00m, 6m)
        .Kit("FIX-PACK", Line.Part("SCREW", 4, 0.05m), Line.Part("PLUG", 4, 0.10m))
        .Kit("BRACKET-SET", Line.Part("BRACKET", 2), Line.Kit("FIX-PACK", 1))
        .Kit("SHELF-KIT", Line.Part("SHELF", 1), Line.Kit("BRACKET-SET", 2), Line.Kit("FIX-PACK", 1))
        .StandardPostageCard();

    [Fact]
    public void A_multi_level_kit_rolls_up_quantities_waste_and_shared_subkits()
    {
        var tree = ShelfCatalogue().Calculator().RollUp(BomRef.Kit("SHELF-KIT"), Dates.Sale);

        Assert.Equal(9.2318m, tree.UnitCost.ExVat);
        Assert.Equal(1.84636m, tree.UnitCost.Vat);
        Assert.Equal([5.00m, 4.0212m, 0.2106m], tree.Children.Select(c => c.LineCost.ExVat));
        var fixPack = tree.Children[1].Children[1];
        Assert.Equal("FIX-PACK", fixPack.Item.Code);
        Assert.Equal([0.105m, 0.1056m], fixPack.Children.Select(c => c.LineCost.ExVat));
        Assert.Equal([4.2m, 4.4m], fixPack.Children.Select(c => c.EffectiveQuantity));
    }

    [Fact]
    public void A_sku_quote_counts_its_kit_components_once_rounded()
    {
        var calculator = ShelfCatalogue().Calculator();
        var sku = new SkuBuilder("SHELF-1").Kit("SHELF-KIT", 1).Parcel(1_800, 40m, 30m, 10m).Build();

        // Registered: 9.2318 -> 9.23. Not registered: 9.2318 x 1.2 = 11.07816 -> 11.08.
        Assert.Equal(9.23m, calculator.LandedCost(sku, Dates.Sale, new VatStatus.StandardRegistered()).Components.Rounded);
        Assert.Equal(11.08m, calculator.LandedCost(sku, Dates.Sale, new VatStatus.NotRegistered()).Components.Rounded);
        Assert.Equal(9.2318m, calculator.RollUp(sku, Dates.Sale).Total.ExVat);
    }

    [Fact]
    public void Waste_on_a_kit_line_scales_the_whole_subtree()
    {
        // 2 FIX-PACKs with 10% waste consume 2.2 packs: 2.2 x 0.2106 = 0.46332.
        var calculator = ShelfCatalogue().Calculator();
        var sku = new SkuBuilder().Kit("FIX-PACK", 2, 0.10m).Build();

        Assert.Equal(0.46332m, calculator.RollUp(sku, Dates.Sale).Total.ExVat);
    }

    [Fact]
    public void A_loop_between_kits_is_rejected_naming_the_loop()
    {
        var builder = new CatalogueBuilder()
            .Component("SCREW", 5.00m, 200m)
            .Kit("BOX-SET", Line.Kit("FIX-PACK", 1))
            .Kit("FIX-PACK", Line.Part("SCREW", 4), Line.Kit("SHELF-KIT", 1))
            .Kit("SHELF-KIT", Line.Kit("FIX-PACK", 2));

        var error = Assert.Throws<CostingException>(builder.Build);

        Assert.Equal("BOM loop: Kit 'FIX-PACK' -> Kit 'SHELF-KIT' -> Kit 'FIX-PACK'. A kit cannot contain itself.", error.Message);
    }

    [Fact]
    public void A_kit_that_contains_itself_is_a_loop()
    {
        var error = Assert.Throws<CostingException>(new CatalogueBuilder().Kit("SELF", Line.Kit("SELF", 1)).Build);

        Assert.Contains("Kit 'SELF' -> Kit 'SELF'", error.Message);
    }

    [Fact]
    public void A_kit_line_naming_a_missing_component_is_an_error_naming_it()
    {
        var builder = new CatalogueBuilder()
            .Component("SCREW", 5.00m, 200m)
            .Kit("FIX-PACK", Line.Part("SCREW", 4), Line.Part("SCREW-X", 4));

        var error = Assert.Throws<CostingException>(builder.Build);

        Assert.Equal("Kit 'FIX-PACK' line 2 refers to Component 'SCREW-X', which is not in the catalogue.", error.Message);
    }

    [Fact]
    public void A_sku_naming_a_missing_kit_is_an_error_naming_it()
    {
        var calculator = ShelfCatalogue().Calculator();
        var sku = new SkuBuilder("SHELF-2").Kit("SHELF-KIT-XL", 1).Build();

        var error = Assert.Throws<CostingException>(() => calculator.Quote(sku, new SaleBuilder().Build(), 30m));

        Assert.Equal("SKU 'SHELF-2' line 1 refers to Kit 'SHELF-KIT-XL', which is not in the catalogue.", error.Message);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    [InlineData(1, -0.05)]
    public void Kit_lines_need_a_positive_quantity_and_no_negative_waste(decimal quantity, decimal waste)
    {
        var builder = new CatalogueBuilder().Component("SCREW", 5m, 200m).Kit("FIX-PACK", Line.Part("SCREW", quantity, waste));

        var error = Assert.Throws<CostingException>(builder.Build);

        Assert.StartsWith("Kit 'FIX-PACK' line 1 (Component 'SCREW')", error.Message);
    }

    [Fact]
    public void Duplicate_codes_are_rejected()
    {
        var error = Assert.Throws<CostingException>(new CatalogueBuilder().Component("SCREW", 5m).Component("SCREW", 6m).Build);

        Assert.Equal("Two components share the code 'SCREW'.", error.Message);
    }
}
