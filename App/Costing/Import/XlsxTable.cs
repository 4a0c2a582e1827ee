using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SellerConsole.Costing.Import;

/// <summary>
/// The first worksheet of an .xlsx as text, and a one-sheet .xlsx writer. Both stream rows with the
/// SAX-style OpenXmlReader/Writer so a 50,000-row sheet is never held as a DOM.
/// </summary>
internal static class XlsxTable
{
    public static Table Read(Stream stream, Action<int>? rowsRead)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no sheets.");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no sheets.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];

            string[]? header = null;
            var rows = new List<TableRow>();
            var rowNumber = 0;
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }
                var row = (Row)reader.LoadCurrentElement()!;
                rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
                var cells = Cells(row, shared);
                if (header is null)
                {
                    header = cells;
                }
                else if (!cells.All(string.IsNullOrWhiteSpace))
                {
                    rows.Add(new TableRow(rowNumber, cells));
                    if (rows.Count % 5_000 == 0)
                    {
                        rowsRead?.Invoke(rows.Count);
                    }
                }
            }
            return new Table(header ?? [], rows);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidOperationException or System.Xml.XmlException or KeyNotFoundException)
        {
            throw new InvalidDataException($"The file is not a readable .xlsx workbook: {ex.Message}", ex);
        }
    }

    private static string[] Cells(Row row, string[] shared)
    {
        var values = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : values.Count;
            while (values.Count < column)
            {
                values.Add("");
            }
            values.Add(Text(cell, shared));
        }
        return values.ToArray();
    }

    private static string Text(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
        }
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }
        return raw;
    }

    // "AB12" -> 27 (zero-based column of AB).
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return Math.Max(0, index - 1);
    }

    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<string[]> rows, ISet<int> numericColumns)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, 1, header, new HashSet<int>());
                var number = 1;
                foreach (var row in rows)
                {
                    WriteRow(writer, ++number, row, numericColumns);
                }
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return buffer.ToArray();
    }

    private static void WriteRow(OpenXmlWriter writer, int number, IReadOnlyList<string> cells, ISet<int> numericColumns)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)number });
        for (var i = 0; i < cells.Count; i++)
        {
            var numeric = numericColumns.Contains(i) && decimal.TryParse(cells[i], NumberStyles.Number, CultureInfo.InvariantCulture, out _);
            writer.WriteElement(numeric
                ? new Cell { CellValue = new CellValue(cells[i]), DataType = CellValues.Number }
                : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cells[i])) });
        }
        writer.WriteEndElement();
    }
}
