using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Marketplace.SpApi.Models;
using SellerConsole.Shared;

namespace SellerConsole.Orders;

public sealed partial class OrdersSync
{
    private async Task<(int Added, int Changed)> UpsertAsync(IReadOnlyList<MarketOrder> orders, CancellationToken ct)
    {
        if (orders.Count == 0)
        {
            return (0, 0);
        }
        var latest = orders.GroupBy(o => o.OrderId).Select(g => g.MaxBy(o => o.LastUpdatedUtc)!).ToList();
        var ids = latest.Select(o => o.OrderId).ToList();
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Orders.Include(o => o.Lines).Where(o => ids.Contains(o.AmazonOrderId)).ToDictionaryAsync(o => o.AmazonOrderId, ct);
        int added = 0, changed = 0;
        foreach (var order in latest)
        {
            var fresh = ToEntity(order);
            if (!existing.TryGetValue(order.OrderId, out var stored))
            {
                db.Orders.Add(fresh);
                added++;
            }
            // An older copy (a report snapshot read after a newer searchOrders answer) never replaces a newer one.
            else if (stored.LastUpdatedUtc <= fresh.LastUpdatedUtc && !Same(stored, fresh))
            {
                stored.Status = fresh.Status;
                stored.LastUpdatedUtc = fresh.LastUpdatedUtc;
                stored.TotalPence = fresh.TotalPence;
                stored.ShipPostcodeArea = fresh.ShipPostcodeArea;
                stored.FulfillmentChannel = fresh.FulfillmentChannel;
                stored.Lines.Clear();
                stored.Lines.AddRange(fresh.Lines);
                changed++;
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (added, changed);
    }

    private static Order ToEntity(MarketOrder o)
    {
        var lines = o.Items.Select(i => new OrderLine
        {
            Sku = i.Sku ?? "(unknown)", Asin = i.Asin, Title = i.Title is { Length: > 500 } t ? t[..500] : i.Title, Quantity = i.Quantity,
            ItemPricePence = Money.ToPence(i.ItemPrice ?? (i.UnitPrice ?? 0) * i.Quantity), ShippingPricePence = Money.ToPence(i.ShippingPrice ?? 0),
        }).ToList();
        return new Order
        {
            AmazonOrderId = o.OrderId, PurchasedUtc = o.PurchaseDateUtc, LastUpdatedUtc = o.LastUpdatedUtc, Status = o.Status,
            FulfillmentChannel = o.FulfilmentChannel, ShipPostcodeArea = o.ShipPostcodePrefix,
            TotalPence = o.OrderTotal is { } total ? Money.ToPence(total) : lines.Sum(l => l.ItemPricePence + l.ShippingPricePence),
            Lines = lines,
        };
    }

    private static bool Same(Order a, Order b) =>
        a.Status == b.Status && a.LastUpdatedUtc == b.LastUpdatedUtc && a.TotalPence == b.TotalPence && a.ShipPostcodeArea == b.ShipPostcodeArea &&
        a.Lines.Count == b.Lines.Count &&
        a.Lines.OrderBy(l => l.Sku).Zip(b.Lines.OrderBy(l => l.Sku)).All(p => p.First.Sku == p.Second.Sku && p.First.Quantity == p.Second.Quantity &&
            p.First.ItemPricePence == p.Second.ItemPricePence && p.First.ShippingPricePence == p.Second.ShippingPricePence);
}
