using System.Globalization;

namespace SellerConsole.Marketplace.Sandbox.Http;

/// <summary>An SP-API operation's default usage plan: <see cref="Rate"/> requests/s refill a bucket of <see cref="Burst"/>.</summary>
public sealed record UsagePlan(string Operation, double Rate, int Burst)
{
    /// <summary>The x-amzn-RateLimit-Limit value: the documented rate, as Amazon writes it.</summary>
    public string Header => Rate.ToString("0.0###", CultureInfo.InvariantCulture);
}

/// <summary>The operations the Sandbox serves, with the default plans from each operation's model (domain-facts A2).</summary>
public static class UsagePlans
{
    public static readonly IReadOnlyList<UsagePlan> All =
    [
        new("getListingsItem", 5, 10),
        new("patchListingsItem", 5, 5),
        new("getItemOffers", 0.5, 1),
        new("getItemOffersBatch", 0.1, 1),
        new("getFeaturedOfferExpectedPriceBatch", 0.033, 1),
        new("getMyFeesEstimateForSKU", 1, 2),
        new("searchOrders", 0.0056, 20),
        new("getOrder", 0.5, 30),
        new("createReport", 0.0167, 15),
        new("getReport", 2, 15),
        new("getReportDocument", 0.0167, 15),
        new("searchCatalogItems", 2, 2),
        new("getCatalogItem", 2, 2),
    ];

    private static readonly Dictionary<string, UsagePlan> ByName = All.ToDictionary(p => p.Operation, StringComparer.OrdinalIgnoreCase);

    public static UsagePlan? Find(string operation) => ByName.GetValueOrDefault(operation);

    public static UsagePlan Get(string operation) =>
        Find(operation) ?? throw new ArgumentException($"'{operation}' is not a Sandbox SP-API operation.", nameof(operation));
}

/// <summary>
/// A token bucket on a caller-supplied clock: starts full, refills continuously, one token per call.
/// A call may arrive up to <see cref="ArrivalTolerance"/> early (at most half a token): a client that
/// sent it exactly on time cannot control the trip across the network. The bucket then runs a small
/// debt that later refills repay, so the long-run rate is never more than the plan.
/// </summary>
public sealed class TokenBucket(double ratePerSecond, int burst, DateTimeOffset start)
{
    public static readonly TimeSpan ArrivalTolerance = TimeSpan.FromMilliseconds(5);
    private readonly double _slack = Math.Min(0.5, ratePerSecond * ArrivalTolerance.TotalSeconds);
    private double _tokens = burst;
    private DateTimeOffset _last = start;

    public double RatePerSecond => ratePerSecond;

    public int Burst => burst;

    /// <summary>Takes a token if one is there; false means throttled (nothing is taken).</summary>
    public bool TryTake(DateTimeOffset now)
    {
        Refill(now);
        if (_tokens < 1 - _slack) return false;
        _tokens -= 1;
        return true;
    }

    public double Available(DateTimeOffset now)
    {
        Refill(now);
        return Math.Max(0, _tokens);
    }

    /// <summary>How long until a token is there (zero when one already is).</summary>
    public TimeSpan UntilNextToken(DateTimeOffset now)
    {
        Refill(now);
        return _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / ratePerSecond);
    }

    private void Refill(DateTimeOffset now)
    {
        if (now <= _last) return;
        _tokens = Math.Min(burst, _tokens + (now - _last).TotalSeconds * ratePerSecond);
        _last = now;
    }
}
