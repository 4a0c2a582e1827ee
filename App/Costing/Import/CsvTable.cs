using System.Text;
using System.Text.Unicode;
using CsvHelper;
using SellerConsole.Shared;
using static SellerConsole.Costing.Import.UploadLimits;

namespace SellerConsole.Costing.Import;

/// <summary>
/// Reads and writes the import/export tables as CSV (CsvHelper). Reading is bounded (bytes, rows,
/// columns, cell length), reads a file that is not UTF-8 as Windows-1252 (what Excel on Windows saves
/// as "CSV") and reads a semicolon- or tab-separated file as such, saying so in the table's notes.
/// </summary>
internal static class CsvTable
{
    private const int SniffBytes = 64 * 1024;

    public static Table Read(Stream stream, Action<int>? rowsRead)
    {
        var bytes = Bytes(stream);
        var notes = new List<string>();
        var span = bytes.Span;
        var bom = span.StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        if (span[bom..].IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return new Table([], []);
        }
        Encoding? encoding = null;
        var unicodeBom = span.StartsWith(Encoding.Unicode.Preamble) || span.StartsWith(Encoding.BigEndianUnicode.Preamble);
        if (bom == 0 && !unicodeBom && !Utf8.IsValid(span))
        {
            encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
            notes.Add("This file is not UTF-8: it was read as Windows-1252 (Western European), as Excel saves \"CSV\" on Windows. Check accented letters and £ signs.");
        }
        var head = (encoding ?? (unicodeBom ? Encoding.Unicode : Encoding.UTF8)).GetString(span[..Math.Min(span.Length, SniffBytes)]);
        var separator = Separator(head, notes);
        var options = new CsvReaderOptions
        {
            Separator = separator, HasHeader = true, TrackLineNumbers = true, MaxRecordSize = 1_000_000, Encoding = encoding,
            DetectSeparatorHint = separator is null,
        };
        using var csv = CsvReader.Create(bytes, options);
        try
        {
            csv.ReadHeader();
            var header = csv.Headers.ToArray();
            Check(1, header);
            var rows = new List<TableRow>();
            while (csv.Read())
            {
                var cells = csv.Current.ToArray();
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                var line = (int)csv.LineNumber;
                Check(line, cells);
                if (rows.Count == MaxRows)
                {
                    throw TooManyRows();
                }
                rows.Add(new TableRow(line, cells));
                if (rows.Count % 5_000 == 0)
                {
                    rowsRead?.Invoke(rows.Count);
                }
            }
            return new Table(header, rows) { Notes = notes };
        }
        catch (CsvFormatException ex)
        {
            throw new InvalidDataException($"The CSV could not be read: {ex.Message}", ex);
        }
    }

    private static ReadOnlyMemory<byte> Bytes(Stream stream)
    {
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            return memory.Length - memory.Position > MaxFileBytes ? throw FileTooLarge() : buffer.AsMemory((int)memory.Position);
        }
        var copy = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            copy.Write(chunk, 0, read);
            if (copy.Length > MaxFileBytes)
            {
                throw FileTooLarge();
            }
        }
        return copy.GetBuffer().AsMemory(0, (int)copy.Length);
    }

    private static void Check(int line, string[] cells)
    {
        if (cells.Length > MaxColumns)
        {
            throw TooManyColumns(line, cells.Length);
        }
        if (cells.Any(c => c.Length > MaxCellChars))
        {
            throw CellTooLong();
        }
    }

    /// <summary>
    /// The header row names the columns, so it cannot hold a stray ';' or tab: whichever separator splits
    /// it most is the file's. (Sniffing data rows could pick ';' out of a name.) Excel's "sep=;" line wins.
    /// </summary>
    private static char? Separator(string head, List<string> notes)
    {
        var line = head.TrimStart('\uFEFF').Split('\n', 2)[0].TrimEnd('\r');
        if (line.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && line.Length == 5)
        {
            return null;
        }
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in line)
        {
            quoted ^= c == '"';
            if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs)
        {
            notes.Add("This file is semicolon-separated (as Excel saves CSV in many European settings); it was read with ';' between columns.");
            return ';';
        }
        if (tabs > commas)
        {
            notes.Add("This file is tab-separated; it was read with tabs between columns.");
            return '\t';
        }
        return ',';
    }

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var buffer = new MemoryStream();
        // Cells a spreadsheet would run as formulas (= + - @, tab, CR) get the shared guard's apostrophe:
        // exported codes and names are user text.
        var options = new CsvWriterOptions { Injection = CsvInjection.None, WriteByteOrderMark = true };
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord(header.Select(FormulaText.Neutralise).ToArray());
            foreach (var row in rows)
            {
                csv.WriteRecord(row.Select(FormulaText.Neutralise).ToArray());
            }
            csv.Flush();
        }
        return buffer.ToArray();
    }
}
