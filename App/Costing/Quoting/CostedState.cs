namespace SellerConsole.Costing.Quoting;

/// <summary>
/// When a SKU counts as costed. A definition with nothing in the box prices only postage, fees and
/// labour, so its "margin" flatters every new listing; until a component or kit is in it, the SKU is
/// "not costed yet" everywhere (Costs page, Margins, the dashboard's count) and shows no margin.
/// </summary>
public static class CostedState
{
    public static bool IsCosted(SkuCostDefinition? sku) => sku is { Contents.Count: > 0 };

    public const string NotCostedYet = "Not costed yet";
}
