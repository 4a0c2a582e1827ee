using Microsoft.AspNetCore.Components;
using SellerConsole.Reports.Export;
using SellerConsole.Reports.Profit;
using SellerConsole.Shared;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Reports.Pages;

public sealed partial class ProfitReportPage
{
    private static readonly (string Key, string Label)[] Presets =
    [
        ("7", "Last 7 days"), ("30", "Last 30 days"), ("this-month", "This month"), ("last-month", "Last month"),
        ("365", "Last 12 months"), ("custom", "Custom"),
    ];

    private string _preset = "30";
    private DateTime? _from;
    private DateTime? _to;
    private ProfitGrouping _by = ProfitGrouping.Sku;
    private ProfitReport? _report;
    private ReportSection _section = default!;
    private string? _error;

    // The index page, a digest's link or a bookmark can open a period: ?from=yyyy-MM-dd&to=yyyy-MM-dd.
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }

    [Inject] private ProfitReportService Reports { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private DateOnly Today => ReportPeriod.UkDay(Clock.GetUtcNow().UtcDateTime);

    // A year of orders takes a second or two to cost: build it once, for the interactive render, not again for the prerender.
    protected override Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive) return Task.CompletedTask;
        return ParseDay(From) is { } from && ParseDay(To) is { } to
            ? CustomAsync(from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MinValue))
            : PresetChangedAsync(_preset);
    }

    private static DateOnly? ParseDay(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    private Task PresetChangedAsync(string preset)
    {
        _preset = preset;
        var today = Today;
        (DateOnly From, DateOnly To)? range = preset switch
        {
            "this-month" => (new DateOnly(today.Year, today.Month, 1), today),
            "last-month" => (new DateOnly(today.Year, today.Month, 1).AddMonths(-1), new DateOnly(today.Year, today.Month, 1).AddDays(-1)),
            "custom" => null,
            _ => (today.AddDays(1 - int.Parse(preset)), today),
        };
        if (range is { } r)
        {
            (_from, _to) = (r.From.ToDateTime(TimeOnly.MinValue), r.To.ToDateTime(TimeOnly.MinValue));
        }
        return LoadAsync();
    }

    private Task CustomAsync(DateTime? from, DateTime? to)
    {
        (_from, _to, _preset) = (from, to, "custom");
        return LoadAsync();
    }

    private Task GroupingChangedAsync(ProfitGrouping by)
    {
        _by = by;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        ProfitReportRequest.TryParse(Day(_from), Day(_to), _by.ToString(), Today, out var period, out var by, out var errors);
        if (period is null || _from is null || _to is null)
        {
            // Keep the last good report on screen: a half-entered range loses nothing.
            _error = _from is null || _to is null ? "Choose both a start and an end day." : string.Join(" ", errors.Values.Select(v => v[0]));
            return;
        }
        _error = null;
        _report = await Reports.BuildAsync(period, by, CancellationToken.None);
        _section = ProfitReportDefinition.Document(_report).Sections[0];
    }

    private static string? Day(DateTime? day) => day?.ToString("yyyy-MM-dd");

    private string DownloadUrl(string format) => _report is null ? "#"
        : $"/api/v1/reports/profit?from={_report.Period.From:yyyy-MM-dd}&to={_report.Period.To:yyyy-MM-dd}&by={_report.By.ToString().ToLowerInvariant()}&format={format}";

    private static string Percent(decimal? margin) => ProfitReportPrint.Percent(margin);

    private ChartSpec ProfitChart => ProfitReportPrint.Chart(_report!);
}
