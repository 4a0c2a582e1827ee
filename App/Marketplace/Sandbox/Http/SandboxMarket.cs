using System.Diagnostics;
using Microsoft.Extensions.Options;
using SellerConsole.Data;

namespace SellerConsole.Marketplace.Sandbox.Http;

public enum SandboxState
{
    Building,
    Ready,
    Failed,
}

/// <summary>What the health check and the Sandbox page show about the world.</summary>
public sealed record SandboxStatus(SandboxState State, int Seed, int Listings, DateTime? ReadySinceUtc, TimeSpan? BuildTime, string? Error, string LogPath);

/// <summary>
/// Owns the Sandbox's one simulated world. It is built in the background at start-up (or after a
/// reset); requests wait for it, then bring it to the app clock's now before they read it, so the
/// world runs live in the demo and moves only when a test steps its manual clock.
/// </summary>
public sealed class SandboxMarket(IOptions<SandboxOptions> options, IOptions<DataOptions> data, TimeProvider clock, ILogger<SandboxMarket> log)
{
    private readonly object _gate = new();
    private Task<SandboxWorld>? _building;
    private SandboxStatus? _status;
    private int _generation;

    public ReplayLog Log { get; } = new(Path.Combine(data.Value.FullPath, "sandbox", "world.jsonl"));

    public SandboxStatus Status
    {
        get
        {
            lock (_gate) return _status ?? new SandboxStatus(SandboxState.Building, options.Value.Seed, options.Value.Listings, null, null, null, Log.Path);
        }
    }

    /// <summary>The world if it is ready (not synced to now); null while building or after a failure.</summary>
    public SandboxWorld? Current
    {
        get
        {
            lock (_gate) return _building is { IsCompletedSuccessfully: true } done ? done.Result : null;
        }
    }

    /// <summary>Starts building the world unless that has begun.</summary>
    public void Start()
    {
        lock (_gate)
        {
            _building ??= Build(fresh: false, after: Task.CompletedTask);
        }
    }

    /// <summary>Waits for the world, then moves it to the clock's now.</summary>
    public async Task<SandboxWorld> ReadyAsync(CancellationToken cancellationToken)
    {
        Start();
        Task<SandboxWorld> building;
        lock (_gate) building = _building!;
        var world = await building.WaitAsync(cancellationToken);
        world.SyncTo(clock.GetUtcNow().UtcDateTime);
        return world;
    }

    /// <summary>Throws the world away and builds a fresh one from the settings, with a fresh log.</summary>
    public Task<SandboxWorld> ResetAsync()
    {
        lock (_gate)
        {
            var previous = _building ?? Task.FromResult<SandboxWorld>(null!);
            _building = Build(fresh: true, after: previous);
            return _building;
        }
    }

    // Called under _gate.
    private Task<SandboxWorld> Build(bool fresh, Task after)
    {
        var o = options.Value;
        var generation = ++_generation;
        _status = new SandboxStatus(SandboxState.Building, o.Seed, o.Listings, null, null, null, Log.Path);
        void Report(SandboxStatus status)
        {
            // Only the newest build speaks for the Sandbox: a reset may overtake the build before it.
            lock (_gate) if (generation == _generation) _status = status;
        }
        return Task.Run(async () =>
        {
            // A reset waits for the build before it: two builds must never write the log at once.
            try { await after; } catch (Exception) { /* the earlier build's failure is already reported */ }
            var watch = Stopwatch.StartNew();
            try
            {
                var world = SandboxWorld.Open(o.Seed, o.Listings, Log, clock.GetUtcNow().UtcDateTime, fresh);
                Report(new SandboxStatus(SandboxState.Ready, o.Seed, o.Listings, clock.GetUtcNow().UtcDateTime, watch.Elapsed, null, Log.Path));
                log.LogInformation("Sandbox world ready: seed {Seed}, {Listings} listings, built in {Seconds:0.0} s", o.Seed, o.Listings, watch.Elapsed.TotalSeconds);
                return world;
            }
            catch (Exception ex)
            {
                Report(new SandboxStatus(SandboxState.Failed, o.Seed, o.Listings, null, watch.Elapsed, ex.Message, Log.Path));
                log.LogError(ex, "Sandbox world failed to build (seed {Seed}, {Listings} listings)", o.Seed, o.Listings);
                throw;
            }
        });
    }
}

/// <summary>Begins building the world when the app starts, so the first call rarely waits.</summary>
internal sealed class SandboxStartup(SandboxMarket market) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        market.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
