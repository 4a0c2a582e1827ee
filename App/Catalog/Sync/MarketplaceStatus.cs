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
/// flood the circuit, and reads every operation's bucket for pages that open between events.
/// </summary>
public sealed class MarketplaceStatus
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(250);
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

    /// <summary>
    /// Every operation's bucket as it stands now, read from the client rather than from the last published
    /// snapshot: "calls in the last minute" must fall back to zero while nothing is being called.
    /// </summary>
    public IReadOnlyList<QuotaSnapshot> Quotas =>
        _connection.SpApi.GetQuotas().OrderBy(q => q.Section.ToString(), StringComparer.Ordinal).ThenBy(q => q.Operation, StringComparer.Ordinal).ToList();

    private void OnQuota(QuotaSnapshot snapshot)
    {
        var now = _clock.GetTimestamp();
        var last = _lastPublished.GetValueOrDefault(snapshot.Operation, long.MinValue);
        if (last == long.MinValue || _clock.GetElapsedTime(last, now) >= MinInterval)
        {
            _lastPublished[snapshot.Operation] = now;
            _live.Publish(new QuotaUpdated(snapshot));
        }
    }
}
