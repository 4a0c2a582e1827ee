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

    private MudDataGrid<CatalogRow>? _grid;
    private int _total;
    private string? _search;
    private BuyBoxState? _buyBox;
    private bool? _inStock;
    private bool? _withIssues;

    [Inject] private CatalogQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    // The filters live in the address (?q=drill&buybox=lost&stock=out&issues=yes): a reload, a bookmark, a
    // shared link and the dashboard's links all open the catalogue exactly as filtered.
    [SupplyParameterFromQuery(Name = "q")] public string? SearchQuery { get; set; }
    [SupplyParameterFromQuery(Name = "buybox")] public string? BuyBoxQuery { get; set; }
    [SupplyParameterFromQuery(Name = "stock")] public string? StockQuery { get; set; }
    [SupplyParameterFromQuery(Name = "issues")] public string? IssuesQuery { get; set; }

    private CatalogFilter Filter => new(_search, _buyBox, _inStock, _withIssues);

    protected override async Task OnParametersSetAsync()
    {
        var before = Filter;
        _search = string.IsNullOrWhiteSpace(SearchQuery) ? null : SearchQuery;
        _buyBox = Enum.TryParse<BuyBoxState>(BuyBoxQuery, ignoreCase: true, out var state) && Enum.IsDefined(state) ? state : null;
        _inStock = StockQuery?.ToLowerInvariant() switch { "in" => true, "out" => false, _ => null };
        _withIssues = IssuesQuery?.ToLowerInvariant() switch { "yes" => true, "no" => false, _ => null };
        // Back and forward change the address without a filter event: the grid follows it.
        if (_grid is not null && Filter != before)
        {
            await ReloadFromFirstPageAsync();
        }
    }

    // The grid asks for one page at a time: filtering, sorting and paging all happen in SQL.
    private async Task<GridData<CatalogRow>> LoadAsync(GridState<CatalogRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var page = await Queries.PageAsync(
            Filter,
            sort is not null && SortKeys.TryGetValue(sort.SortBy, out var key) ? key : null, sort?.Descending == true,
            state.Page * state.PageSize, state.PageSize, cancellationToken);
        _total = page.Total;
        // The grid re-renders itself with the rows; the count above it is this page's to refresh.
        StateHasChanged();
        return new GridData<CatalogRow> { Items = page.Rows, TotalItems = page.Total };
    }

    // Kept as typed (the query trims): trimming here would eat the space of "cordless drill" mid-word.
    private Task SearchAsync(string? search) => FilterAsync(() => _search = string.IsNullOrWhiteSpace(search) ? null : search);

    private async Task FilterAsync(Action change)
    {
        change();
        // Replace, not push: each keystroke of a search is not a step the Back button should walk through.
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["q"] = _search,
            ["buybox"] = _buyBox?.ToString().ToLowerInvariant(),
            ["stock"] = _inStock switch { true => "in", false => "out", null => null },
            ["issues"] = _withIssues switch { true => "yes", false => "no", null => null },
        }), replace: true);
        await ReloadFromFirstPageAsync();
    }

    private async Task ReloadFromFirstPageAsync()
    {
        if (_grid is null)
        {
            return;
        }
        // A new filter starts from its first page; a filter that still matches the current page would otherwise keep it.
        if (_grid.CurrentPage != 0)
        {
            _grid.NavigateTo(Page.First);
        }
        await _grid.ReloadServerData();
    }

    /// <summary>The filter in words, for the bulk repricing dialog; empty when nothing is filtered.</summary>
    private string FilterText => string.Join(", ", new[]
    {
        _search is { } q ? $"search '{q.Trim()}'" : null,
        _buyBox is { } b ? $"buy box: {BuyBoxChoices.First(c => c.Value == b).Text.ToLowerInvariant()}" : null,
        _inStock switch { true => "in stock", false => "out of stock", null => null },
        _withIssues switch { true => "with Amazon issues", false => "without Amazon issues", null => null },
    }.OfType<string>());

    /// <summary>Repricing settings for every listing the filter matches (not only the page shown).</summary>
    private async Task BulkRepricingAsync()
    {
        var skus = await Queries.SkusAsync(Filter, CancellationToken.None);
        var parameters = new DialogParameters<Pricing.Pages.BulkRepricingDialog>
        {
            { d => d.Skus, skus },
            { d => d.FilterText, FilterText },
        };
        var dialog = await Dialogs.ShowAsync<Pricing.Pages.BulkRepricingDialog>("Repricing for these listings", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true });
        if (await dialog.Result is { Canceled: false, Data: int updated })
        {
            Snackbar.Add($"Repricing settings changed for {updated:N0} SKU(s). The next pass uses them.", Severity.Success);
        }
    }

    private void Open(CatalogRow row) => Navigation.NavigateTo($"/catalogue/{Uri.EscapeDataString(row.Sku)}");

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        // A sync changed listings: reload the page the owner is looking at, keeping its position and sort.
        if (liveEvent is ListingsUpdated && _grid is not null)
        {
            await _grid.ReloadServerData();
            return true;
        }
        return false;
    }
}
