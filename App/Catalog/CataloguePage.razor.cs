using Microsoft.AspNetCore.Components;
using MudBlazor;
using SellerConsole.Live;

namespace SellerConsole.Catalog;

public sealed partial class CataloguePage
{
    private static readonly (string Text, BuyBoxState? Value)[] BuyBoxChoices =
        [("Won", BuyBoxState.Won), ("Lost", BuyBoxState.Lost), ("No buy box", BuyBoxState.None), ("Not synced", BuyBoxState.Unknown)];

    /// <summary>The grid's column (its row property) to the sort key <see cref="CatalogQueries"/> and the API use.</summary>
    private static readonly Dictionary<string, string> SortKeys = new(StringComparer.Ordinal)
    {
        [nameof(CatalogRow.Sku)] = "sku",
        [nameof(CatalogRow.Asin)] = "asin",
        [nameof(CatalogRow.Title)] = "title",
        [nameof(CatalogRow.PricePence)] = "price",
        [nameof(CatalogRow.BuyBoxPricePence)] = "buyBoxPrice",
        [nameof(CatalogRow.Quantity)] = "quantity",
        [nameof(CatalogRow.OfferCount)] = "offerCount",
        [nameof(CatalogRow.SalesRank)] = "salesRank",
        [nameof(CatalogRow.Status)] = "status",
    };

    private MudDataGrid<CatalogRow> _grid = default!;
    private int _total;
    private string? _search;
    private BuyBoxState? _buyBox;
    private bool? _inStock;
    private bool? _withIssues;

    [Inject] private CatalogQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

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

    // The grid asks for one page at a time: filtering, sorting and paging all happen in SQL.
    private async Task<GridData<CatalogRow>> LoadAsync(GridState<CatalogRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var page = await Queries.PageAsync(
            new CatalogFilter(_search, _buyBox, _inStock, _withIssues),
            sort is not null && SortKeys.TryGetValue(sort.SortBy, out var key) ? key : null, sort?.Descending == true,
            state.Page * state.PageSize, state.PageSize, cancellationToken);
        _total = page.Total;
        // The grid re-renders itself with the rows; the count above it is this page's to refresh.
        StateHasChanged();
        return new GridData<CatalogRow> { Items = page.Rows, TotalItems = page.Total };
    }

    private Task SearchAsync(string? search) => FilterAsync(() => _search = search);

    private async Task FilterAsync(Action change)
    {
        change();
        // A new filter starts from its first page; a filter that still matches the current page would otherwise keep it.
        if (_grid.CurrentPage != 0)
        {
            _grid.NavigateTo(Page.First);
        }
        await _grid.ReloadServerData();
    }

    private void Open(CatalogRow row) => Navigation.NavigateTo($"/catalogue/{Uri.EscapeDataString(row.Sku)}");

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        // A sync changed listings: reload the page the owner is looking at, keeping its position and sort.
        if (liveEvent is ListingsUpdated)
        {
            await _grid.ReloadServerData();
            return true;
        }
        return false;
    }
}
