using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace SellerConsole.Costing.Pages;

/// <param name="PackCost">Ex-VAT pack cost in force now (null before its first dated price).</param>
public sealed record ComponentRow(string Code, string Name, string Supplier, string SupplierCode, decimal PackSize, decimal VatPercent, decimal? PackCost, decimal? UnitCost, int Prices);

public sealed partial class ComponentsPage
{
    public ComponentsPage() => _load = LoadAsync;

    private MudDataGrid<ComponentRow> _grid = default!;
    // One delegate for the page's life: a new one each render would look like a new data source to the grid.
    private readonly Func<GridState<ComponentRow>, CancellationToken, Task<GridData<ComponentRow>>> _load;
    private HashSet<ComponentRow> _selected = [];
    private int _total;
    private string? _search;

    // Filter, sort and page the cached snapshot on the server: no SQL, and only one page reaches the browser.
    private async Task<GridData<ComponentRow>> LoadAsync(GridState<ComponentRow> state, CancellationToken ct)
    {
        var snapshot = Snapshot ?? await Store.SnapshotAsync(ct);
        var now = Now;
        IEnumerable<Component> components = snapshot.Data.Components;
        if (!string.IsNullOrWhiteSpace(_search))
        {
            var term = _search.Trim();
            components = components.Where(c => c.Code.Contains(term, StringComparison.OrdinalIgnoreCase)
                || c.Name.Contains(term, StringComparison.OrdinalIgnoreCase) || c.Supplier.Contains(term, StringComparison.OrdinalIgnoreCase));
        }
        var rows = components.Select(c =>
        {
            var current = c.PackCosts.Where(p => p.EffectiveFrom <= now).MaxBy(p => p.EffectiveFrom);
            return new ComponentRow(c.Code, c.Name, c.Supplier, c.SupplierCode, c.PackSize, c.PurchaseVatRate * 100m, current?.Amount, current?.Amount / c.PackSize, c.PackCosts.Count);
        }).ToList();
        _total = rows.Count;
        var sort = state.SortDefinitions.FirstOrDefault();
        Func<ComponentRow, object?> key = sort?.SortBy switch
        {
            nameof(ComponentRow.Name) => r => r.Name,
            nameof(ComponentRow.Supplier) => r => r.Supplier,
            nameof(ComponentRow.SupplierCode) => r => r.SupplierCode,
            nameof(ComponentRow.PackSize) => r => r.PackSize,
            nameof(ComponentRow.VatPercent) => r => r.VatPercent,
            nameof(ComponentRow.PackCost) => r => r.PackCost,
            nameof(ComponentRow.UnitCost) => r => r.UnitCost,
            nameof(ComponentRow.Prices) => r => r.Prices,
            _ => r => r.Code,
        };
        var ordered = sort?.Descending == true ? rows.OrderByDescending(key) : rows.OrderBy(key);
        StateHasChanged(); // the count above the grid is the page's, not the grid's
        return new GridData<ComponentRow> { Items = ordered.Skip(state.Page * state.PageSize).Take(state.PageSize).ToList(), TotalItems = rows.Count };
    }

    private async Task SearchAsync(string? value)
    {
        _search = value;
        await _grid.ReloadServerData();
    }

    protected override async Task OnSnapshotAsync(bool initial)
    {
        if (!initial)
        {
            // Rows are records: a changed component is a new row, so drop selections of rows that changed or went.
            _selected = [];
            await _grid.ReloadServerData();
        }
    }

    private async Task EditAsync(ComponentRow? row)
    {
        var existing = row is null ? null : Snapshot?.Catalogue.Components.FirstOrDefault(c => c.Code == row.Code);
        var parameters = new DialogParameters<ComponentDialog> { { d => d.Existing, existing } };
        await Dialogs.ShowAsync<ComponentDialog>(existing is null ? "New component" : $"Component {existing.Code}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true });
    }

    private Task DeleteSelectedAsync() => OnceAsync(async () =>
    {
        var rows = _selected.Select(r => r.Code).Order(StringComparer.Ordinal).Select(c => (c, c)).ToList();
        if (await DeleteSelectedAsync(rows, "component(s)", "and their dated pack costs will be deleted. Any used in a kit or SKU are kept.",
                (code, actor) => Store.DeleteComponentAsync(code, actor, CancellationToken.None)) == 0)
        {
            return;
        }
        _selected = [];
        await _grid.ReloadServerData();
    });
}
