using System.Globalization;
using SellerConsole.Pricing.Data;

namespace SellerConsole.Pricing;

/// <summary>What one repricing pass did (a dry run included): counts, and the profit effect of the changes.</summary>
public sealed record RepricingRun(Guid RunId, string Trigger, bool DryRun, int Decided, int Up, int Down, int Held, int Refused,
    int Pushed, int Suggested, decimal ProfitChangePerUnit, IReadOnlyList<StoredDecision> Changes)
{
    public string Summary => $"{Decided} SKUs decided: {Up} up, {Down} down, {Held} held, {Refused} not repriced" +
        (DryRun ? " (dry run: nothing sent)" : $"; {Pushed} sent to the push queue, {Suggested} waiting for review");

    /// <summary>Where the pass's time went (for the log and the benchmark).</summary>
    public RunTimings Timings { get; init; } = RunTimings.None;
}

/// <summary>A pass's parts: loading the inputs, deciding (engine and rows), storing decisions and price states, queueing the pushes.</summary>
public sealed record RunTimings(TimeSpan Load, TimeSpan Decide, TimeSpan Store, TimeSpan Enqueue)
{
    public static readonly RunTimings None = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public TimeSpan Total => Load + Decide + Store + Enqueue;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"load {Load.TotalMilliseconds:F0} ms, decide {Decide.TotalMilliseconds:F0} ms, store {Store.TotalMilliseconds:F0} ms, enqueue {Enqueue.TotalMilliseconds:F0} ms");
}
