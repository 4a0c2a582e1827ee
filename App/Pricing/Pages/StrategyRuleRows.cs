using SellerConsole.Pricing.Engine;
using SellerConsole.Shared;

namespace SellerConsole.Pricing.Pages;

/// <summary>One sales-velocity rule as the strategy dialog edits it: "sold fewer than N in D days: change by X, then wait L days".</summary>
public sealed class VelocityRow
{
    public int WindowDays { get; set; } = 7;
    public VelocityComparison When { get; set; } = VelocityComparison.Below;
    public int Units { get; set; } = 1;
    public AdjustmentUnit Unit { get; set; } = AdjustmentUnit.Percent;
    /// <summary>Signed: a negative amount lowers the price.</summary>
    public decimal Amount { get; set; } = -5;
    public int LockDays { get; set; } = 3;

    public static VelocityRow From(VelocityRule r) => new()
    {
        WindowDays = r.WindowDays, When = r.When, Units = r.Units, Unit = r.Change.Unit, Amount = r.Change.Amount, LockDays = r.LockDays,
    };

    public VelocityRule ToRule() => new(WindowDays, When, Units, new PriceAdjustment(Unit, Amount), LockDays);
}

/// <summary>One schedule as the strategy dialog edits it, with prices in pounds and dates as the date picker gives them.</summary>
public sealed class ScheduleRow
{
    public string Name { get; set; } = "";
    public IReadOnlyCollection<DayOfWeek> Days { get; set; } = [];
    public int? FromHour { get; set; }
    public int? ToHour { get; set; }
    public DateTime? FromDate { get; set; }
    public DateTime? ToDate { get; set; }
    public ScheduleAction Action { get; set; } = ScheduleAction.Pause;
    public decimal? Price { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }

    public static ScheduleRow From(ScheduleRule r) => new()
    {
        Name = r.Name, Days = r.Window.Days?.ToList() ?? [], FromHour = r.Window.FromHour, ToHour = r.Window.ToHour,
        FromDate = r.Window.FromDate?.ToDateTime(TimeOnly.MinValue), ToDate = r.Window.ToDate?.ToDateTime(TimeOnly.MinValue),
        Action = r.Action, Price = Pounds(r.PricePence), Min = Pounds(r.MinPence), Max = Pounds(r.MaxPence),
    };

    public ScheduleRule ToRule()
    {
        var days = Days.Distinct().Order().ToList();
        var window = new ScheduleWindow(days.Count > 0 ? days : null, FromHour, ToHour,
            FromDate is { } f ? DateOnly.FromDateTime(f) : null, ToDate is { } t ? DateOnly.FromDateTime(t) : null);
        return Action switch
        {
            ScheduleAction.SetPrice => new ScheduleRule(Name.Trim(), window, Action, PricePence: Pence(Price)),
            ScheduleAction.SwapMinMax => new ScheduleRule(Name.Trim(), window, Action, MinPence: Pence(Min), MaxPence: Pence(Max)),
            _ => new ScheduleRule(Name.Trim(), window, Action),
        };
    }

    private static decimal? Pounds(long? pence) => pence is { } p ? Money.FromPence(p) : null;

    private static long? Pence(decimal? pounds) => pounds is { } p ? Money.ToPence(p) : null;
}
