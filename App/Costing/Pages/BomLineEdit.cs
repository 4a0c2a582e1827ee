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

    /// <summary>No code yet: a line just added (the one a new kit starts with) that is not an error while the user types.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Code);

    private bool IsUntouched => IsBlank && Quantity.Trim() is "" or "1" && WastePercent.Trim() is "" or "0";

    /// <summary>
    /// The lines to cost or save. Untouched blank lines are left out; a blank line with a typed quantity or waste
    /// is refused on save (it would lose what was typed) but only left out of a <paramref name="draft"/> preview.
    /// </summary>
    /// <exception cref="CostingException">A number does not parse, or a typed line has no code; the message names the line.</exception>
    public static BomLine[] ToLines(IEnumerable<BomLineEdit> edits, bool draft = false) => edits
        .Select((e, i) => (Edit: e, Number: i + 1))
        .Where(x => !x.Edit.IsUntouched && !(draft && x.Edit.IsBlank))
        .Select(x => ToLine(x.Edit, x.Number))
        .ToArray();

    private static BomLine ToLine(BomLineEdit e, int number)
    {
        if (e.IsBlank)
        {
            throw new CostingException($"Line {number}: enter a component or kit code, or remove the line.");
        }
        if (!UkNumber.TryParse(e.Quantity, out var quantity, out var error))
        {
            throw new CostingException($"Line {number}: quantity '{e.Quantity}': {error}");
        }
        if (!UkNumber.TryParse(string.IsNullOrWhiteSpace(e.WastePercent) ? "0" : e.WastePercent, out var waste, out error))
        {
            throw new CostingException($"Line {number}: waste '{e.WastePercent}': {error}");
        }
        return new BomLine(new BomRef(e.Kind, e.Code.Trim()), quantity, waste / 100m);
    }
}
