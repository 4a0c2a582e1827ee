using ClosedXML.Excel;
using SellerConsole.Shared;

namespace SellerConsole.Reports.Export;

/// <summary>
/// Writes a report as an .xlsx (ClosedXML): one sheet per section, the report's title and period on
/// top, a bold frozen header row with filters, real numbers with £ and % formats, UK dates, and a
/// totals row of formulas (SUM, and ratios of the totals) that Excel recalculates when rows are
/// filtered out or edited. Text never becomes a formula (see <see cref="FormulaText"/>).
/// </summary>
public static class ReportXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The header row; the title, period and a blank row sit above it.</summary>
    public const int HeaderRow = 4;

    private static readonly string[] Formats = ["", "#,##0", "£#,##0.00;-£#,##0.00", "0.0%", "dd/mm/yyyy", "0.0"];

    public static byte[] Write(ReportDocument document)
    {
        using var workbook = new XLWorkbook(XLEventTracking.Disabled);
        foreach (var section in document.Sections)
        {
            WriteSheet(workbook.Worksheets.Add(SheetName(section.Name)), document, section);
        }
        using var buffer = new MemoryStream();
        // Formula results are saved too, so readers that do not calculate (openpyxl, previews) see the totals.
        workbook.SaveAs(buffer, new SaveOptions { EvaluateFormulasBeforeSaving = true });
        return buffer.ToArray();
    }

    private static void WriteSheet(IXLWorksheet sheet, ReportDocument document, ReportSection section)
    {
        SetText(sheet.Cell(1, 1), document.Title + " — " + section.Name);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        SetText(sheet.Cell(2, 1), document.Subtitle);
        var columns = section.Headers.Count;
        var widths = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            SetText(sheet.Cell(HeaderRow, c + 1), section.Headers[c]);
            widths[c] = section.Headers[c].Length;
        }
        sheet.Row(HeaderRow).Style.Font.Bold = true;
        var row = HeaderRow;
        foreach (var values in section.Rows)
        {
            row++;
            for (var c = 0; c < columns; c++)
            {
                widths[c] = Math.Max(widths[c], Set(sheet.Cell(row, c + 1), values[c], section.Kinds[c]));
            }
        }
        var lastData = row;
        if (section.Totals.Any(t => t is not ColumnTotal.None))
        {
            row++;
            WriteTotals(sheet, section, row, lastData);
            sheet.Row(row).Style.Font.Bold = true;
            sheet.Row(row).Style.Border.TopBorder = XLBorderStyleValues.Thin;
        }
        for (var c = 0; c < columns; c++)
        {
            // AdjustToContents measures text with GDI+ (libgdiplus, absent on Linux): size from the data instead.
            sheet.Column(c + 1).Width = Math.Clamp(widths[c] + 3, 8, 60);
        }
        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.Range(HeaderRow, 1, Math.Max(lastData, HeaderRow), columns).SetAutoFilter();
    }

    private static void WriteTotals(IXLWorksheet sheet, ReportSection section, int row, int lastData)
    {
        string Column(int index) => XLHelper.GetColumnLetterFromNumber(index + 1);
        string Total(string key) => $"{Column(section.IndexOf(key))}{row}";
        for (var c = 0; c < section.Headers.Count; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            switch (section.Totals[c])
            {
                case ColumnTotal.Sum:
                    cell.FormulaA1 = lastData > HeaderRow ? $"SUM({Column(c)}{HeaderRow + 1}:{Column(c)}{lastData})" : "0";
                    break;
                case ColumnTotal.Average:
                    var range = $"{Column(c)}{HeaderRow + 1}:{Column(c)}{lastData}";
                    cell.FormulaA1 = lastData > HeaderRow ? $"IF(COUNT({range})=0,\"\",AVERAGE({range}))" : "\"\"";
                    break;
                case ColumnTotal.Label label:
                    SetText(cell, label.Text);
                    continue;
                case ColumnTotal.Ratio ratio:
                    var denominator = string.Join("", ratio.Add.Select((k, i) => (i == 0 ? "" : "+") + Total(k))) +
                        string.Concat(ratio.Subtract.Select(k => "-" + Total(k)));
                    cell.FormulaA1 = $"IF(({denominator})=0,\"\",{Total(ratio.Numerator)}/({denominator}))";
                    break;
                default:
                    continue;
            }
            cell.Style.NumberFormat.Format = Formats[(int)section.Kinds[c]];
        }
    }

    /// <returns>The width the value needs, in characters.</returns>
    private static int Set(IXLCell cell, object? value, ReportColumnKind kind)
    {
        switch (value)
        {
            case null:
                return 0;
            case string text:
                SetText(cell, text);
                return text.Length;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                break;
            case DateTime time:
                cell.SetValue(time);
                break;
            default:
                var number = Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
                cell.SetValue(number);
                cell.Style.NumberFormat.Format = Formats[(int)kind];
                return number.ToString("#,##0.00").Length + 2;
        }
        cell.Style.NumberFormat.Format = Formats[(int)ReportColumnKind.Date];
        return 10;
    }

    /// <summary>Text is always a text cell; one that looks like a formula also gets Excel's quote prefix.</summary>
    private static void SetText(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        if (FormulaText.LooksLikeFormula(text))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim();
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
