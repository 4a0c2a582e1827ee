namespace SellerConsole.Costing;

/// <summary>
/// One line of a rolled-up BOM tree, for the UI tree and its live total. Costs are unrounded; the UI
/// rounds for display. A kit's <see cref="UnitCost"/> is exactly the sum of its children's
/// <see cref="LineCost"/>.
/// </summary>
public sealed record BomNode(
    BomRef Item,
    string Name,
    decimal Quantity,
    decimal WasteRate,
    CostAmount UnitCost,
    IReadOnlyList<BomNode> Children)
{
    /// <summary>Units consumed per parent unit: quantity x (1 + waste).</summary>
    public decimal EffectiveQuantity => Quantity * (1m + WasteRate);

    /// <summary>What this line adds to its parent: unit cost x effective quantity.</summary>
    public CostAmount LineCost => UnitCost * EffectiveQuantity;
}

/// <summary>The rolled-up contents of a SKU: one node per top-level line, and their total.</summary>
public sealed record BomRollUp(string Sku, DateTime AsOf, IReadOnlyList<BomNode> Lines)
{
    public CostAmount Total => Lines.Aggregate(CostAmount.Zero, (sum, n) => sum + n.LineCost);
}

/// <summary>
/// Costs BOMs as of one date. Kits are costed once per instance and reused, since one kit may sit
/// inside several others. The catalogue is already loop-free, so the recursion terminates.
/// </summary>
internal sealed class BomCalculator(CostingCatalogue catalogue, DateTime asOf)
{
    private readonly Dictionary<string, CostAmount> _kitCosts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<BomNode>> _kitChildren = new(StringComparer.Ordinal);

    public CostAmount LinesCost(IReadOnlyList<BomLine> lines)
    {
        var total = CostAmount.Zero;
        foreach (var line in lines)
        {
            total += UnitCost(line.Item) * line.EffectiveQuantity;
        }
        return total;
    }

    public CostAmount UnitCost(BomRef item)
    {
        if (item.Kind == BomItemKind.Component)
        {
            return catalogue.Component(item.Code).UnitCost(asOf);
        }
        if (!_kitCosts.TryGetValue(item.Code, out var cost))
        {
            cost = LinesCost(catalogue.Kit(item.Code).Lines);
            _kitCosts[item.Code] = cost;
        }
        return cost;
    }

    public BomNode Node(BomLine line) =>
        new(line.Item, catalogue.NameOf(line.Item), line.Quantity, line.WasteRate, UnitCost(line.Item), Children(line.Item));

    private IReadOnlyList<BomNode> Children(BomRef item)
    {
        if (item.Kind == BomItemKind.Component)
        {
            return [];
        }
        if (!_kitChildren.TryGetValue(item.Code, out var children))
        {
            children = catalogue.Kit(item.Code).Lines.Select(Node).ToArray();
            _kitChildren[item.Code] = children;
        }
        return children;
    }
}
