using Microsoft.AspNetCore.Components;
using Radzen;
using Radzen.Blazor;
using SellerConsole.Live;
using SellerConsole.Shared;

namespace SellerConsole.Orders;

public sealed partial class OrdersPage
{
    private RadzenDataGrid<Order> _grid = default!;
    private IReadOnlyList<Order>? _orders;
    private int _total;
    private bool _loading;
    private int _days = 30;
    private IReadOnlyList<DailySales> _daily = [];
    private LoadDataArgs? _lastArgs;

    [Inject] private OrderQueries Queries { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private sealed record ChartPoint(string Label, int Orders, decimal Revenue);

    private IEnumerable<ChartPoint> Points => _daily.Select(d => new ChartPoint(d.Day.ToString("d MMM"), d.Orders, Money.FromPence(d.RevenuePence)));

    // Keep about a dozen labels on the axis whatever the range.
    private double AxisStep => Math.Max(1, _days / 12);

    protected override Task OnInitializedAsync() => LoadChartAsync();

    private async Task LoadChartAsync()
    {
        var today = DateOnly.FromDateTime(UkTime.FromUtc(Clock.GetUtcNow().UtcDateTime));
        _daily = await Queries.DailyAsync(today.AddDays(1 - _days), today, CancellationToken.None);
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        _lastArgs = args;
        _loading = true;
        var page = await Queries.PageAsync(new OrderFilter(), args.Skip ?? 0, args.Top ?? 25, CancellationToken.None);
        _orders = page.Orders;
        _total = page.Total;
        _loading = false;
    }

    protected override async Task<bool> OnLiveEventAsync(LiveEvent liveEvent)
    {
        if (liveEvent is not OrdersUpdated)
        {
            return false;
        }
        await LoadChartAsync();
        if (_lastArgs is not null)
        {
            await LoadAsync(_lastArgs);
        }
        return true;
    }
}

/// <summary>The orders sync added or changed orders.</summary>
public sealed record OrdersUpdated(int Added, int Changed) : LiveEvent
{
    public override string Kind => "order.updated";
}
