using System.Globalization;
using System.Net;
using System.Text;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Reports.Rendering;

/// <summary>
/// Draws a page's <see cref="ChartSpec"/> (bars or lines, over days or categories) as inline SVG for
/// print and images: no script, nothing to wait for, so a PDF shows the same figures the page's
/// ApexCharts chart does the moment Chromium lays it out. Pure: the same spec always gives the same SVG.
/// </summary>
public static class SvgChart
{
    private const int Left = 72, Right = 12, Top = 10, Bottom = 26;
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] Palette = ["var(--mud-palette-primary)", "var(--mud-palette-secondary)", "var(--mud-palette-tertiary)", "var(--mud-palette-warning)"];

    public static string Render(ChartSpec spec, int width, string label)
    {
        var height = spec.Height;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="{Encode(label)}" class="chart">""");
        var xs = spec.Series.SelectMany(s => s.Data).Select(Key).Distinct().ToList();
        var values = spec.Series.SelectMany(s => s.Data).SelectMany(d => new[] { d.Value, d.From }).OfType<decimal>().ToList();
        if (xs.Count == 0 || !spec.HasValues)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{width / 2}" y="{height / 2}" text-anchor="middle" class="axis">Nothing to chart in this period</text></svg>""");
            return svg.ToString();
        }
        var (low, high) = (Math.Min(0m, spec.YMin ?? values.Min()), Math.Max(0m, spec.YMax ?? values.Max()));
        if (high == low) high = low + 1m;
        var (plotW, plotH) = (width - Left - Right, height - Top - Bottom);
        double Y(decimal v) => Top + (double)((high - v) / (high - low)) * plotH;
        var slot = (double)plotW / xs.Count;
        double X(int i) => Left + slot * (i + 0.5);

        for (var g = 0; g <= 4; g++)
        {
            var v = low + (high - low) * g / 4;
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" x2="{width - Right}" y1="{Y(v):0.#}" y2="{Y(v):0.#}" class="grid"/><text x="{Left - 6}" y="{Y(v) + 4:0.#}" text-anchor="end" class="axis">{Encode(Value(v, spec.Values, high - low))}</text>""");
        }
        var every = Math.Max(1, (int)Math.Ceiling(xs.Count / 8.0));
        for (var i = 0; i < xs.Count; i += every)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{X(i):0.#}" y="{height - 8}" text-anchor="middle" class="axis">{Encode(XLabel(xs[i], spec))}</text>""");
        }
        var series = spec.Series.Count;
        for (var s = 0; s < series; s++)
        {
            var colour = spec.Series[s].Colour ?? Palette[s % Palette.Length];
            var data = spec.Series[s].Data.ToDictionary(Key);
            if (spec.Kind is ChartKind.Bar or ChartKind.Waterfall)
            {
                var barW = Math.Max(0.5, slot * 0.8 / series);
                for (var i = 0; i < xs.Count; i++)
                {
                    if (data.GetValueOrDefault(xs[i]) is not { Value: { } v } d) continue;
                    var (y1, y2) = (Y(Math.Max(v, d.From ?? 0m)), Y(Math.Min(v, d.From ?? 0m)));
                    svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{X(i) - slot * 0.4 + barW * s:0.##}" y="{y1:0.##}" width="{barW:0.##}" height="{Math.Max(0.5, y2 - y1):0.##}" fill="{d.Colour ?? colour}"/>""");
                }
            }
            else
            {
                var path = new StringBuilder();
                var pen = 'M';
                for (var i = 0; i < xs.Count; i++)
                {
                    if (data.GetValueOrDefault(xs[i])?.Value is not { } v) { pen = 'M'; continue; }
                    path.Append(CultureInfo.InvariantCulture, $"{pen}{X(i):0.##},{Y(v):0.##} ");
                    pen = 'L';
                }
                svg.Append(CultureInfo.InvariantCulture, $"""<path d="{path.ToString().TrimEnd()}" fill="none" stroke="{colour}" stroke-width="2"/>""");
            }
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" x2="{width - Right}" y1="{Y(0):0.#}" y2="{Y(0):0.#}" class="zero"/></svg>""");
        return svg.ToString();
    }

    private static string Key(ChartDatum d) => d.Time is { } t ? t.ToString("o", Invariant) : d.Category ?? "";

    private static string XLabel(string key, ChartSpec spec) =>
        spec.IsTimeSeries && DateTime.TryParse(key, Invariant, DateTimeStyles.RoundtripKind, out var t)
            ? t.ToString(spec.Times == TimeFormat.Day ? "d MMM" : "d MMM HH:mm", EnGb)
            : key.Length > 14 ? key[..13] + "…" : key;

    private static string Value(decimal v, ValueFormat format, decimal range) => format switch
    {
        ValueFormat.Money when range < 20m => v.ToString("C2", EnGb),
        ValueFormat.Money => Math.Round(v, 0, MidpointRounding.AwayFromZero).ToString("C0", EnGb),
        ValueFormat.Score => v.ToString("0.#", EnGb),
        _ => Math.Round(v, 0, MidpointRounding.AwayFromZero).ToString("N0", EnGb),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
