using System.Buffers;

namespace SellerConsole.Pricing.Engine;

/// <summary>
/// Demand fitted from our own daily history, in two parts. Units per buy-box day follow a constant
/// elasticity curve, units = exp(a) x landed^e, fitted by least squares of ln((units + 0.5) / share)
/// on ln(landed price) weighted by the buy-box share (a day we barely held the box says little). The
/// buy-box share per price gap to the lowest competitor is the <see cref="BuyBoxShareCurve"/>.
/// </summary>
/// <param name="Days">Days with a buy-box share above zero (the points of the elasticity fit).</param>
/// <param name="PriceLevels">Distinct landed prices among those days.</param>
public sealed record DemandFit(double LogScale, double Elasticity, double ElasticityStdError, int Days, int PriceLevels,
    long MinLandedPence, long MaxLandedPence, BuyBoxShareCurve Share)
{
    /// <summary>The curve is usable: enough points, more than one price, and demand falling with price.</summary>
    public bool IsUsable => Days >= 3 && PriceLevels >= 2 && double.IsFinite(Elasticity) && double.IsFinite(ElasticityStdError) && Elasticity < 0;

    /// <summary>Expected units a day while holding the whole buy box at <paramref name="landedPence"/>.</summary>
    public double UnitsPerBuyBoxDay(long landedPence) => Math.Exp(LogScale + Elasticity * Math.Log(Math.Max(1, landedPence)));

    public static DemandFit Fit(IReadOnlyList<DemandObservation> history)
    {
        // One pass takes the logs (the costly part) into pooled arrays; the sums then run over them.
        var x = ArrayPool<double>.Shared.Rent(Math.Max(1, history.Count));
        var y = ArrayPool<double>.Shared.Rent(Math.Max(1, history.Count));
        var w = ArrayPool<double>.Shared.Rent(Math.Max(1, history.Count));
        var prices = ArrayPool<long>.Shared.Rent(Math.Max(1, history.Count));
        try
        {
            var n = 0;
            double sw = 0;
            foreach (var o in history)
            {
                if (!(o.BuyBoxShare > 0) || o.OurLandedPence <= 0 || o.Units < 0)
                {
                    continue;
                }
                w[n] = Math.Min(o.BuyBoxShare, 1.0);
                x[n] = Math.Log(o.OurLandedPence);
                y[n] = Y(o);
                prices[n] = o.OurLandedPence;
                sw += w[n];
                n++;
            }
            var share = BuyBoxShareCurve.Fit(history);
            var sorted = prices.AsSpan(0, n);
            sorted.Sort();
            var levels = 0;
            for (var i = 0; i < n; i++)
            {
                levels += i == 0 || sorted[i] != sorted[i - 1] ? 1 : 0;
            }
            var (min, max) = n == 0 ? (0L, 0L) : (sorted[0], sorted[n - 1]);
            if (n < 3 || levels < 2)
            {
                return new DemandFit(0, double.NaN, double.NaN, n, levels, min, max, share);
            }
            double xBar = 0, yBar = 0;
            for (var i = 0; i < n; i++)
            {
                w[i] *= n / sw; // weights normalised to mean 1
                xBar += w[i] * x[i] / n;
                yBar += w[i] * y[i] / n;
            }
            double sxx = 0, sxy = 0;
            for (var i = 0; i < n; i++)
            {
                sxx += w[i] * (x[i] - xBar) * (x[i] - xBar);
                sxy += w[i] * (x[i] - xBar) * (y[i] - yBar);
            }
            var slope = sxy / sxx;
            var intercept = yBar - slope * xBar;
            double sse = 0;
            for (var i = 0; i < n; i++)
            {
                var r = y[i] - (intercept + slope * x[i]);
                sse += w[i] * r * r;
            }
            return new DemandFit(intercept, slope, Math.Sqrt(sse / (n - 2) / sxx), n, levels, min, max, share);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(x);
            ArrayPool<double>.Shared.Return(y);
            ArrayPool<double>.Shared.Return(w);
            ArrayPool<long>.Shared.Return(prices);
        }
    }

    private static double Y(DemandObservation o) => Math.Log((o.Units + 0.5) / Math.Min(o.BuyBoxShare, 1.0));
}

/// <summary>
/// Our mean buy-box share by price gap to the lowest competitor (gap = our landed / theirs - 1, in
/// buckets up to -5%, -2%, -0.5%, +0.5%, +2%, +5%, +10% and above), made non-increasing in the gap
/// (pool-adjacent-violators), plus the share on days with no competitor. Null where no day fell.
/// </summary>
public sealed record BuyBoxShareCurve(IReadOnlyList<double?> Buckets, double? Alone)
{
    /// <summary>The bucket upper bounds in percent; the last bucket is open.</summary>
    public static IReadOnlyList<double> UpperBounds { get; } = [-5, -2, -0.5, 0.5, 2, 5, 10, double.PositiveInfinity];

    /// <summary>The share at <paramref name="ourLanded"/> against <paramref name="competitorLanded"/> (null: no competitor).</summary>
    public double? ShareAt(long ourLanded, long? competitorLanded) =>
        competitorLanded is { } theirs and > 0 ? Buckets[Bucket(ourLanded, theirs)] : Alone;

    public static int Bucket(long ourLanded, long competitorLanded)
    {
        var gap = (ourLanded - competitorLanded) * 100.0 / competitorLanded;
        var i = 0;
        while (gap > UpperBounds[i])
        {
            i++;
        }
        return i;
    }

    public static BuyBoxShareCurve Fit(IReadOnlyList<DemandObservation> history)
    {
        var count = UpperBounds.Count;
        var sums = new double[count];
        var days = new double[count];
        double aloneSum = 0, aloneDays = 0;
        foreach (var o in history)
        {
            var share = Math.Clamp(o.BuyBoxShare, 0, 1);
            if (o.CompetitorLandedPence is { } theirs and > 0)
            {
                var b = Bucket(o.OurLandedPence, theirs);
                sums[b] += share;
                days[b]++;
            }
            else
            {
                aloneSum += share;
                aloneDays++;
            }
        }
        return new BuyBoxShareCurve(Monotone.NonIncreasing(sums, days), aloneDays > 0 ? aloneSum / aloneDays : null);
    }
}
