namespace SellerConsole.Shared;

/// <summary>
/// The one guard against spreadsheet formula injection, used by every export (costing tables and
/// reports, CSV and .xlsx). Exported codes, names and titles are user or marketplace text; a cell
/// starting with = + - @ (or a tab or CR, which some spreadsheets skip before those) could run as a
/// formula when the file is opened. CSV cells get an apostrophe in front (<see cref="Neutralise"/>);
/// .xlsx writers keep such text as a text cell and set Excel's quote prefix. Imports drop the
/// apostrophe again (<see cref="Unescape"/>), so exports round-trip.
/// </summary>
public static class FormulaText
{
    public static bool LooksLikeFormula(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// Text as it is safe to write into a CSV cell: "=1+1" becomes "'=1+1"; other text is unchanged. Text
    /// that already starts with apostrophes before a formula character gets one more, so
    /// <see cref="Unescape"/> gives back exactly what was written.
    /// </summary>
    public static string Neutralise(string? text) => text is null ? "" : LooksLikeFormula(text.TrimStart('\'')) ? "'" + text : text;

    /// <summary>"'=A1" as exported to CSV reads back as "=A1"; an apostrophe before ordinary text is kept.</summary>
    public static string Unescape(string text) =>
        text.Length > 1 && text[0] == '\'' && LooksLikeFormula(text[1..].TrimStart('\'')) ? text[1..] : text;
}
