using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Shared;

namespace SellerConsole.Orders;

public sealed record OrderFilter(DateTime? FromUtc = null, DateTime? ToUtc = null, string? Status = null, string? Sku = null);

public sealed record OrderPage(IReadOnlyList<Order> Orders, int Total);

/// <summary>Orders and revenue on one UK calendar day (cancelled orders excluded).</summary>
public sealed record DailySales(DateOnly Day, int Orders, int Units, long RevenuePence);

public sealed class OrderQueries(IDbContextFactory<SellerDb> dbs)
{
    public async Task<OrderPage> PageAsync(OrderFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var query = Filter(db.Orders.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var orders = await query.OrderByDescending(o => o.PurchasedUtc).ThenByDescending(o => o.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500))
            .Include(o => o.Lines)
            .ToListAsync(cancellationToken);
        return new OrderPage(orders, total);
    }

    /// <summary>One entry per UK day in [fromDay, toDay], zero-filled, so charts have no holes.</summary>
    public async Task<IReadOnlyList<DailySales>> DailyAsync(DateOnly fromDay, DateOnly toDay, CancellationToken cancellationToken)
    {
        var fromUtc = TimeZoneInfo.ConvertTimeToUtc(fromDay.ToDateTime(TimeOnly.MinValue), UkTime.Zone);
        var toUtc = TimeZoneInfo.ConvertTimeToUtc(toDay.AddDays(1).ToDateTime(TimeOnly.MinValue), UkTime.Zone);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.PurchasedUtc >= fromUtc && o.PurchasedUtc < toUtc && o.Status != "Canceled")
            .Select(o => new { o.PurchasedUtc, o.TotalPence, Units = o.Lines.Sum(l => l.Quantity) })
            .ToListAsync(cancellationToken);

        var byDay = orders.GroupBy(o => DateOnly.FromDateTime(UkTime.FromUtc(o.PurchasedUtc)))
            .ToDictionary(g => g.Key, g => new DailySales(g.Key, g.Count(), g.Sum(o => o.Units), g.Sum(o => o.TotalPence)));
        var days = new List<DailySales>();
        for (var day = fromDay; day <= toDay; day = day.AddDays(1))
        {
            days.Add(byDay.GetValueOrDefault(day) ?? new DailySales(day, 0, 0, 0));
        }
        return days;
    }

    private static IQueryable<Order> Filter(IQueryable<Order> orders, OrderFilter filter)
    {
        if (filter.FromUtc is { } from) orders = orders.Where(o => o.PurchasedUtc >= from);
        if (filter.ToUtc is { } to) orders = orders.Where(o => o.PurchasedUtc < to);
        if (!string.IsNullOrWhiteSpace(filter.Status)) orders = orders.Where(o => o.Status == filter.Status);
        if (!string.IsNullOrWhiteSpace(filter.Sku)) orders = orders.Where(o => o.Lines.Any(l => l.Sku == filter.Sku));
        return orders;
    }
}
