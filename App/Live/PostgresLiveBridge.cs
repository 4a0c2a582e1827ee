using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Npgsql;

namespace SellerConsole.Live;

/// <summary>
/// Joins this node's <see cref="LiveFeed"/> to every other node's on one PostgreSQL database with LISTEN/NOTIFY:
/// each event published here is sent as a NOTIFY (in publish order, on one connection), and each event another
/// node sent is published here. Events received from elsewhere are remembered by reference so they are not
/// sent back out. NOTIFY is fire-and-forget: events sent while this node's LISTEN connection is down are
/// missed (pages refresh from the database on their next event or load), so the connection is re-opened with
/// back-off as soon as it drops.
/// </summary>
public sealed class PostgresLiveBridge(LiveFeed feed, PostgresLiveBridgeOptions options, ILogger<PostgresLiveBridge> log) : BackgroundService
{
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<LiveEvent, object> _fromElsewhere = [];
    private readonly ConcurrentDictionary<string, long> _lastSeq = new(StringComparer.Ordinal);
    private readonly string _connectionString = WithKeepAlive(options.ConnectionString);
    private TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private NpgsqlConnection? _sender;
    private long _seq;

    public string NodeId => options.NodeId;

    /// <summary>Completes once LISTEN is in place (again, after a reconnection).</summary>
    public Task Listening => _listening.Task;

    /// <summary>How many times the LISTEN connection was (re)opened: 1 after a clean start.</summary>
    public int Connections { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        options.Validate();
        using var outgoing = feed.Subscribe(e => SendAsync(e, stoppingToken));
        var delay = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => delay = TimeSpan.FromMilliseconds(200), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                if (_listening.Task.IsCompleted)
                {
                    _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
                }
                log.LogWarning("Live bridge lost its LISTEN connection ({Error}); reconnecting in {Delay} ms", ex.Message, delay.TotalMilliseconds);
                try { await Task.Delay(delay, stoppingToken); } catch (OperationCanceledException) { break; }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxReconnectDelay.Ticks));
            }
        }
        if (_sender is not null)
        {
            await _sender.DisposeAsync();
        }
    }

    private async Task ListenAsync(Action connected, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // Raised from inside WaitAsync on this one loop, so events are handled in the order PostgreSQL delivers them.
        connection.Notification += (_, n) => Receive(n.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN \"{options.Channel}\"", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }
        Connections++;
        connected();
        log.LogInformation("Live bridge listening on channel {Channel} as node {Node}", options.Channel, NodeId);
        _listening.TrySetResult();
        while (true)
        {
            await connection.WaitAsync(cancellationToken);
        }
    }

    private async Task SendAsync(LiveEvent liveEvent, CancellationToken cancellationToken)
    {
        if (_fromElsewhere.TryGetValue(liveEvent, out _))
        {
            return;
        }
        var payload = LiveEnvelope.Wrap(NodeId, Interlocked.Increment(ref _seq), liveEvent).ToPayload();
        if (!LiveEnvelope.Fits(payload))
        {
            log.LogWarning("Live event {Kind} is {Bytes} bytes, over PostgreSQL's NOTIFY limit: other nodes will not see it (they refresh on their next event)",
                liveEvent.Kind, System.Text.Encoding.UTF8.GetByteCount(payload));
            return;
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _sender ??= await OpenSenderAsync(cancellationToken);
                await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", _sender);
                notify.Parameters.AddWithValue("channel", options.Channel);
                notify.Parameters.AddWithValue("payload", payload);
                await notify.ExecuteNonQueryAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException && !cancellationToken.IsCancellationRequested)
            {
                // A dropped sending connection is re-opened once; a second failure drops this one event, not the feed.
                await (_sender?.DisposeAsync() ?? ValueTask.CompletedTask);
                _sender = null;
                if (attempt >= 2)
                {
                    log.LogWarning("Live event {Kind} not sent to other nodes: {Error}", liveEvent.Kind, ex.Message);
                    return;
                }
            }
        }
    }

    private async Task<NpgsqlConnection> OpenSenderAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private void Receive(string payload)
    {
        if (LiveEnvelope.Parse(payload) is not { } envelope)
        {
            log.LogWarning("Live bridge ignored a payload on {Channel} that is not an event envelope", options.Channel);
            return;
        }
        if (envelope.Node == NodeId)
        {
            return;
        }
        if (_lastSeq.TryGetValue(envelope.Node, out var last) && envelope.Seq != last + 1)
        {
            log.LogInformation("Live bridge missed {Count} event(s) from node {Node}", envelope.Seq - last - 1, envelope.Node);
        }
        _lastSeq[envelope.Node] = envelope.Seq;
        if (LiveEventTypes.Deserialize(envelope.Type, envelope.Event) is not { } liveEvent)
        {
            log.LogWarning("Live bridge ignored event type {Type} from node {Node}: not a known event (a newer version?)", envelope.Type, envelope.Node);
            return;
        }
        _fromElsewhere.AddOrUpdate(liveEvent, Marker);
        feed.Publish(liveEvent);
    }

    private static string WithKeepAlive(string connectionString)
    {
        // Keepalives let a LISTEN connection that silently died (a NAT or failover) be noticed and re-opened.
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.KeepAlive == 0)
        {
            builder.KeepAlive = 15;
        }
        return builder.ConnectionString;
    }
}

public static class LiveBridgeModule
{
    /// <summary>Joins this node's live feed to the other nodes' on the PostgreSQL database at <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddPostgresLiveBridge(this IServiceCollection services, string connectionString)
    {
        var options = new PostgresLiveBridgeOptions { ConnectionString = connectionString };
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<PostgresLiveBridge>();
        services.AddHostedService(sp => sp.GetRequiredService<PostgresLiveBridge>());
        return services;
    }
}
