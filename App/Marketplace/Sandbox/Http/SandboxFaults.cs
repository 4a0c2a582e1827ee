using Microsoft.Extensions.Options;
using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>What the fault injector decided for one call.</summary>
public enum FaultKind
{
    None,
    /// <summary>503: the outage window is open.</summary>
    Outage,
    /// <summary>500: drawn by the error rate.</summary>
    ServerError,
}

/// <summary>
/// Faults for tests and demos, changeable while the app runs: an error rate (deterministic: the n-th
/// call's draw depends only on the seed and n), added latency, an outage window, expiring every access
/// token, and 429 storms per operation. Times are app-clock UTC.
/// </summary>
public sealed class SandboxFaults
{
    private readonly object _gate = new();
    private readonly Dictionary<string, DateTime> _storms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _reportOutcomes = new(StringComparer.Ordinal);
    private readonly int _seed;
    private long _calls;
    private double _errorRate;
    private HashSet<string> _errorOperations = new(StringComparer.OrdinalIgnoreCase);
    private TimeSpan _latency;
    private (DateTime From, DateTime Until)? _outage;
    private int _tokenGeneration;

    public SandboxFaults(IOptions<SandboxOptions> options)
    {
        var f = options.Value.Faults;
        _seed = f.Seed;
        ErrorRate = f.ErrorRate;
        ErrorOperations = f.ErrorOperations;
        Latency = TimeSpan.FromMilliseconds(f.LatencyMs);
        if (f.OutageStartUtc is { } from && f.OutageEndUtc is { } to) SetOutage(Utc(from), Utc(to));
        foreach (var (operation, until) in f.StormsUntilUtc) StartStorm(operation, Utc(until));
    }

    public double ErrorRate
    {
        get { lock (_gate) return _errorRate; }
        set
        {
            if (value is < 0 or > 1 || double.IsNaN(value)) throw new ArgumentOutOfRangeException(nameof(value), "The error rate is a fraction 0..1.");
            lock (_gate) _errorRate = value;
        }
    }

    /// <summary>The SP-API operations the error rate applies to (by name); empty: every call, LWA, Keepa and documents too.</summary>
    public IReadOnlyCollection<string> ErrorOperations
    {
        get { lock (_gate) return [.. _errorOperations]; }
        set
        {
            var names = value.Select(o => UsagePlans.Get(o).Operation).ToHashSet(StringComparer.OrdinalIgnoreCase);
            lock (_gate) _errorOperations = names;
        }
    }

    /// <summary>Wall-clock delay before each call is answered.</summary>
    public TimeSpan Latency
    {
        get { lock (_gate) return _latency; }
        set
        {
            if (value < TimeSpan.Zero || value > TimeSpan.FromMinutes(2)) throw new ArgumentOutOfRangeException(nameof(value), "Latency is 0 to 2 minutes.");
            lock (_gate) _latency = value;
        }
    }

    public (DateTime From, DateTime Until)? Outage
    {
        get { lock (_gate) return _outage; }
    }

    public void SetOutage(DateTime fromUtc, DateTime untilUtc)
    {
        if (fromUtc.Kind != DateTimeKind.Utc || untilUtc.Kind != DateTimeKind.Utc) throw new ArgumentException("Outage times must be UTC.");
        if (untilUtc < fromUtc) throw new ArgumentException("The outage must end after it starts.");
        lock (_gate) _outage = (fromUtc, untilUtc);
    }

    public void ClearOutage()
    {
        lock (_gate) _outage = null;
    }

    /// <summary>
    /// Every access token issued so far is answered as expired from now on; tokens issued afterwards
    /// work. Counted by generation, not time, so a token issued in the same instant (a stepped test
    /// clock) is not caught by an expiry it came after.
    /// </summary>
    public void ExpireAllTokens(DateTime nowUtc)
    {
        lock (_gate) _tokenGeneration++;
    }

    /// <summary>The generation a token issued now belongs to.</summary>
    public int TokenGeneration
    {
        get { lock (_gate) return _tokenGeneration; }
    }

    public bool IsForciblyExpired(int issuedInGeneration)
    {
        lock (_gate) return issuedInGeneration < _tokenGeneration;
    }

    /// <summary>Every call to <paramref name="operation"/> is throttled (429) until <paramref name="untilUtc"/>.</summary>
    public void StartStorm(string operation, DateTime untilUtc)
    {
        var plan = UsagePlans.Get(operation);
        lock (_gate) _storms[plan.Operation] = untilUtc;
    }

    public void StopStorm(string operation)
    {
        lock (_gate) _storms.Remove(operation);
    }

    public IReadOnlyDictionary<string, DateTime> Storms
    {
        get { lock (_gate) return new Dictionary<string, DateTime>(_storms, StringComparer.OrdinalIgnoreCase); }
    }

    public bool IsStorming(string operation, DateTime nowUtc)
    {
        lock (_gate) return _storms.TryGetValue(operation, out var until) && nowUtc < until;
    }

    /// <summary>Reports of <paramref name="reportType"/> requested from now on end <paramref name="status"/> (FATAL or CANCELLED) instead of DONE.</summary>
    public void FailReports(string reportType, string status = "FATAL")
    {
        if (status is not ("FATAL" or "CANCELLED")) throw new ArgumentException("A report fails FATAL or CANCELLED.", nameof(status));
        lock (_gate) _reportOutcomes[reportType] = status;
    }

    /// <summary>How a report of this type requested now ends.</summary>
    public string ReportOutcome(string reportType)
    {
        lock (_gate) return _reportOutcomes.GetValueOrDefault(reportType, "DONE");
    }

    /// <summary>Clears every fault (error rate, latency, outage, storms, failing reports); tokens already expired stay expired.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _errorRate = 0;
            _errorOperations = new(StringComparer.OrdinalIgnoreCase);
            _latency = TimeSpan.Zero;
            _outage = null;
            _storms.Clear();
            _reportOutcomes.Clear();
        }
    }

    /// <summary>
    /// Decides one call (<paramref name="operation"/>: its SP-API operation, null for LWA, Keepa and documents).
    /// Every call counts towards the error-rate sequence, whatever it is answered.
    /// </summary>
    public FaultKind Decide(DateTime nowUtc, string? operation = null)
    {
        lock (_gate)
        {
            var n = ++_calls;
            if (_outage is { } o && nowUtc >= o.From && nowUtc < o.Until) return FaultKind.Outage;
            var applies = _errorOperations.Count == 0 || operation is not null && _errorOperations.Contains(operation);
            return applies && _errorRate > 0 && SimHash.Unit(SimHash.Of((ulong)_seed, 0xFA017UL, (ulong)n)) < _errorRate
                ? FaultKind.ServerError
                : FaultKind.None;
        }
    }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
