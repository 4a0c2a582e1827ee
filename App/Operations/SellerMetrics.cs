using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SellerConsole.Operations;

/// <summary>
/// The console's own instruments, on one <see cref="Meter"/> named <see cref="MeterName"/>. Static so an
/// adapter or a job records with one line and no new constructor dependency; a meter with no listener (metrics
/// off) makes every call here a cheap no-op. Names follow OpenTelemetry's dotted style; the Prometheus exporter
/// turns <c>sellerconsole.spapi.calls</c> into <c>sellerconsole_spapi_calls_total</c>.
/// </summary>
public static class SellerMetrics
{
    public const string MeterName = "SellerConsole";

    private static readonly Meter Meter = new(MeterName, "1.0");

    private static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("sellerconsole.jobs.runs", "{run}", "Job runs finished, by job and outcome (succeeded, failed, cancelled).");
    private static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("sellerconsole.jobs.duration", "s", "How long a job run took, by job and outcome.");
    private static readonly Counter<long> JobItems = Meter.CreateCounter<long>("sellerconsole.jobs.items", "{item}", "Items a job run processed, by job.");
    private static readonly Counter<long> SpApiCalls = Meter.CreateCounter<long>("sellerconsole.spapi.calls", "{call}", "SP-API attempts sent, by operation and HTTP status.");
    private static readonly Counter<long> SpApiThrottled = Meter.CreateCounter<long>("sellerconsole.spapi.throttled", "{call}", "SP-API attempts answered 429, by operation.");
    private static readonly Counter<long> KeepaCalls = Meter.CreateCounter<long>("sellerconsole.keepa.calls", "{call}", "Keepa requests sent, by endpoint and HTTP status (0: no answer).");
    private static readonly Counter<long> KeepaThrottled = Meter.CreateCounter<long>("sellerconsole.keepa.throttled", "{call}", "Keepa requests answered 429 (not enough tokens).");
    private static readonly Counter<long> ListingsSynced = Meter.CreateCounter<long>("sellerconsole.listings.synced", "{listing}", "Listings a sync read from Amazon, by sync.");
    private static readonly Counter<long> ScoresCalculated = Meter.CreateCounter<long>("sellerconsole.scores.calculated", "{score}", "Listing scores calculated.");
    private static readonly Counter<long> RepricingDecisions = Meter.CreateCounter<long>("sellerconsole.repricing.decisions", "{decision}", "Repricing decisions that changed a price, by status (pushed, suggested, ...).");
    private static readonly Counter<long> PricePushes = Meter.CreateCounter<long>("sellerconsole.prices.pushed", "{price}", "Prices sent to Amazon, by stage (sent, verified, failed).");

    public static void JobFinished(string job, string outcome, TimeSpan elapsed, int items)
    {
        var tags = new TagList { { "job", job }, { "outcome", outcome.ToLowerInvariant() } };
        JobRuns.Add(1, tags);
        JobDuration.Record(elapsed.TotalSeconds, tags);
        if (items > 0)
        {
            JobItems.Add(items, new KeyValuePair<string, object?>("job", job));
        }
    }

    public static void SpApiCall(string operation, int status)
    {
        SpApiCalls.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("status", status));
        if (status == 429)
        {
            SpApiThrottled.Add(1, new KeyValuePair<string, object?>("operation", operation));
        }
    }

    public static void KeepaCall(string endpoint, int? status)
    {
        KeepaCalls.Add(1, new KeyValuePair<string, object?>("endpoint", endpoint), new KeyValuePair<string, object?>("status", status ?? 0));
        if (status == 429)
        {
            KeepaThrottled.Add(1);
        }
    }

    public static void Synced(string sync, int listings) => ListingsSynced.Add(listings, new KeyValuePair<string, object?>("sync", sync));

    public static void Scored(int count) => ScoresCalculated.Add(count);

    public static void Repriced(string status) => RepricingDecisions.Add(1, new KeyValuePair<string, object?>("status", status.ToLowerInvariant()));

    public static void PricePushed(string stage) => PricePushes.Add(1, new KeyValuePair<string, object?>("stage", stage));
}
