using System.Globalization;
using ClosedXML.Excel;
using SellerConsole.Shared;
using static SellerConsole.Costing.Import.UploadLimits;

namespace SellerConsole.Costing.Import;

/// <summary>
/// The first worksheet of an .xlsx as text (ClosedXML, after <see cref="XlsxGuard"/> has bounded the
/// file), and a one-sheet .xlsx writer: real numbers with £ formats for money, real dates, a frozen
/// header row with an autofilter, columns sized from the data.
/// </summary>
internal static class XlsxTable
{
    public static Table Read(Stream stream, Action<int>? rowsRead)
    {
        XlsxGuard.Check(stream);
        stream.Position = 0;
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(stream, new LoadOptions { EventTracking = XLEventTracking.Disabled });
        }
        // ClosedXML reports a damaged package with whatever its parser threw; the guard has already
        // bounded the file, so any failure here just means "not a workbook we can read".
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            throw new InvalidDataException($"The file is not a readable .xlsx workbook: {ex.Message}", ex);
        }
        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault() ?? throw new InvalidDataException("The workbook has no sheets.");
            string[]? header = null;
            var rows = new List<TableRow>();
            var width = Math.Min(MaxColumns, sheet.LastColumnUsed()?.ColumnNumber() ?? 0);
            foreach (var row in sheet.RowsUsed())
            {
                var cells = new string[width];
                for (var i = 0; i < width; i++)
                {
                    cells[i] = Text(row.Cell(i + 1));
                }
                if (header is null)
                {
                    header = cells;
                }
                else if (!cells.All(string.IsNullOrWhiteSpace))
                {
                    rows.Add(new TableRow(row.RowNumber(), cells));
                    if (rows.Count % 5_000 == 0)
                    {
                        rowsRead?.Invoke(rows.Count);
                    }
                }
            }
            return new Table(header ?? [], rows);
        }
    }

    /// <summary>
    /// A cell as the text the row readers parse: numbers invariant (decimal, so 4.5 is "4.5"), dates
    /// yyyy-MM-dd. A formula's saved result is read; a formula is never evaluated.
    /// </summary>
    private static string Text(IXLCell cell)
    {
        var value = cell.HasFormula ? cell.CachedValue : cell.Value;
        return value switch
        {
            null => "",
            double d when Math.Abs(d) < 1e15 => ((decimal)d).ToString(CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<string[]> rows, IReadOnlyList<ColumnKind> kinds)
    {
        using var workbook = new XLWorkbook(XLEventTracking.Disabled);
        var sheet = workbook.Worksheets.Add(sheetName);
        var widths = header.Select(h => h.Length).ToArray();
        for (var i = 0; i < header.Count; i++)
        {
            SetText(sheet.Cell(1, i + 1), header[i]);
            var format = kinds[i] switch
            {
                ColumnKind.Money => "£#,##0.00",
                ColumnKind.Date => "yyyy-mm-dd",
                _ => null,
            };
            if (format is not null)
            {
                sheet.Column(i + 1).Style.NumberFormat.Format = format;
            }
        }
        sheet.Row(1).Style.Font.Bold = true;
        var number = 1;
        foreach (var row in rows)
        {
            number++;
            for (var i = 0; i < row.Length && i < header.Count; i++)
            {
                Set(sheet.Cell(number, i + 1), row[i], kinds[i]);
                widths[i] = Math.Max(widths[i], row[i].Length + (kinds[i] == ColumnKind.Money ? 2 : 0));
            }
        }
        for (var i = 0; i < header.Count; i++)
        {
            // AdjustToContents measures text with GDI+ (libgdiplus, absent on Linux): size from the data instead.
            sheet.Column(i + 1).Width = Math.Clamp(widths[i] + 3, 8, 60);
        }
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(number, 1), header.Count).SetAutoFilter();
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static void Set(IXLCell cell, string text, ColumnKind kind)
    {
        if (kind is ColumnKind.Number or ColumnKind.Money
            && decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            cell.SetValue(value);
        }
        else if (kind == ColumnKind.Date
            && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            cell.SetValue(day);
        }
        else
        {
            SetText(cell, text);
        }
    }

    /// <summary>
    /// Text is always a text cell (never parsed into a number, date or formula). One that a spreadsheet
    /// could take for a formula also gets Excel's quote prefix, so editing the cell keeps it text.
    /// </summary>
    private static void SetText(IXLCell cell, string text)
    {
        cell.SetValue(text);
        if (FormulaText.LooksLikeFormula(text))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }
}
