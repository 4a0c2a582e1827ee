using Microsoft.Extensions.Logging;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Marketplace.SpApi;

/// <summary>Every rate-limited operation's gate, at the documented plan times the time compression, less the headroom.</summary>
internal sealed class SpApiUsagePlans
{
    private readonly Dictionary<string, UsagePlanGate> _gates;
    private readonly Action<QuotaSnapshot> _publish;
    private readonly ILogger _log;

    public SpApiUsagePlans(double timeCompression, double headroom, TimeProvider time, Action<QuotaSnapshot> publish, ILogger log)
    {
        _gates = SpApiOperation.RateLimited.ToDictionary(
            o => o.Name, o => new UsagePlanGate(o, o.Rate * timeCompression, headroom, time));
        _publish = publish;
        _log = log;
    }

    public async Task AcquireAsync(SpApiOperation operation, CancellationToken cancellationToken)
    {
        if (!_gates.TryGetValue(operation.Name, out var gate))
        {
            return;
        }
        Publish(gate.Operation, await gate.AcquireAsync(cancellationToken).ConfigureAwait(false));
    }

    public void Throttled(SpApiOperation operation)
    {
        if (_gates.TryGetValue(operation.Name, out var gate))
        {
            var snapshot = gate.Throttled();
            _log.LogWarning("SP-API {Operation} throttled (429): its bucket is emptied", operation.Name);
            Publish(operation, snapshot);
        }
    }

    public IReadOnlyList<QuotaSnapshot> Snapshots() => [.. _gates.Values.Select(g => g.Snapshot())];

    public QuotaSnapshot? Snapshot(string operation) => _gates.TryGetValue(operation, out var gate) ? gate.Snapshot() : null;

    private void Publish(SpApiOperation operation, QuotaSnapshot snapshot)
    {
        try
        {
            _publish(snapshot);
        }
        catch (Exception ex)
        {
            // A broken live page must not fail a marketplace call.
            _log.LogWarning(ex, "A QuotaChanged subscriber failed for {Operation}", operation.Name);
        }
    }
}
