using Microsoft.AspNetCore.Components;
using Radzen;
using Radzen.Blazor;
using SellerConsole.Catalog;
using SellerConsole.Costing.Data;
using SellerConsole.Costing.Margins;
using SellerConsole.Live;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Pages;

public sealed partial class MarginsPage
{
    private static readonly object[] FlagChoices =
    [
        new { Text = "Under target margin", Value = (MarginFlag?)MarginFlag.UnderTarget },
        new { Text = "Losing money", Value = (MarginFlag?)MarginFlag.LossMaking },
        new { Text = "Missing costs", Value = (MarginFlag?)MarginFlag.MissingCosts },
        new { Text = "Cannot be costed", Value = (MarginFlag?)MarginFlag.CannotCost },
        new { Text = "No price", Value = (MarginFlag?)MarginFlag.NoPrice },
    ];

    private RadzenDataGrid<MarginRow> _grid = default!;
    private IReadOnlyList<MarginRow>? _rows;
    private MarginPage? _page;
    private int _total;
    private bool _loading;
    private string? _search;
    private MarginFlag? _flag;
    private LoadDataArgs? _lastArgs;

    [Inject] private MarginsQuery Margins { get; set; } = default!;

    /// <summary>Links from the dashboard open the page on one flag, e.g. ?flag=UnderTarget.</summary>
    [SupplyParameterFromQuery(Name = "flag")] public string? FlagQuery { get; set; }

    protected override void OnInitialized() =>
        _flag = Enum.TryParse<MarginFlag>(FlagQuery, ignoreCase: true, out var flag) && Enum.IsDefined(flag) ? flag : null;

    private async Task LoadAsync(LoadDataArgs args)
    {
        _lastArgs = args;
        _loading = true;
        var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null);
        _page = await Margins.PageAsync(new MarginFilter(_search, _flag), sort?.Property, sort?.SortOrder == SortOrder.Descending,
            args.Skip ?? 0, args.Top ?? 50, CancellationToken.None);
        _rows = _page.Rows;
        _total = _page.Total;
        _loading = false;
    }

    private Task RefreshAsync() => _grid.FirstPage(true);

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        // Costs or prices changed: reload the page in view, keeping its position and sort.
        if (liveEvent is CostsChanged or ListingsUpdated && _lastArgs is not null)
        {
            await LoadAsync(_lastArgs);
            return true;
        }
        return false;
    }

    private static string Pounds(decimal? amount) => amount is { } a ? Money.Format(a) : "—";
}
