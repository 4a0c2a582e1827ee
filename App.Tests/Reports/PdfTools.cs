using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SellerConsole.Tests.Reports;

/// <summary>Reads a PDF back with poppler-utils (pdfinfo, pdftotext): an independent reader of what Chromium printed.</summary>
internal static partial class PdfTools
{
    public static int Pages(byte[] pdf) =>
        int.Parse(PagesLine().Match(Run("pdfinfo", pdf)).Groups[1].Value);

    /// <summary>The text of one page (1-based), or of the whole document, laid out as printed.</summary>
    public static string Text(byte[] pdf, int? page = null) =>
        Run("pdftotext", pdf, page is { } p ? ["-layout", "-f", $"{p}", "-l", $"{p}"] : ["-layout"], "-");

    private static string Run(string tool, byte[] pdf, string[]? options = null, string? output = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sellerconsole-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var option in options ?? []) start.ArgumentList.Add(option);
            start.ArgumentList.Add(file);
            if (output is not null) start.ArgumentList.Add(output);
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
