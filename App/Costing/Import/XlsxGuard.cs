using System.IO.Compression;
using System.Xml;
using static SellerConsole.Costing.Import.UploadLimits;

namespace SellerConsole.Costing.Import;

/// <summary>
/// Inspects an .xlsx with System.IO.Compression and a streaming XmlReader before ClosedXML sees it:
/// part count, packed and unpacked sizes (declared, and counted while reading with a cap), compression
/// ratio, the rows and columns the sheets reference and the length of every text. Holds no more than
/// a read buffer, so a zip bomb or a cell at column ZZZZZZ costs kilobytes to refuse.
/// </summary>
internal static class XlsxGuard
{
    /// <summary>Small parts can pack oddly well; the ratio only matters for parts big enough to hurt.</summary>
    private const long RatioCheckedFrom = 1024 * 1024;

    private static readonly XmlReaderSettings Xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <exception cref="ImportLimitException">The file is beyond a limit.</exception>
    /// <exception cref="InvalidDataException">The file is not a zip of readable XML parts.</exception>
    public static void Check(Stream file)
    {
        if (file.Length > MaxFileBytes)
        {
            throw FileTooLarge();
        }
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries)
            {
                throw new ImportLimitException($"The .xlsx holds {zip.Entries.Count:N0} parts; an import reads workbooks of at most {MaxZipEntries}.");
            }
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > MaxUnzippedBytes || entry.Length < 0)
                {
                    throw UnzipsTooLarge();
                }
                if (entry.Length >= RatioCheckedFrom && entry.Length > entry.CompressedLength * MaxCompressionRatio)
                {
                    throw new ImportLimitException(
                        $"Part {entry.FullName} unzips to {entry.Length / Math.Max(1, entry.CompressedLength):N0} times its packed size; an import refuses more than {MaxCompressionRatio} to 1 (a zip bomb).");
                }
            }
            var budget = new UnzipBudget();
            foreach (var entry in zip.Entries)
            {
                using var part = new CappedStream(entry.Open(), entry.Length, budget);
                var name = entry.FullName.ToLowerInvariant();
                if (name.StartsWith("xl/worksheets/", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal))
                {
                    ScanSheet(part);
                }
                else if (name.EndsWith("sharedstrings.xml", StringComparison.Ordinal))
                {
                    ScanSharedStrings(part);
                }
                else
                {
                    part.CopyTo(Stream.Null);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            throw new InvalidDataException($"The file is not a readable .xlsx workbook: {ex.Message}", ex);
        }
    }

    private static void ScanSheet(Stream part)
    {
        using var reader = XmlReader.Create(part, Xml);
        var chunk = new char[4096];
        long row = 1, rows = 0;
        var column = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "dimension":
                    case "mergeCell":
                        SheetBounds.CheckRange(reader.GetAttribute("ref"));
                        break;
                    case "row":
                        row = reader.GetAttribute("r") is { } r ? SheetBounds.CheckRow(r) : row + 1;
                        column = 0;
                        if (++rows > MaxRows + 1)
                        {
                            throw TooManyRows();
                        }
                        break;
                    case "c":
                        column = reader.GetAttribute("r") is { } cell ? SheetBounds.CheckCell(cell) : column + 1;
                        if (column > MaxColumns)
                        {
                            throw ColumnBeyond(ColumnName(column));
                        }
                        break;
                }
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && TextLength(reader, chunk) > MaxCellChars)
            {
                throw CellTooLong();
            }
        }
    }

    /// <summary>Each &lt;si&gt; is one cell's text, possibly split into rich-text runs.</summary>
    private static void ScanSharedStrings(Stream part)
    {
        using var reader = XmlReader.Create(part, Xml);
        var chunk = new char[4096];
        long length = 0, strings = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                length = 0;
                // More distinct strings than an import has cells is not a table of costs.
                if (++strings > (long)(MaxRows + 1) * MaxColumns)
                {
                    throw TooManyRows();
                }
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace
                && (length += TextLength(reader, chunk)) > MaxCellChars)
            {
                throw CellTooLong();
            }
        }
    }

    /// <summary>Counts a text node in chunks, so a hostile 60 MB string is never held whole.</summary>
    private static long TextLength(XmlReader reader, char[] chunk)
    {
        if (!reader.CanReadValueChunk)
        {
            return reader.Value.Length;
        }
        long length = 0;
        int read;
        while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
        {
            length += read;
            if (length > MaxCellChars)
            {
                return length;
            }
        }
        return length;
    }
}
