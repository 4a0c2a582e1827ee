using Microsoft.AspNetCore.Components;
using MudBlazor;
using SellerConsole.Catalog;
using SellerConsole.Costing.Data;
using SellerConsole.Costing.Margins;
using SellerConsole.Live;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Pages;

public sealed partial class MarginsPage
{
    public MarginsPage() => _load = LoadAsync;

    // The grid sorts by property name; MarginsQuery sorts by its API column names.
    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.Ordinal)
    {
        [nameof(MarginRow.Sku)] = "sku",
        [nameof(MarginRow.Title)] = "title",
        [nameof(MarginRow.PricePence)] = "price",
        [nameof(MarginRow.LandedCost)] = "landed",
        [nameof(MarginRow.Profit)] = "profit",
        [nameof(MarginRow.Margin)] = "margin",
        [nameof(MarginRow.BreakEven)] = "breakEven",
        [nameof(MarginRow.TargetPrice)] = "targetPrice",
    };

    private MudDataGrid<MarginRow> _grid = default!;
    // One delegate for the page's life: a new one each render would look like a new data source to the grid.
    private readonly Func<GridState<MarginRow>, CancellationToken, Task<GridData<MarginRow>>> _load;
    private MarginPage? _page;
    private int _total;
    private string? _search;
    private MarginFlag? _flag;

    [Inject] private MarginsQuery Margins { get; set; } = default!;

    /// <summary>Links from the dashboard open the page on one flag, e.g. ?flag=UnderTarget.</summary>
    [SupplyParameterFromQuery(Name = "flag")] public string? FlagQuery { get; set; }

    protected override void OnInitialized() =>
        _flag = Enum.TryParse<MarginFlag>(FlagQuery, ignoreCase: true, out var flag) && Enum.IsDefined(flag) ? flag : null;

    private async Task<GridData<MarginRow>> LoadAsync(GridState<MarginRow> state, CancellationToken ct)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var column = sort is not null && SortColumns.TryGetValue(sort.SortBy, out var c) ? c : null;
        _page = await Margins.PageAsync(new MarginFilter(_search, _flag), column, sort?.Descending == true, state.Page * state.PageSize, state.PageSize, ct);
        _total = _page.Total;
        StateHasChanged(); // the summary and count above the grid are the page's, not the grid's
        return new GridData<MarginRow> { Items = _page.Rows, TotalItems = _page.Total };
    }

    private Task SearchAsync(string? value)
    {
        _search = value;
        return _grid.ReloadServerData();
    }

    private Task FlagAsync(MarginFlag? value)
    {
        _flag = value;
        return _grid.ReloadServerData();
    }

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        // Costs or prices changed: reload the page in view, keeping its position and sort.
        if (liveEvent is CostsChanged or ListingsUpdated)
        {
            await _grid.ReloadServerData();
            return true;
        }
        return false;
    }

    private static string FlagText(MarginFlag flag) => flag switch
    {
        MarginFlag.UnderTarget => "Under target margin",
        MarginFlag.LossMaking => "Losing money",
        MarginFlag.MissingCosts => "Not costed yet",
        MarginFlag.CannotCost => "Cannot be costed",
        _ => "No price",
    };

    private static string Pounds(decimal? amount) => amount is { } a ? Money.Format(a) : "—";
}
