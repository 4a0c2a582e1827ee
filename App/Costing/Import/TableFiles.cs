namespace SellerConsole.Costing.Import;

public enum TableFormat
{
    Csv,
    Xlsx,
}

/// <summary>How an export writes a column to .xlsx: text, a number, pounds (a £ format) or a date.</summary>
public enum ColumnKind
{
    Text,
    Number,
    Money,
    Date,
}

/// <summary>Reads and writes the import/export tables as CSV (<see cref="CsvTable"/>) or XLSX (<see cref="XlsxTable"/>).</summary>
public static class TableFiles
{
    public static TableFormat FormatOf(string fileName, ReadOnlySpan<byte> head) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || (head.Length >= 2 && head[0] == (byte)'P' && head[1] == (byte)'K')
            ? TableFormat.Xlsx
            : TableFormat.Csv;

    public static string ContentType(TableFormat format) => format == TableFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static string Extension(TableFormat format) => format == TableFormat.Xlsx ? "xlsx" : "csv";

    /// <summary>Reads a seekable stream (the importer buffers uploads), bounded by <see cref="UploadLimits"/>.</summary>
    /// <exception cref="ImportLimitException">The file is beyond a limit; nothing was parsed.</exception>
    /// <exception cref="InvalidDataException">The file is not a readable CSV or XLSX.</exception>
    public static Table Read(Stream stream, TableFormat format, Action<int>? rowsRead = null) =>
        stream.CanSeek && stream.Length == stream.Position ? new Table([], [])
        : format == TableFormat.Xlsx ? XlsxTable.Read(stream, rowsRead)
        : CsvTable.Read(stream, rowsRead);

    public static byte[] Write(TableFormat format, string sheetName, IReadOnlyList<string> header, IEnumerable<string[]> rows, IReadOnlyList<ColumnKind>? kinds = null) =>
        format == TableFormat.Xlsx
            ? XlsxTable.Write(sheetName, header, rows, kinds ?? header.Select(_ => ColumnKind.Text).ToArray())
            : CsvTable.Write(header, rows);
}
