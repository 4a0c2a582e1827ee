using Microsoft.AspNetCore.Components;
using MudBlazor;
using SellerConsole.Live;
using SellerConsole.Shared;
using SellerConsole.Shell.Charts;

namespace SellerConsole.Orders;

public sealed partial class OrdersPage
{
    private MudDataGrid<Order>? _grid;
    private int _days = 30;
    private IReadOnlyList<DailySales> _daily = [];

    [Inject] private OrderQueries Queries { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

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

    protected override Task OnInitializedAsync() => LoadChartAsync();

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
        var page = await Queries.PageAsync(new OrderFilter(), state.Page * state.PageSize, state.PageSize, cancellationToken);
        return new GridData<Order> { Items = page.Orders, TotalItems = page.Total };
    }

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        if (liveEvent is not OrdersUpdated)
        {
            return false;
        }
        await LoadChartAsync();
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
