using Microsoft.AspNetCore.Components;
using SellerConsole.Reports.Profit;

namespace SellerConsole.Reports.Pages;

/// <summary>
/// The page of every report after profit and loss: the same <see cref="BuiltReport"/> the API prints
/// and writes to files, drawn with the same table markup. ?from=&amp;to= (yyyy-MM-dd) opens a period.
/// </summary>
public sealed partial class ReportKindPage
{
    private static readonly (string Format, string Label, string Icon)[] Downloads =
    [
        ("xlsx", "Excel", MudBlazor.Icons.Custom.FileFormats.FileExcel),
        ("csv", "CSV", MudBlazor.Icons.Material.Filled.Download),
        ("pdf", "PDF", MudBlazor.Icons.Custom.FileFormats.FilePdf),
    ];

    private IReportKind? _kind;
    private string _preset = "30";
    private DateTime? _from;
    private DateTime? _to;
    private BuiltReport? _built;
    private ReportPeriod? _period;
    private string? _error;

    [Parameter] public string Kind { get; set; } = "";
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [Inject] private IEnumerable<IReportKind> Kinds { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private DateOnly Today => ReportPeriod.UkDay(Clock.GetUtcNow().UtcDateTime);

    protected override Task OnParametersSetAsync()
    {
        _kind = Kinds.FirstOrDefault(k => string.Equals(k.Kind, Kind, StringComparison.OrdinalIgnoreCase));
        if (_kind is null || !RendererInfo.IsInteractive)
        {
            return Task.CompletedTask;
        }
        if (DateOnly.TryParse(From, out var from) && DateOnly.TryParse(To, out var to))
        {
            return CustomAsync(from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MinValue));
        }
        return PresetChangedAsync(_preset);
    }

    private Task PresetChangedAsync(string preset)
    {
        _preset = preset;
        if (ReportPresets.Range(preset, Today) is { } r)
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

    private async Task LoadAsync()
    {
        ProfitReportRequest.TryParse(_from?.ToString("yyyy-MM-dd"), _to?.ToString("yyyy-MM-dd"), null, Today, out var period, out _, out var errors);
        if (period is null || _from is null || _to is null)
        {
            // The last good report stays on screen: a half-entered range loses nothing.
            _error = _from is null || _to is null ? "Choose both a start and an end day." : string.Join(" ", errors.Values.Select(v => v[0]));
            return;
        }
        _error = null;
        _period = period;
        _built = await _kind!.BuildAsync(ReportRequest.For(_kind, period), CancellationToken.None);
    }

    private string DownloadUrl(string format) => _period is null ? "#"
        : $"/api/v1/reports/{_kind!.Kind}?from={_period.From:yyyy-MM-dd}&to={_period.To:yyyy-MM-dd}&format={format}";
}
