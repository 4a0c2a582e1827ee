using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SellerConsole.Live;
using SellerConsole.Shared;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Orders;

public sealed partial class OrdersPage
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    private MudDataGrid<Order>? _grid;
    private int _days = 30;
    private IReadOnlyList<DailySales> _daily = [];
    private IReadOnlyList<string> _statuses = [];
    private int _total;
    private string? _search;
    private string? _status;
    private DateOnly? _from;
    private DateOnly? _to;

    [Inject] private OrderQueries Queries { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    // Filters live in the address (?q=&status=&from=2026-12-01&to=2026-12-07): a reload or a shared link keeps them.
    [SupplyParameterFromQuery(Name = "q")] public string? SearchQuery { get; set; }
    [SupplyParameterFromQuery(Name = "status")] public string? StatusQuery { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? FromQuery { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? ToQuery { get; set; }

    private OrderFilter Filter => OrderFilter.ForUkDays(_from, _to, _status, _search);

    /// <summary>The export takes exactly the filters the grid shows.</summary>
    private string ExportHref => "/api/v1/orders/export" + QueryString();

    private static DateTime? AsDate(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? AsDay(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    // A UK day is drawn at its midnight; the axis and tooltips write it as a UK date.
    private static DateTime At(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private ChartSpec OrdersChart => Daily(ChartKind.Bar, ValueFormat.Count, "Orders", d => d.Orders, "var(--mud-palette-primary)");

    private ChartSpec RevenueChart => Daily(ChartKind.Area, ValueFormat.Money, "Revenue", d => Money.FromPence(d.RevenuePence), "var(--mud-palette-success)");

    private ChartSpec Daily(ChartKind kind, ValueFormat values, string name, Func<DailySales, decimal> value, string colour) => new()
    {
        Kind = kind,
        Values = values,
        Times = TimeFormat.Day,
        YMin = 0,
        Height = 200,
        Zoom = _days > 30,
        Series = [new(name, [.. _daily.Select(d => ChartDatum.At(At(d.Day), value(d)))], colour)],
    };

    protected override async Task OnInitializedAsync()
    {
        _statuses = await Queries.StatusesAsync(CancellationToken.None);
        await LoadChartAsync();
    }

    protected override async Task OnParametersSetAsync()
    {
        var before = Filter;
        _search = string.IsNullOrWhiteSpace(SearchQuery) ? null : SearchQuery;
        _status = string.IsNullOrWhiteSpace(StatusQuery) ? null : StatusQuery;
        // A hand-edited address with a bad date loses only that date.
        _from = OrdersExportApi.TryDay(FromQuery, out var from) ? from : null;
        _to = OrdersExportApi.TryDay(ToQuery, out var to) ? to : null;
        if (_grid is not null && Filter != before)
        {
            await ReloadFromFirstPageAsync();
        }
    }

    // Kept as typed (the query trims), so a pause after a space does not eat it.
    private Task SearchAsync(string? search) => FilterAsync(() => _search = string.IsNullOrWhiteSpace(search) ? null : search);

    private async Task FilterAsync(Action change)
    {
        change();
        // Replace, not push: each keystroke is not a step for the Back button.
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["q"] = _search,
            ["status"] = _status,
            ["from"] = _from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = _to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }), replace: true);
        await ReloadFromFirstPageAsync();
    }

    private async Task ReloadFromFirstPageAsync()
    {
        if (_grid is null)
        {
            return;
        }
        if (_grid.CurrentPage != 0)
        {
            _grid.NavigateTo(Page.First);
        }
        await _grid.ReloadServerData();
    }

    private string QueryString()
    {
        var parts = new List<string>();
        if (_search is not null) parts.Add("q=" + Uri.EscapeDataString(_search));
        if (_status is not null) parts.Add("status=" + Uri.EscapeDataString(_status));
        if (_from is { } f) parts.Add("from=" + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (_to is { } t) parts.Add("to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private async Task RangeChangedAsync(int days)
    {
        _days = days;
        await LoadChartAsync();
    }

    private async Task LoadChartAsync()
    {
        var today = DateOnly.FromDateTime(UkTime.FromUtc(Clock.GetUtcNow().UtcDateTime));
        _daily = await Queries.DailyAsync(today.AddDays(1 - _days), today, CancellationToken.None);
    }

    private async Task<GridData<Order>> LoadAsync(GridState<Order> state, CancellationToken cancellationToken)
    {
        var page = await Queries.PageAsync(Filter, state.Page * state.PageSize, state.PageSize, cancellationToken);
        _total = page.Total;
        StateHasChanged();
        return new GridData<Order> { Items = page.Orders, TotalItems = page.Total };
    }

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        if (liveEvent is not OrdersUpdated)
        {
            return false;
        }
        await LoadChartAsync();
        _statuses = await Queries.StatusesAsync(CancellationToken.None);
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
        return true;
    }
}

/// <summary>The orders sync added or changed orders.</summary>
public sealed record OrdersUpdated(int Added, int Changed) : LiveEvent
{
    public override string Kind => "order.updated";
}
