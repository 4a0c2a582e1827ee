using Microsoft.AspNetCore.Components;
using SellerConsole.Live;
using SellerConsole.Shared;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Competition;

public sealed partial class ListingHistoryCharts
{
    private static readonly HistorySeries[] PriceSeries = [HistorySeries.OurPrice, HistorySeries.BuyBox, HistorySeries.LowestFbm, HistorySeries.LowestFba, HistorySeries.Amazon];
    private ListingHistory? _history;
    private int _days = 90;
    private int _pointCount;

    [Parameter] public string? Sku { get; set; }
    [Parameter] public string? Asin { get; set; }
    [Inject] private HistoryQueries Queries { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private ChartSpec Prices => new()
    {
        Shape = LineShape.Step,
        Values = ValueFormat.Money,
        YTitle = "Landed",
        Height = 320,
        Zoom = true,
        Legend = true,
        Series = [.. PriceSeries.Select(s => new ChartSeriesSpec(s.Title(), Line(s), Colour(s))).Where(s => s.Data.Count > 0)],
        Markers = [.. (_history?.OurPriceChanges ?? []).Select(Marker)],
    };

    private ChartSpec Rank => new()
    {
        Shape = LineShape.Step,
        Values = ValueFormat.Count,
        YTitle = "Sales rank",
        Height = 220,
        Zoom = true,
        Series = [new("Sales rank", Line(HistorySeries.SalesRank), "var(--mud-palette-secondary)")],
    };

    private ChartSpec Offers => new()
    {
        Shape = LineShape.Step,
        Values = ValueFormat.Count,
        YTitle = "Offers",
        YMin = 0,
        Height = 220,
        Zoom = true,
        Series = [new("Offers", Line(HistorySeries.OfferCount), "var(--mud-palette-tertiary)")],
    };

    // One theme colour per series, so the same series looks the same on every listing and in both themes.
    private static string Colour(HistorySeries series) => series switch
    {
        HistorySeries.OurPrice => "var(--mud-palette-primary)",
        HistorySeries.BuyBox => "var(--mud-palette-error)",
        HistorySeries.LowestFbm => "var(--mud-palette-warning)",
        HistorySeries.LowestFba => "var(--mud-palette-success)",
        _ => "var(--mud-palette-info)",
    };

    private static ChartMarker Marker(PriceChange change) => change.ToPence is { } to
        ? new ChartMarker(change.Utc, Money.FromPence(to), $"Our price to {Money.FormatPence(to)}", "var(--mud-palette-primary)")
        : new ChartMarker(change.Utc, null, "Our offer withdrawn", "var(--mud-palette-primary)");

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task RangeChangedAsync(int days)
    {
        _days = days;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        DateTime? from = _days == 0 ? null : now.AddDays(-_days);
        _history = Sku is { Length: > 0 } sku
            ? await Queries.ForSkuAsync(sku, null, from, now, CancellationToken.None)
            : Asin is { Length: > 0 } asin ? await Queries.ForAsinAsync(asin, null, null, from, now, CancellationToken.None) : null;
        _pointCount = _history?.Series.Sum(s => s.Points.Count(p => p.Value is not null)) ?? 0;
    }

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        if (liveEvent is HistoryUpdated updated && _history is { } h && updated.Asins.Contains(h.Asin))
        {
            await LoadAsync();
            return true;
        }
        return false;
    }

    // Gaps (no offer, no rank) become nulls that break the line; a value still holding is carried to the window's end so the step reaches "now".
    private IReadOnlyList<ChartDatum> Line(HistorySeries series) =>
        _history?.Series.FirstOrDefault(s => s.Series == series) is { Points.Count: > 0 } line
            ? ChartSegments.Line(line.Points, series.IsMoney() ? 100d : 1d, _history.To)
            : [];
}
