using MudBlazor;
using SellerConsole.Costing.Data;

namespace SellerConsole.Costing.Pages;

public sealed partial class CostingSettingsPage
{
    // Shipping is charged per order and labour per hour: pounds or tens of pounds, never thousands.
    private const decimal ShippingLimit = 1_000m;
    private const decimal LabourLimit = 1_000m;

    private VatScheme _scheme;
    private decimal _flatPercent, _targetPercent;
    private string? _shipping;
    private int? _units;
    private string _category = "";
    private List<DatedPrice> _labour = [];
    private CostHistoryEditor _labourEditor = default!;
    private string? _error, _labourError;

    private string? FlatProblem => _scheme != VatScheme.FlatRate || _flatPercent is > 0m and < 50m ? null : "The flat rate must be more than 0% and under 50%.";

    private string? TargetProblem => _targetPercent is >= 0m and < 100m ? null : "The target margin must be from 0% to 99%.";

    private string? UnitsProblem => _units is null or (>= 1 and <= 10_000_000) ? null : "Units a month must be at least 1 (or empty).";

    protected override Task OnSnapshotAsync(bool initial)
    {
        if (initial && Snapshot is { Settings: var s } snapshot)
        {
            (_scheme, _flatPercent, _targetPercent, _units, _category) = (s.Scheme, s.FlatRate * 100m, s.TargetMargin * 100m, s.ExpectedMonthlyUnits, s.FeeCategory);
            _shipping = MoneyText.Edit(s.ShippingCharge);
            _labour = snapshot.Data.LabourRates.ToList();
        }
        return Task.CompletedTask;
    }

    private Task SaveSettingsAsync() => OnceAsync(async () =>
    {
        if (!MoneyText.TryParse(_shipping, out var shipping, out var shippingProblem, ShippingLimit))
        {
            _error = $"Shipping charged: {shippingProblem}";
            return;
        }
        _error = FlatProblem ?? TargetProblem ?? UnitsProblem;
        if (_error is not null)
        {
            return;
        }
        var settings = new CostingSettings(_scheme, _flatPercent / 100m, _targetPercent / 100m, _units, _category, shipping);
        var result = await Store.SaveSettingsAsync(settings, await ActorAsync(), CancellationToken.None);
        _error = result.Error;
        Saved(result, "Costing settings");
    });

    private Task SaveLabourAsync() => OnceAsync(async () =>
    {
        _labourError = _labourEditor.TakePending();
        if (_labourError is not null)
        {
            return;
        }
        var result = await Store.SaveLabourRatesAsync(_labour.ToArray(), await ActorAsync(), CancellationToken.None);
        _labourError = result.Error;
        Saved(result, "Labour rates");
    });

    private Task EditFeeAsync(FeeScheduleRow? row) =>
        Dialogs.ShowAsync<FeeScheduleDialog>(row is null ? "New fee schedule" : "Fee schedule",
            new DialogParameters<FeeScheduleDialog> { { d => d.Existing, row }, { d => d.DefaultCategory, _category } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true });

    private static string Pct(decimal fraction) => $"{fraction * 100m:0.####}%";
}
