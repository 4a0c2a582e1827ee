using System.Text;
using System.Text.Json;

namespace SellerConsole.Tests.Reports;

/// <summary>One report fetched from the API in every format and read back: JSON, the CSV's lines, the workbook through openpyxl, the PDF's text.</summary>
internal sealed record ReportDownloads(JsonElement Json, string[] CsvLines, JsonElement Workbook, string PdfText, int PdfPages)
{
    public static async Task<ReportDownloads> GetAsync(HttpClient client, string url, string fileStem)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url));

        var csv = await client.GetAsync(url + "&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileStem + ".csv", FileName(csv));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        // Formula injection: no cell of any line starts a formula.
        Assert.DoesNotContain(lines, l => l.Length > 0 && l[0] is '=' or '+' or '@');

        var xlsx = await client.GetAsync(url + "&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileStem + ".xlsx", FileName(xlsx));
        var book = ReportExportTests.ReadWithOpenpyxl(await xlsx.Content.ReadAsByteArrayAsync());

        var pdf = await client.GetAsync(url + "&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileStem + ".pdf", FileName(pdf));
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();
        return new ReportDownloads(json.RootElement.Clone(), lines, book, PdfTools.Text(pdfBytes), PdfTools.Pages(pdfBytes));
    }

    private static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;

    /// <summary>A sheet's rows as cells (each with v = value as text, cached = formula result, t = type, fmt = number format).</summary>
    public JsonElement[][] Sheet(string name) =>
        Workbook.GetProperty(name).GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToArray();

    public JsonElement[] SheetRow(string name, string firstCell) =>
        Sheet(name).Single(r => r.Length > 0 && r[0].GetProperty("v").GetString() == firstCell);

    public static decimal? Number(JsonElement cell, string field = "v") =>
        cell.GetProperty(field).GetString() is { } s ? decimal.Parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The CSV line of a section's row whose first cell is <paramref name="first"/>.</summary>
    public string[] CsvRow(string first) => CsvLines.First(l => l.StartsWith(first + ",", StringComparison.Ordinal)).Split(',');
}
