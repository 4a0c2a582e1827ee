using CsvHelper;

namespace SellerConsole.Costing.Import;

public enum TableFormat
{
    Csv,
    Xlsx,
}

/// <summary>Reads and writes the import/export tables as CSV (CsvHelper) or XLSX (Open XML SDK).</summary>
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

    /// <exception cref="InvalidDataException">The file is not a readable CSV or XLSX.</exception>
    public static Table Read(Stream stream, TableFormat format, Action<int>? rowsRead = null) =>
        format == TableFormat.Xlsx ? XlsxTable.Read(stream, rowsRead) : ReadCsv(stream, rowsRead);

    public static byte[] Write(TableFormat format, string sheetName, IReadOnlyList<string> header, IEnumerable<string[]> rows, ISet<int>? numericColumns = null) =>
        format == TableFormat.Xlsx ? XlsxTable.Write(sheetName, header, rows, numericColumns ?? new HashSet<int>()) : WriteCsv(header, rows);

    private static Table ReadCsv(Stream stream, Action<int>? rowsRead)
    {
        // A comma always: detecting the separator could pick ';' from a name column.
        var options = new CsvReaderOptions { Separator = ',', HasHeader = true, TrackLineNumbers = true, MaxRecordSize = 1_000_000 };
        using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        try
        {
            csv.ReadHeader();
            var header = csv.Headers.ToArray();
            var rows = new List<TableRow>();
            while (csv.Read())
            {
                var cells = csv.Current.ToArray();
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                rows.Add(new TableRow((int)csv.LineNumber, cells));
                if (rows.Count % 5_000 == 0)
                {
                    rowsRead?.Invoke(rows.Count);
                }
            }
            return new Table(header, rows);
        }
        catch (CsvFormatException ex)
        {
            throw new InvalidDataException($"The CSV could not be read: {ex.Message}", ex);
        }
    }

    private static byte[] WriteCsv(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var buffer = new MemoryStream();
        // Escape cells a spreadsheet would run as formulas (=, +, -, @): exported codes and names are user text.
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord(header.ToArray());
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
            csv.Flush();
        }
        return buffer.ToArray();
    }
}
