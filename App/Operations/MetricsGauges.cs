using System.Diagnostics.Metrics;
using Hangfire;
using SellerConsole.Competition;
using SellerConsole.Jobs;
using SellerConsole.Marketplace;

namespace SellerConsole.Operations;

/// <summary>
/// The gauges: read at scrape time from this app's own services (Hangfire's queue, the job runner, the SP-API
/// usage-plan buckets, Keepa's balance), so they need the container and cannot live on the static meter.
/// A failing read reports nothing for that scrape rather than failing the whole scrape.
/// </summary>
public sealed class MetricsGauges : IDisposable
{
    private readonly Meter _meter;

    public MetricsGauges(IMeterFactory meters, JobStorage storage, JobRunner runner, MarketplaceConnection marketplace, KeepaStatus keepa)
    {
        _meter = meters.Create(SellerMetrics.MeterName);
        _meter.CreateObservableGauge("sellerconsole.jobs.queue_depth", () => Read(() => storage.GetMonitoringApi().GetStatistics().Enqueued),
            "{job}", "Hangfire jobs enqueued and waiting for a worker.");
        _meter.CreateObservableGauge("sellerconsole.jobs.running", () => runner.Running.Count, "{job}", "Console jobs running on this node.");
        _meter.CreateObservableGauge("sellerconsole.spapi.quota_used", () => ReadMany(() => marketplace.SpApi.GetQuotas()
                .Select(q => new Measurement<double>(q.PercentOfPlanUsedLastMinute, new KeyValuePair<string, object?>("operation", q.Operation)))),
            "%", "Share of each SP-API operation's usage plan used in the last minute.");
        _meter.CreateObservableGauge("sellerconsole.keepa.tokens_left", () => keepa.Snapshot.Tokens is { } tokens
                ? [new Measurement<int>(tokens.TokensLeft)] : Array.Empty<Measurement<int>>(),
            "{token}", "Keepa tokens left at the last answer.");
    }

    private static IEnumerable<Measurement<long>> Read(Func<long> read)
    {
        try
        {
            return [new Measurement<long>(read())];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [];
        }
    }

    private static IEnumerable<Measurement<double>> ReadMany(Func<IEnumerable<Measurement<double>>> read)
    {
        try
        {
            return read().ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [];
        }
    }

    public void Dispose() => _meter.Dispose();
}
