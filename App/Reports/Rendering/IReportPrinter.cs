namespace SellerConsole.Reports.Rendering;

/// <summary>What a printed page carries in Chromium's margin: the report's name and period on top, page numbers below.</summary>
public sealed record PrintHeader(string Title, string Period, bool Landscape = true);

/// <summary>
/// Turns self-contained HTML (inline styles and SVG, nothing fetched) into a PDF or a PNG. Reports print
/// through it; digests use <see cref="PngAsync"/> for chart images. One implementation drives headless
/// Chromium (<see cref="ChromiumPrinter"/>).
/// </summary>
public interface IReportPrinter
{
    /// <summary>An A4 PDF of the HTML, with the header and "Page n of m" in every page's margin.</summary>
    Task<byte[]> PdfAsync(string html, PrintHeader header, CancellationToken cancellationToken);

    /// <summary>A PNG of the HTML laid out in a viewport of the given CSS pixels (the image has that size).</summary>
    Task<byte[]> PngAsync(string html, int width, int height, CancellationToken cancellationToken);
}
