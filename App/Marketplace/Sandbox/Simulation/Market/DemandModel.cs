using SellerConsole.Marketplace.Sandbox.Simulation.Products;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// Expected buyer demand for an ASIN: long-tailed base popularity × season × weekday × a price
/// response. Season: spring DIY peak (mid-April), Christmas peak (early December, gift-able tools
/// more), summer dip (early August), a post-Christmas lull. Buyers are most active in the evening.
/// </summary>
internal static class DemandModel
{
    /// <summary>Largest price-response multiplier (very cheap offers cannot create unbounded demand).</summary>
    public const double PriceFactorCap = 2.5;

    /// <summary>Relative order rate per UK local hour 0..23.</summary>
    private static readonly double[] HourWeights =
        [0.35, 0.2, 0.12, 0.08, 0.07, 0.1, 0.25, 0.5, 0.8, 1.0, 1.1, 1.15, 1.2, 1.15, 1.1, 1.1, 1.15, 1.25, 1.45, 1.7, 1.85, 1.65, 1.1, 0.6];

    private static readonly double[] HourCdf = BuildCdf();

    // DayOfWeek order, Sunday first: Sunday is the busiest day, Friday the quietest.
    private static readonly double[] WeekdayFactors = [1.12, 1.05, 1.0, 0.98, 0.97, 0.9, 0.98];

    public static double Season(CategoryDef c, int dayOfYear)
    {
        return 1.0
            + c.SpringPeak * Bump(dayOfYear, 105, 30)
            + c.ChristmasPeak * Bump(dayOfYear, 342, 15)
            - 0.30 * Bump(dayOfYear, 218, 28)
            - 0.18 * Bump(dayOfYear, 8, 9);
    }

    public static double Weekday(DayOfWeek d) => WeekdayFactors[(int)d];

    /// <summary>Expected units per day for the whole ASIN at the reference price with a buy box.</summary>
    public static double ExpectedDailyUnits(double baseUnits, CategoryDef c, DateTime dayUtc) =>
        baseUnits * Season(c, dayUtc.DayOfYear) * Weekday(dayUtc.DayOfWeek);

    /// <summary>Demand multiplier for a landed price relative to the reference (constant elasticity, capped).</summary>
    public static double PriceFactor(double landed, double reference, double elasticity) =>
        Math.Min(PriceFactorCap, Math.Pow(Math.Max(0.01, landed / reference), -elasticity));

    /// <summary>Maps a uniform draw to a UK local hour following the intraday profile.</summary>
    public static int LocalHour(double u)
    {
        for (var h = 0; h < 24; h++)
        {
            if (u < HourCdf[h]) return h;
        }
        return 23;
    }

    private static double Bump(int dayOfYear, int centre, double width)
    {
        var d = Math.Abs(dayOfYear - centre);
        d = Math.Min(d, 365 - d);
        return Math.Exp(-0.5 * (d / width) * (d / width));
    }

    private static double[] BuildCdf()
    {
        var total = HourWeights.Sum();
        var cdf = new double[24];
        var acc = 0.0;
        for (var h = 0; h < 24; h++)
        {
            acc += HourWeights[h] / total;
            cdf[h] = acc;
        }
        cdf[23] = 1.0;
        return cdf;
    }
}
