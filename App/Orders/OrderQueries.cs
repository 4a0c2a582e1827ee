using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Shared;

namespace SellerConsole.Orders;

/// <param name="Search">Part of an order id, or of a SKU on one of its lines (case-insensitive).</param>
public sealed record OrderFilter(DateTime? FromUtc = null, DateTime? ToUtc = null, string? Status = null, string? Sku = null, string? Search = null)
{
    /// <summary>Orders placed on UK days <paramref name="fromDay"/> to <paramref name="toDay"/>, both included.</summary>
    public static OrderFilter ForUkDays(DateOnly? fromDay, DateOnly? toDay, string? status, string? search) => new(
        fromDay is { } f ? UkTime.StartOfDayUtc(f) : null,
        toDay is { } t ? UkTime.StartOfDayUtc(t.AddDays(1)) : null,
        string.IsNullOrWhiteSpace(status) ? null : status.Trim(),
        null,
        string.IsNullOrWhiteSpace(search) ? null : search.Trim());
}

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

    /// <summary>Every order the filter matches with its lines, newest first, for an export (capped: a file, not a backup).</summary>
    public async Task<IReadOnlyList<Order>> AllAsync(OrderFilter filter, int max, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await Filter(db.Orders.AsNoTracking(), filter).OrderByDescending(o => o.PurchasedUtc).ThenByDescending(o => o.Id)
            .Take(max).Include(o => o.Lines).AsSplitQuery().ToListAsync(cancellationToken);
    }

    /// <summary>The statuses orders actually have, for the status filter.</summary>
    public async Task<IReadOnlyList<string>> StatusesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AsNoTracking().Select(o => o.Status).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
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
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Both sides lower-cased (PostgreSQL's LIKE is case-sensitive, SQLite's is not); the user's % and _ are literal.
            var pattern = "%" + filter.Search.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            orders = orders.Where(o => EF.Functions.Like(o.AmazonOrderId.ToLower(), pattern, "\\") || o.Lines.Any(l => EF.Functions.Like(l.Sku.ToLower(), pattern, "\\")));
        }
        return orders;
    }
}
