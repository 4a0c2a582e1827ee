using Microsoft.AspNetCore.Components;
using Radzen;
using Radzen.Blazor;

namespace SellerConsole.Costing.Pages;

/// <param name="PackCost">Ex-VAT pack cost in force now (null before its first dated price).</param>
public sealed record ComponentRow(string Code, string Name, string Supplier, string SupplierCode, decimal PackSize, decimal VatPercent, decimal? PackCost, decimal? UnitCost, int Prices);

public sealed partial class ComponentsPage
{
    private RadzenDataGrid<ComponentRow> _grid = default!;
    private IReadOnlyList<ComponentRow>? _rows; // null until loaded: Radzen only calls LoadData for a grid without data
    private int _total;
    private string? _search;
    private LoadDataArgs? _last;

    [Inject] private DialogService Dialogs { get; set; } = default!;

    // Filter, sort and page the cached snapshot on the server: no SQL, and only 50 rows reach the browser.
    private void Load(LoadDataArgs args)
    {
        _last = args;
        if (Snapshot is null)
        {
            return;
        }
        var now = Now;
        IEnumerable<Component> components = Snapshot.Data.Components;
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
        var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null);
        Func<ComponentRow, object?> key = sort?.Property switch
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
        var ordered = sort?.SortOrder == SortOrder.Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        _rows = ordered.Skip(args.Skip ?? 0).Take(args.Top ?? 50).ToList();
    }

    protected override Task OnSnapshotAsync(bool initial)
    {
        // The grid may ask for rows before the first snapshot has loaded: answer it now.
        if (_last is not null)
        {
            Load(_last);
        }
        return Task.CompletedTask;
    }

    private async Task EditAsync(ComponentRow? row)
    {
        var existing = row is null ? null : Snapshot?.Catalogue.Components.FirstOrDefault(c => c.Code == row.Code);
        await Dialogs.OpenAsync<ComponentDialog>(existing is null ? "New component" : $"Component {existing.Code}",
            new Dictionary<string, object?> { [nameof(ComponentDialog.Existing)] = existing },
            new DialogOptions { Width = "640px" });
    }
}
