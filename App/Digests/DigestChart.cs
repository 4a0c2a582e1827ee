using SellerConsole.Orders;
using SellerConsole.Reports.Rendering;
using SellerConsole.Shared;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Digests;

/// <summary>
/// The digest's picture: revenue per UK day up to the digest's period (14 days for the morning digest, 28 for the
/// weekly), drawn like the dashboard's chart (<see cref="SvgChart"/>) and photographed by Chromium as a PNG, because
/// mail clients show neither scripts nor, reliably, SVG. A chart that cannot be drawn (no Chromium) leaves the digest
/// without it rather than unsent.
/// </summary>
public sealed class DigestChart(OrderQueries orders, IReportPrinter printer, ILogger<DigestChart> log)
{
    public const string ContentId = "sales-chart";
    private const int Width = 600;

    public async Task<DigestDraft> AddAsync(DigestDraft draft, CancellationToken cancellationToken)
    {
        var last = draft.Content.Period.To;
        var days = draft.Content.Kind == DigestKind.Daily ? 14 : 28;
        var sales = await orders.DailyAsync(last.AddDays(1 - days), last, cancellationToken);
        var spec = new ChartSpec
        {
            Kind = ChartKind.Bar,
            Values = ValueFormat.Money,
            Times = TimeFormat.Day,
            YMin = 0,
            Height = 220,
            Series = [new("Revenue", [.. sales.Select(d => ChartDatum.At(d.Day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Money.FromPence(d.RevenuePence)))], "var(--mud-palette-primary)")],
        };
        var caption = $"Revenue per day, last {days} days to {last:d MMM yyyy}";
        var html = $$"""<!doctype html><html><head><meta charset="utf-8"><style>{{PrintStyles.Css}} html,body{margin:0;padding:0;background:#fff}</style></head><body>{{SvgChart.Render(spec, Width, caption)}}</body></html>""";
        try
        {
            var png = await printer.PngAsync(html, Width, spec.Height, cancellationToken);
            return draft.WithInlineImage(ContentId, caption, caption, png);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "The digest's sales chart could not be drawn; the digest goes without it");
            return draft;
        }
    }
}
