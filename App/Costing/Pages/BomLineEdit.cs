using System.Globalization;

namespace SellerConsole.Costing.Pages;

/// <summary>
/// One BOM line as typed in an editor. Numbers stay text until they parse, so a half-typed "2." is
/// not lost, and the error can say which line is wrong.
/// </summary>
public sealed class BomLineEdit
{
    public BomItemKind Kind { get; set; } = BomItemKind.Component;
    public string Code { get; set; } = "";
    public string Quantity { get; set; } = "1";
    public string WastePercent { get; set; } = "0";

    public static BomLineEdit From(BomLine line) => new()
    {
        Kind = line.Item.Kind,
        Code = line.Item.Code,
        Quantity = line.Quantity.ToString("0.####", CultureInfo.InvariantCulture),
        WastePercent = (line.WasteRate * 100m).ToString("0.##", CultureInfo.InvariantCulture),
    };

    /// <exception cref="CostingException">A number does not parse; the message names the line.</exception>
    public static BomLine[] ToLines(IEnumerable<BomLineEdit> edits) => edits.Select((e, i) =>
    {
        if (!UkNumber.TryParse(e.Quantity, out var quantity, out var error))
        {
            throw new CostingException($"Line {i + 1}: quantity '{e.Quantity}': {error}");
        }
        if (!UkNumber.TryParse(string.IsNullOrWhiteSpace(e.WastePercent) ? "0" : e.WastePercent, out var waste, out error))
        {
            throw new CostingException($"Line {i + 1}: waste '{e.WastePercent}': {error}");
        }
        return new BomLine(new BomRef(e.Kind, e.Code.Trim()), quantity, waste / 100m);
    }).ToArray();
}
