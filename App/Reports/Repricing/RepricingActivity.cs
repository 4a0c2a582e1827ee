using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Reports.Profit;

namespace SellerConsole.Reports.Repricing;

/// <summary>A stored repricing decision as the report reads it (prices in pence); <paramref name="Push"/> is what became of its push, if it had one.</summary>
public sealed record DecisionRecord(DateTime DecidedUtc, string Sku, string Strategy, DecisionOutcome Outcome, DecisionReason Reason, DecisionStatus Status,
    long CurrentPence, long FinalPence, GuardKind? Guard, string Sentence, PushState? Push);

/// <summary>A price the owner set by hand or undid (a push with no decision behind it).</summary>
public sealed record ManualChange(DateTime QueuedUtc, string Sku, string Actor, long? PreviousPence, long TargetPence, PushState State);

/// <summary>A SKU's buy-box share (the fraction of the window we held it; null when nothing is known) and units sold, in one window.</summary>
public sealed record WindowFigures(double? BuyBoxShare, int Units);

/// <summary>One price change in the period: by the repricer (with its explanation) or by the owner.</summary>
/// <param name="From">The price before (null when an owner's push did not record it).</param>
/// <param name="Effective">False when the price never reached Amazon (refused, replaced or withdrawn): listed, not counted.</param>
public sealed record PriceChangeRow(DateTime AtUtc, string Sku, string By, decimal? From, decimal To, string Sent, string Reason, string? Guard, bool Effective)
{
    public decimal? Change => From is { } f ? To - f : null;

    public decimal? ChangeShare => From is { } f && f != 0m ? (To - f) / f : null;
}

/// <summary>One SKU's repricing in the period, with its buy box and units before the period and during it.</summary>
public sealed record SkuActivityRow(string Sku, string Title, int Changes, int Up, int Down, int Held, decimal? FirstPrice, decimal? LastPrice,
    WindowFigures Before, WindowFigures After, string? LastReason)
{
    public decimal? NetChange => FirstPrice is { } a && LastPrice is { } b ? b - a : null;

    public double? BuyBoxChange => After.BuyBoxShare - Before.BuyBoxShare;
}

/// <summary>Decisions that wanted to move a price but were held or refused, by why.</summary>
public sealed record HoldRow(string Reason, int Decisions, int Skus);

/// <summary>
/// The repricing activity report. "Before" is the same number of UK days just before the period,
/// "after" is the period itself, so a SKU changed early in the period is compared over whole windows.
/// </summary>
public sealed record RepricingActivity(ReportPeriod Period, ReportPeriod Before, bool EverDecided, IReadOnlyList<PriceChangeRow> Changes,
    IReadOnlyList<SkuActivityRow> Skus, IReadOnlyList<HoldRow> Holds)
{
    public const string Title = "Repricing activity";

    public bool HasData => Changes.Count > 0 || Holds.Count > 0;

    public int Counted => Changes.Count(c => c.Effective);

    public int Up => Changes.Count(c => c.Effective && c.Change > 0);

    public int Down => Changes.Count(c => c.Effective && c.Change < 0);

    public int Held => Holds.Sum(h => h.Decisions);

    /// <summary>The window before a period: as many UK days, ending the day before it starts.</summary>
    public static ReportPeriod BeforeOf(ReportPeriod period) => new(period.From.AddDays(-period.Days), period.From.AddDays(-1));
}
