using System.Globalization;
using static SellerConsole.Costing.Import.UploadLimits;

namespace SellerConsole.Costing.Import;

/// <summary>Checks the cell references a sheet's XML makes ("AB12", "A1:H50") against the import's row and column limits.</summary>
internal static class SheetBounds
{
    public static void CheckRange(string? range)
    {
        foreach (var corner in (range ?? "").Split(':', ' '))
        {
            if (corner.Length > 0)
            {
                CheckCell(corner);
            }
        }
    }

    /// <summary>"AB12" (or "$AB$12"): checks the column and row are within bounds; returns the column number.</summary>
    public static int CheckCell(string reference)
    {
        var text = reference.Replace("$", "", StringComparison.Ordinal);
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }
        var name = text[..letters].ToUpperInvariant();
        // Three letters reach column XFD, the last Excel has; more is never a real sheet.
        if (letters > 3)
        {
            throw ColumnBeyond(name.Length > 12 ? name[..12] + "..." : name);
        }
        var column = 0;
        foreach (var c in name)
        {
            column = column * 26 + (c - 'A' + 1);
        }
        if (column > MaxColumns)
        {
            throw ColumnBeyond(name);
        }
        if (letters < text.Length)
        {
            CheckRow(text[letters..]);
        }
        return column;
    }

    public static long CheckRow(string digits)
    {
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            throw new InvalidDataException($"The file is not a readable .xlsx workbook: '{(digits.Length > 12 ? digits[..12] : digits)}' is not a row number.");
        }
        return row > MaxRows + 1 ? throw RowBeyond(row) : row;
    }
}
