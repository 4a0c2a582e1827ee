using System.IO.Compression;
using System.Text;

namespace SellerConsole.Tests.Costing.Import;

/// <summary>
/// Hostile .xlsx files from the security review, built in memory so the repository holds no bombs:
/// a tiny workbook with a cell at column ZZZZZZ, and a shared-strings part that unzips to far more
/// than its packed size.
/// </summary>
internal static class HostileFiles
{
    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
        """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>""" +
        """<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" +
        """<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""" +
        """<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""";

    private const string Rels =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string Workbook =
        """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""" +
        """<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""";

    private const string WorkbookRels =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>""" +
        """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""";

    /// <summary>A sheet whose rows are the given &lt;row&gt; elements (and an optional &lt;dimension&gt;).</summary>
    public static string Sheet(string rows, string? dimension = null) =>
        """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""" +
        (dimension is null ? "" : $"""<dimension ref="{dimension}"/>""") + $"<sheetData>{rows}</sheetData></worksheet>";

    /// <summary>The review's 1.9 KB file: a header cell, then a number at ZZZZZZ2.</summary>
    public static byte[] FarColumn() => Xlsx(Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>Code</t></is></c></row><row r="2"><c r="ZZZZZZ2"><v>1</v></c></row>"""));

    /// <summary>A shared-strings part of one repeated string, <paramref name="unzippedMegabytes"/> long unzipped.</summary>
    public static byte[] SharedStringsBomb(int unzippedMegabytes) => Xlsx(
        Sheet("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>"""),
        part =>
        {
            part.Write("""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""u8);
            var item = Encoding.ASCII.GetBytes($"<si><t>{new string('A', 1000)}</t></si>");
            var one = new byte[item.Length * 1024];
            for (var i = 0; i < 1024; i++)
            {
                item.CopyTo(one, i * item.Length);
            }
            for (long written = 0; written < unzippedMegabytes * 1024L * 1024; written += one.Length)
            {
                part.Write(one);
            }
            part.Write("</sst>"u8);
        });

    public static byte[] Xlsx(string sheet, Action<Stream>? sharedStrings = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, Action<Stream> write)
            {
                using var part = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                write(part);
            }
            Add("[Content_Types].xml", s => s.Write(Encoding.UTF8.GetBytes(ContentTypes)));
            Add("_rels/.rels", s => s.Write(Encoding.UTF8.GetBytes(Rels)));
            Add("xl/workbook.xml", s => s.Write(Encoding.UTF8.GetBytes(Workbook)));
            Add("xl/_rels/workbook.xml.rels", s => s.Write(Encoding.UTF8.GetBytes(WorkbookRels)));
            Add("xl/worksheets/sheet1.xml", s => s.Write(Encoding.UTF8.GetBytes(sheet)));
            Add("xl/sharedStrings.xml", sharedStrings ?? (s => s.Write(
                """<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Code</t></si></sst>"""u8)));
        }
        return buffer.ToArray();
    }
}
