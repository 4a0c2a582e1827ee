using SellerConsole.Costing.Data;

namespace SellerConsole.Costing.Import;

/// <summary>One line of a SKU: a component or kit in the box (with waste), or packaging used.</summary>
internal sealed record SkuLine(string Type, string Code, decimal Quantity, decimal WasteRate);

/// <summary>Reads the line columns of a SKU costs row (ItemType, ItemCode, Quantity, WastePercent); all empty means no line.</summary>
internal static class SkuLines
{
    public static SkuLine? Read(RowReader r, CostingCatalogue catalogue, IReadOnlySet<string> packaging)
    {
        var type = r.Raw("ItemType");
        if (type.Length == 0 && r.Raw("ItemCode").Length == 0 && r.Raw("Quantity").Length == 0)
        {
            return null;
        }
        var kind = type.ToLowerInvariant() switch
        {
            "component" => "Component",
            "kit" => "Kit",
            "packaging" => "Packaging",
            _ => null,
        };
        if (kind is null)
        {
            r.Error("ItemType", type.Length == 0 ? "ItemType is empty (Component, Kit or Packaging)." : $"ItemType '{type}' must be Component, Kit or Packaging.");
        }
        var code = r.Text("ItemCode", CostingLimits.Code);
        var quantity = r.Decimal("Quantity", 0m, 1_000_000m, minExclusive: true);
        var waste = kind == "Packaging" ? (r.Raw("WastePercent") is "" or "0" ? 0m : Refuse(r)) : r.Percent("WastePercent", below: 1_000m, emptyMeans: "0");
        if (kind is null || code is null || quantity is null || waste is null)
        {
            return null;
        }
        var known = kind switch
        {
            "Component" => catalogue.Contains(BomRef.Component(code)),
            "Kit" => catalogue.Contains(BomRef.Kit(code)),
            _ => packaging.Contains(code),
        };
        if (!known)
        {
            r.Error("ItemCode", $"Unknown {kind.ToLowerInvariant()} '{code}': add or import it first.");
            return null;
        }
        return new SkuLine(kind, code, quantity.Value, waste.Value);
    }

    private static decimal? Refuse(RowReader r)
    {
        r.Error("WastePercent", "Packaging has no waste; leave WastePercent empty on packaging rows.");
        return null;
    }
}
