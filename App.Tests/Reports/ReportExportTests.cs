using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SellerConsole.Reports.Export;
using SellerConsole.Reports.Profit;
using SellerConsole.Tests.Costing;
using static SellerConsole.Tests.Reports.ProfitShop;

namespace SellerConsole.Tests.Reports;

/// <summary>The profit report's workbook read back by an independent reader (Debian's python3-openpyxl), and its CSV.</summary>
public sealed class ReportExportTests
{
    private const string Evil = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private static ProfitReport Report()
    {
        var sku = Screws();
        var other = Screws("-SCR-NEG");
        return new ProfitReportBuilder(CostingFor(null, sku, other), new Dictionary<string, long> { [sku.Sku] = 150 }).Build(Days(2025, 2, 10, 3), ProfitGrouping.Sku,
        [
            Sale(Dates.Utc(2025, 2, 10).AddHours(9), sku.Sku, 2, 2_598, 199, Evil),
            Sale(Dates.Utc(2025, 2, 11).AddHours(9), other.Sku, 1, 299, 0, "@cheap"),
            Sale(Dates.Utc(2025, 2, 12).AddHours(9), "NOT-COSTED", 3, 3_000, 0, "+44 gadget"),
        ]);
    }

    private const string Reader = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        values = openpyxl.load_workbook(sys.argv[1], data_only=True)
        out = {"sheets": wb.sheetnames}
        for ws in wb.worksheets:
            wv = values[ws.title]
            rows = [[{"v": None if c.value is None else str(c.value), "cached": None if wv.cell(c.row, c.column).value is None else str(wv.cell(c.row, c.column).value),
                      "t": c.data_type, "fmt": c.number_format, "quote": bool(c.quotePrefix)} for c in row] for row in ws.iter_rows()]
            out[ws.title] = {"freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows}
        print(json.dumps(out))
        """;

    internal static JsonElement ReadWithOpenpyxl(byte[] workbook)
    {
        var folder = Directory.CreateTempSubdirectory("sellerconsole-xlsx-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "report.xlsx"), workbook);
            File.WriteAllText(Path.Combine(folder, "read.py"), Reader);
            // Debian's interpreter: the python3 first on PATH may be another one without python3-openpyxl.
            var start = new ProcessStartInfo("/usr/bin/python3", [Path.Combine(folder, "read.py"), Path.Combine(folder, "report.xlsx")])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static decimal? Number(JsonElement cell, string field = "v") =>
        cell.GetProperty(field).GetString() is { } s ? decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    [Fact]
    public void Openpyxl_reads_the_same_figures_as_the_page_with_formats_a_frozen_header_filters_and_formula_totals()
    {
        var report = Report();
        var book = ReadWithOpenpyxl(ReportXlsx.Write(ProfitReportDefinition.Document(report)));

        Assert.Equal(["By SKU", "Daily profit", "Not costed"], book.GetProperty("sheets").EnumerateArray().Select(s => s.GetString()));
        var sheet = book.GetProperty("By SKU");
        Assert.Equal("A5", sheet.GetProperty("freeze").GetString());
        Assert.Equal("A4:P7", sheet.GetProperty("filter").GetString());
        var rows = sheet.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToArray();
        var columns = ProfitReportDefinition.Columns(ProfitGrouping.Sku);
        Assert.Equal(columns.Select(c => c.Header), rows[3].Select(c => c.GetProperty("v").GetString()));
        int Col(string key) => columns.ToList().FindIndex(c => c.Key == key);

        foreach (var (row, i) in report.Rows.Select((r, i) => (r, i)))
        {
            var cells = rows[4 + i];
            Assert.Equal(row.Key, cells[0].GetProperty("v").GetString());
            Assert.Equal(row.Figures.Units, Number(cells[Col("units")]));
            Assert.Equal(row.Figures.Revenue, Number(cells[Col("revenue")]));
            Assert.Equal(row.Figures.HasCostedSales ? row.Figures.Profit : null, Number(cells[Col("profit")]));
            Assert.Equal(row.Figures.HasCostedSales ? row.Figures.Fees : null, Number(cells[Col("fees")]));
            Assert.Equal(row.Figures.AmazonFeeEstimate, Number(cells[Col("estimate")]));
            Assert.Equal(row.Figures.Margin is { } m ? Math.Round(m, 6) : (decimal?)null, Number(cells[Col("margin")]) is { } x ? Math.Round(x, 6) : (decimal?)null);
            Assert.Contains("£", cells[Col("revenue")].GetProperty("fmt").GetString());
            Assert.Equal("n", cells[Col("revenue")].GetProperty("t").GetString());
            Assert.Equal("s", cells[Col("label")].GetProperty("t").GetString());
        }
        var evil = rows[4 + report.Rows.ToList().FindIndex(r => r.Label == Evil)][Col("label")];
        Assert.Equal((Evil, "s", true), (evil.GetProperty("v").GetString(), evil.GetProperty("t").GetString(), evil.GetProperty("quote").GetBoolean()));

        var totals = rows[4 + report.Rows.Count];
        Assert.Equal("=SUM(D5:D7)", totals[Col("revenue")].GetProperty("v").GetString());
        // Spreadsheets add in binary floating point: a cached SUM can be 0.850000000000001.
        Assert.Equal(report.Totals.Revenue, Math.Round(Number(totals[Col("revenue")], "cached")!.Value, 2));
        Assert.Equal(report.Totals.Profit, Math.Round(Number(totals[Col("profit")], "cached")!.Value, 2));
        Assert.Equal(report.Totals.UncostedUnits, Number(totals[Col("uncostedUnits")], "cached"));
        Assert.StartsWith("=IF(", totals[Col("margin")].GetProperty("v").GetString());
        Assert.Equal(Math.Round(report.Totals.Margin!.Value, 6), Math.Round(Number(totals[Col("margin")], "cached")!.Value, 6));
        Assert.Equal("0.0%", totals[Col("margin")].GetProperty("fmt").GetString());

        var daily = book.GetProperty("Daily profit").GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToArray();
        Assert.Equal("2025-02-10 00:00:00", daily[4][0].GetProperty("v").GetString());
        Assert.Equal("dd/mm/yyyy", daily[4][0].GetProperty("fmt").GetString());
        Assert.Equal(report.Daily.Sum(d => d.Profit), Math.Round(Number(daily[4 + report.Daily.Count][2], "cached")!.Value, 2));
    }

    [Fact]
    public void The_csv_has_a_bom_en_gb_dates_plain_numbers_and_no_cell_that_runs_as_a_formula()
    {
        var report = Report();
        var bytes = ReportCsv.Write(ProfitReportDefinition.Document(report));

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Contains(lines, l => l.StartsWith("SCR-100,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",2,27.97,"));
        Assert.Contains(lines, l => l.StartsWith("'-SCR-NEG,'@cheap,1,2.99,"));
        Assert.Contains(lines, l => l.StartsWith("NOT-COSTED,'+44 gadget,3,30.00,,,,,,,,,,3,30.00,Not costed yet"));
        Assert.Contains(lines, l => l.StartsWith("10/02/2025,27.97,"));
        var total = lines.Single(l => l.StartsWith("Total,,"));
        var cells = total.Split(',');
        Assert.Equal(report.Totals.Revenue, decimal.Parse(cells[3], CultureInfo.InvariantCulture));
        Assert.Equal(report.Totals.Profit, decimal.Parse(cells[11], CultureInfo.InvariantCulture));
        Assert.DoesNotContain(lines.SelectMany(l => l.Split(',')), c => c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' || (c.StartsWith('-') && !decimal.TryParse(c, CultureInfo.InvariantCulture, out _)));
    }
}
