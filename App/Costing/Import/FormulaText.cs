namespace SellerConsole.Costing.Import;

/// <summary>
/// Exported codes and names are user text; a cell starting with = + - @ (or a tab or CR, which some
/// spreadsheets skip before those) could run as a formula when the file is opened (CSV/formula injection).
/// CSV exports prefix such cells with an apostrophe (CsvHelper's escape); .xlsx exports write them as
/// text cells with Excel's quote prefix. Imports drop that apostrophe again, so exports round-trip.
/// </summary>
public static class FormulaText
{
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>"'=A1" as exported to CSV reads back as "=A1"; an apostrophe before ordinary text is kept.</summary>
    public static string Unescape(string text) => text.Length > 1 && text[0] == '\'' && LooksLikeFormula(text[1..]) ? text[1..] : text;
}
