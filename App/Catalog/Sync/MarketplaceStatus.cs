using System.Collections.Concurrent;
using SellerConsole.Live;
using SellerConsole.Marketplace;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Catalog.Sync;

/// <summary>The usage-plan buckets changed (at most a few times a second per operation).</summary>
public sealed record QuotaUpdated(QuotaSnapshot Snapshot) : LiveEvent
{
    public override string Kind => "quota.changed";
}

/// <summary>
/// Forwards the SP-API client's usage-plan snapshots to open pages, throttled so a fast sync does not
/// flood the circuit, and keeps the latest snapshot of each operation.
/// </summary>
public sealed class MarketplaceStatus
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentDictionary<string, QuotaSnapshot> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lastPublished = new(StringComparer.Ordinal);
    private readonly LiveFeed _live;
    private readonly TimeProvider _clock;
    private readonly MarketplaceConnection _connection;

    public MarketplaceStatus(MarketplaceConnection connection, LiveFeed live, TimeProvider clock)
    {
        _connection = connection;
        _live = live;
        _clock = clock;
        connection.QuotaChanged += OnQuota;
    }

    /// <summary>Every operation's bucket as last seen (the client's own view if nothing has been called yet).</summary>
    public IReadOnlyList<QuotaSnapshot> Quotas
    {
        get
        {
            if (_latest.IsEmpty)
            {
                foreach (var snapshot in _connection.SpApi.GetQuotas())
                {
                    _latest.TryAdd(snapshot.Operation, snapshot);
                }
            }
            return _latest.Values.OrderBy(q => q.Section.ToString(), StringComparer.Ordinal).ThenBy(q => q.Operation, StringComparer.Ordinal).ToList();
        }
    }

    private void OnQuota(QuotaSnapshot snapshot)
    {
        _latest[snapshot.Operation] = snapshot;
        var now = _clock.GetTimestamp();
        var last = _lastPublished.GetValueOrDefault(snapshot.Operation, long.MinValue);
        if (last == long.MinValue || _clock.GetElapsedTime(last, now) >= MinInterval)
        {
            _lastPublished[snapshot.Operation] = now;
            _live.Publish(new QuotaUpdated(snapshot));
        }
    }
}
