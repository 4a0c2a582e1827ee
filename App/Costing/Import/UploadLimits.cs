using System.Globalization;

namespace SellerConsole.Costing.Import;

/// <summary>
/// Bounds every upload is checked against before it is parsed: a tiny hostile file (a zip bomb, a cell
/// reference far to the right) must be refused cheaply, never allowed to make a reader allocate gigabytes.
/// A 50,000-row components file is about 4 MB as CSV and 2 MB as .xlsx (26 MB unzipped).
/// </summary>
public static class UploadLimits
{
    /// <summary>The upload itself, CSV or .xlsx.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Every part of an .xlsx together, unzipped.</summary>
    public const long MaxUnzippedBytes = 64L * 1024 * 1024;

    /// <summary>A one-sheet workbook has about ten parts.</summary>
    public const int MaxZipEntries = 100;

    /// <summary>Spreadsheet XML packs 10 to 20 to 1; a zip bomb packs hundreds to 1.</summary>
    public const int MaxCompressionRatio = 200;

    /// <summary>Data rows, after the header.</summary>
    public const int MaxRows = 100_000;

    public const int MaxColumns = 50;

    /// <summary>Longest cell text; names are at most 200 characters.</summary>
    public const int MaxCellChars = 1_000;

    public static string Megabytes(long bytes) => $"{bytes / 1024 / 1024} MB";

    public static ImportLimitException FileTooLarge() =>
        new($"The file is larger than {Megabytes(MaxFileBytes)}; an import reads at most {Megabytes(MaxFileBytes)}.");

    public static ImportLimitException UnzipsTooLarge() =>
        new($"The file unzips to more than {Megabytes(MaxUnzippedBytes)}; an import reads at most {Megabytes(MaxUnzippedBytes)}.");

    public static ImportLimitException TooManyRows() =>
        new($"The file has more than {MaxRows:N0} rows; an import reads at most {MaxRows:N0} (after the header).");

    public static ImportLimitException RowBeyond(long row) =>
        new($"Row {row.ToString("N0", CultureInfo.InvariantCulture)} is beyond the {MaxRows:N0} rows an import reads (after the header).");

    public static ImportLimitException ColumnBeyond(string column) =>
        new($"Column {column} is beyond the {MaxColumns} columns an import reads.");

    public static ImportLimitException TooManyColumns(int row, int columns) =>
        new($"Row {row} has {columns} columns; an import reads at most {MaxColumns}.");

    public static ImportLimitException CellTooLong() =>
        new($"A cell holds more than {MaxCellChars:N0} characters; an import reads at most {MaxCellChars:N0} per cell.");

    /// <summary>Spreadsheet column letters for a 1-based column number: 1 -> A, 27 -> AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + (column - 1) % 26) + name;
        }
        return name;
    }
}

/// <summary>An upload refused before it was parsed because it is beyond one of <see cref="UploadLimits"/>.</summary>
public sealed class ImportLimitException(string message) : Exception(message);
