using SellerConsole.Marketplace.Sandbox.Simulation.Market;

namespace SellerConsole.Marketplace.Sandbox.Simulation;

/// <summary>Order queries across all our ASINs (each ASIN keeps its orders in time order).</summary>
public sealed partial class MarketSimulation
{
    /// <summary>No order changes state more than this long after purchase (shipped within 44 h, cancelled within 21 h).</summary>
    private const long MaxLifecycleSeconds = 2 * SimTimeline.SecondsPerDay;

    /// <summary>Orders purchased in [fromUtc, toUtc), oldest first.</summary>
    public Page<SimOrder> GetOrdersCreated(DateTime fromUtc, DateTime toUtc, int offset, int limit) =>
        QueryOrders(fromUtc, toUtc, offset, limit, byUpdate: false);

    /// <summary>Orders whose last update (as of now) falls in [fromUtc, toUtc), least recently updated first.</summary>
    public Page<SimOrder> GetOrdersUpdated(DateTime fromUtc, DateTime toUtc, int offset, int limit) =>
        QueryOrders(fromUtc, toUtc, offset, limit, byUpdate: true);

    /// <summary>One order by its Amazon order id; null when no such order exists yet.</summary>
    public SimOrder? GetOrder(string amazonOrderId)
    {
        if (!_world.Ids.TryParseOrderId(amazonOrderId, out var index, out var sequence) || index >= _sims.Length) return null;
        return Read(now => WithSim(index, now, s =>
            sequence < s.Orders.Count ? SnapshotMapper.Order(s, s.Orders[sequence], _world, now) : null));
    }

    private Page<SimOrder> QueryOrders(DateTime fromUtc, DateTime toUtc, int offset, int limit, bool byUpdate)
    {
        CheckPage(offset, limit);
        return Read(now =>
        {
            if (LazyHistory) CatchUpAll(now);
            var from = _world.Time.ToSeconds(fromUtc);
            var to = _world.Time.ToSeconds(toUtc);
            var hits = new List<(long Key, string Id, AsinSimulator Sim, OrderRecord Order)>();
            foreach (var sim in _sims)
            {
                var orders = sim.Orders;
                var start = FirstAtOrAfter(orders, byUpdate ? from - MaxLifecycleSeconds : from);
                for (var i = start; i < orders.Count && orders[i].PurchasedAt < to; i++)
                {
                    var o = orders[i];
                    var key = byUpdate ? o.LastUpdatedAt(now) : o.PurchasedAt;
                    if (key < from || key >= to) continue;
                    hits.Add((key, _world.Ids.OrderId(sim.Profile.Index, o.Sequence), sim, o));
                }
            }
            hits.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : string.CompareOrdinal(a.Id, b.Id));
            var page = hits.Skip(offset).Take(limit).Select(h => SnapshotMapper.Order(h.Sim, h.Order, _world, now)).ToList();
            return new Page<SimOrder>(page, offset, hits.Count);
        });
    }

    private static int FirstAtOrAfter(IReadOnlyList<OrderRecord> orders, long time)
    {
        int lo = 0, hi = orders.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (orders[mid].PurchasedAt < time) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
