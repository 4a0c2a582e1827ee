using Microsoft.AspNetCore.Components;
using Radzen;
using Radzen.Blazor;
using SellerConsole.Live;

namespace SellerConsole.Catalog;

public sealed partial class CataloguePage
{
    private static readonly object[] BuyBoxChoices =
    [
        new { Text = "Won", Value = (BuyBoxState?)BuyBoxState.Won },
        new { Text = "Lost", Value = (BuyBoxState?)BuyBoxState.Lost },
        new { Text = "No buy box", Value = (BuyBoxState?)BuyBoxState.None },
        new { Text = "Not synced", Value = (BuyBoxState?)BuyBoxState.Unknown },
    ];

    private static readonly object[] StockChoices = [new { Text = "In stock", Value = (bool?)true }, new { Text = "Out of stock", Value = (bool?)false }];
    private static readonly object[] IssueChoices = [new { Text = "With issues", Value = (bool?)true }, new { Text = "No issues", Value = (bool?)false }];

    private RadzenDataGrid<CatalogRow> _grid = default!;
    private IReadOnlyList<CatalogRow>? _rows;
    private int _total;
    private bool _loading;
    private string? _search;
    private BuyBoxState? _buyBox;
    private bool? _inStock;
    private bool? _withIssues;
    private LoadDataArgs? _lastArgs;

    [Inject] private CatalogQueries Queries { get; set; } = default!;

    /// <summary>Links from the dashboard open the catalogue already filtered: ?buybox=lost, ?stock=out, ?issues=yes.</summary>
    [SupplyParameterFromQuery(Name = "buybox")] public string? BuyBoxQuery { get; set; }
    [SupplyParameterFromQuery(Name = "stock")] public string? StockQuery { get; set; }
    [SupplyParameterFromQuery(Name = "issues")] public string? IssuesQuery { get; set; }

    protected override void OnInitialized()
    {
        _buyBox = Enum.TryParse<BuyBoxState>(BuyBoxQuery, ignoreCase: true, out var state) && Enum.IsDefined(state) ? state : null;
        _inStock = StockQuery?.ToLowerInvariant() switch { "in" => true, "out" => false, _ => null };
        _withIssues = IssuesQuery?.ToLowerInvariant() switch { "yes" => true, "no" => false, _ => null };
    }
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private async Task LoadAsync(LoadDataArgs args)
    {
        _lastArgs = args;
        _loading = true;
        var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null);
        var page = await Queries.PageAsync(
            new CatalogFilter(_search, _buyBox, _inStock, _withIssues),
            sort?.Property, sort?.SortOrder == SortOrder.Descending,
            args.Skip ?? 0, args.Top ?? 50, CancellationToken.None);
        _rows = page.Rows;
        _total = page.Total;
        _loading = false;
    }

    private Task RefreshAsync() => _grid.FirstPage(true);

    private void Open(CatalogRow? row)
    {
        if (row is not null)
        {
            Navigation.NavigateTo($"/catalogue/{Uri.EscapeDataString(row.Sku)}");
        }
    }

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        // A sync changed listings: reload the page the owner is looking at, keeping its position.
        if (liveEvent is ListingsUpdated && _lastArgs is not null)
        {
            await LoadAsync(_lastArgs);
            return true;
        }
        return false;
    }
}
