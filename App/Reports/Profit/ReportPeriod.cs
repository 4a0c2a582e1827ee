using System.Globalization;
using SellerConsole.Shared;

namespace SellerConsole.Reports.Profit;

/// <summary>How the profit report groups its rows: one per SKU, or one per UK day, week (Monday) or month.</summary>
public enum ProfitGrouping
{
    Sku,
    Day,
    Week,
    Month,
}

/// <summary>
/// A report's UK calendar days, both ends included. Orders belong to the UK day they were bought on
/// (midnight in London, BST or GMT), so a sale at 00:30 BST on 1 June counts in June.
/// </summary>
public sealed record ReportPeriod
{
    /// <summary>Two years and a day: enough for a year-on-year view, small enough to build in seconds.</summary>
    public const int MaxDays = 732;

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public ReportPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }
        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            throw new ArgumentException($"A report covers at most {MaxDays} days.", nameof(to));
        }
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    public DateTime FromUtc => UkTime.StartOfDayUtc(From);

    /// <summary>The first instant after the period (exclusive end).</summary>
    public DateTime ToUtcExclusive => UkTime.StartOfDayUtc(To.AddDays(1));

    public string Label => From == To
        ? From.ToString("d MMM yyyy", EnGb)
        : $"{From.ToString("d MMM yyyy", EnGb)} to {To.ToString("d MMM yyyy", EnGb)}";

    public static DateOnly UkDay(DateTime utc) => DateOnly.FromDateTime(UkTime.FromUtc(utc));

    /// <summary>The first day of the bucket a day falls in (itself, its Monday, or the 1st of its month).</summary>
    public static DateOnly BucketStart(DateOnly day, ProfitGrouping by) => by switch
    {
        ProfitGrouping.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        ProfitGrouping.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    public static string BucketLabel(DateOnly start, ProfitGrouping by) => by switch
    {
        ProfitGrouping.Week => "w/c " + start.ToString("d MMM yyyy", EnGb),
        ProfitGrouping.Month => start.ToString("MMM yyyy", EnGb),
        _ => start.ToString("ddd d MMM yyyy", EnGb),
    };

    /// <summary>Every bucket that overlaps the period, in order (so a chart or table has no holes).</summary>
    public IEnumerable<DateOnly> Buckets(ProfitGrouping by)
    {
        for (var start = BucketStart(From, by); start <= To; start = Next(start, by))
        {
            yield return start;
        }
    }

    private static DateOnly Next(DateOnly start, ProfitGrouping by) => by switch
    {
        ProfitGrouping.Week => start.AddDays(7),
        ProfitGrouping.Month => start.AddMonths(1),
        _ => start.AddDays(1),
    };
}
