using MudBlazor;
using SellerConsole.Shell;

namespace SellerConsole.Reports.Rendering;

/// <summary>
/// The print stylesheet, inlined into the printed document (Chromium fetches nothing). Colours come
/// from the app's light theme as the same --mud-palette-* variables the page uses. Table headers
/// repeat on every page (table-header-group), rows do not split, headings stay with their tables.
/// </summary>
public static class PrintStyles
{
    public static string Css { get; } = Palette(SellerTheme.Theme.PaletteLight) + """
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 8pt; color: var(--mud-palette-text-primary); background: #fff; }
        h1 { font-size: 16pt; margin: 0 0 2pt; }
        h2 { font-size: 11pt; margin: 12pt 0 4pt; break-after: avoid; }
        .period, .intro, .notes { color: var(--mud-palette-text-secondary); margin: 0 0 6pt; }
        .notes { font-size: 9pt; padding: 6pt 8pt; border-left: 3pt solid var(--mud-palette-warning); background: var(--mud-palette-background); }
        .summary { display: flex; flex-wrap: wrap; gap: 6pt; margin: 6pt 0 8pt; }
        .summary > div { border: 0.75pt solid var(--mud-palette-lines-default); border-radius: 4pt; padding: 4pt 8pt; min-width: 32mm; break-inside: avoid; }
        .summary .label { font-size: 7pt; text-transform: uppercase; letter-spacing: 0.05em; color: var(--mud-palette-text-secondary); }
        .summary .value { font-size: 12pt; font-weight: 700; }
        .summary .note { font-size: 7pt; color: var(--mud-palette-text-secondary); }
        figure { margin: 4pt 0 8pt; break-inside: avoid; }
        figcaption { font-size: 7pt; text-transform: uppercase; letter-spacing: 0.05em; color: var(--mud-palette-text-secondary); }
        svg.chart { width: 100%; height: auto; }
        svg .grid { stroke: var(--mud-palette-lines-default); stroke-width: 1; }
        svg .zero { stroke: var(--mud-palette-text-secondary); stroke-width: 1; }
        svg .axis { font-size: 10px; fill: var(--mud-palette-text-secondary); }
        table { width: 100%; border-collapse: collapse; }
        thead { display: table-header-group; }
        tfoot { display: table-row-group; }
        tr { break-inside: avoid; }
        th { text-align: left; font-weight: 700; background: var(--mud-palette-background); border-bottom: 1pt solid var(--mud-palette-lines-default); }
        th, td { padding: 2pt 4pt; vertical-align: top; overflow-wrap: normal; word-break: normal; }
        td { border-bottom: 0.5pt solid var(--mud-palette-table-lines); }
        .num { text-align: right; white-space: nowrap; }
        .text { max-width: 60mm; min-width: 24mm; }
        table { font-size: 7.5pt; }
        th:first-child, td:first-child { white-space: nowrap; }
        .loss { color: var(--mud-palette-error); }
        tfoot td { font-weight: 700; border-top: 1pt solid var(--mud-palette-text-secondary); }
        .mud-chip { display: inline-block; border: 0.75pt solid var(--mud-palette-warning); color: var(--mud-palette-warning); border-radius: 6pt; padding: 0 4pt; font-size: 7pt; }
        """;

    private static string Palette(Palette p) =>
        $":root {{ --mud-palette-primary: {p.Primary.Value}; --mud-palette-secondary: {p.Secondary.Value}; --mud-palette-tertiary: {p.Tertiary.Value}; " +
        $"--mud-palette-success: {p.Success.Value}; --mud-palette-warning: {p.Warning.Value}; --mud-palette-error: {p.Error.Value}; --mud-palette-info: {p.Info.Value}; " +
        $"--mud-palette-text-primary: {p.TextPrimary.Value}; --mud-palette-text-secondary: {p.TextSecondary.Value}; --mud-palette-background: {p.Background.Value}; " +
        $"--mud-palette-lines-default: {p.LinesDefault.Value}; --mud-palette-table-lines: {p.TableLines.Value}; }}\n";
}
