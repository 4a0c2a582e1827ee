namespace SellerConsole.Marketplace.SpApi.Models;

/// <summary>
/// The client-side view of one operation's usage plan at <see cref="AtUtc"/>. Rate is already
/// multiplied by the time compression. Percent = calls in the last minute / (rate × 60 + burst).
/// </summary>
public sealed record QuotaSnapshot(
    string Operation,
    SpApiSection Section,
    double Rate,
    int Burst,
    double TokensAvailable,
    int CallsLastMinute,
    double PercentOfPlanUsedLastMinute,
    long ThrottledCount,
    DateTime? LastCallUtc,
    bool Pacing,
    DateTime AtUtc,
    long TotalCalls = 0);
