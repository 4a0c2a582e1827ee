namespace SellerConsole.Costing;

public enum BomItemKind
{
    Component,
    Kit,
}

/// <summary>A reference to a component or a kit by code; prints as <c>Kit 'FIX-PACK'</c> in messages.</summary>
public readonly record struct BomRef(BomItemKind Kind, string Code)
{
    public static BomRef Component(string code) => new(BomItemKind.Component, code);

    public static BomRef Kit(string code) => new(BomItemKind.Kit, code);

    public override string ToString() => $"{Kind} '{Code}'";
}

/// <summary>
/// One line of a bill of materials. <paramref name="WasteRate"/> is a fraction: 0.05 means 5% is lost
/// in assembly, so the line consumes Quantity x 1.05.
/// </summary>
public sealed record BomLine(BomRef Item, decimal Quantity, decimal WasteRate = 0m)
{
    public decimal EffectiveQuantity => Quantity * (1m + WasteRate);
}

/// <summary>A bill of materials; lines may be other kits (multi-level), shared by several parents.</summary>
public sealed record Kit(string Code, string Name, IReadOnlyList<BomLine> Lines);
