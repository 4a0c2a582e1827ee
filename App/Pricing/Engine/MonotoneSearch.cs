namespace SellerConsole.Pricing.Engine;

/// <summary>
/// Finds the lowest whole-pence price passing a monotone test (false up to some price, true from it
/// on) in a handful of evaluations: a secant guess from a smooth score, then galloping out from the
/// guess to bracket the answer, then halving. The answer is exact whatever the guess; a good guess
/// (profit is nearly linear in price) just makes it about 8 evaluations instead of 60.
/// </summary>
internal static class MonotoneSearch
{
    /// <summary>Where a score that is nearly linear in price crosses zero, from its values at two prices.</summary>
    public static long Secant(Func<long, decimal> score, long p1, long p2)
    {
        var s1 = score(p1);
        var s2 = score(p2);
        if (s2 == s1)
        {
            return p1;
        }
        var root = p1 - s1 * (p2 - p1) / (s2 - s1);
        return root is > 1m and < 1e12m ? (long)Math.Round(root) : 1;
    }

    /// <summary>The lowest price in [1, <paramref name="max"/>] that passes, or null when none does.</summary>
    public static long? Lowest(Func<long, bool> passes, long guess, long max)
    {
        guess = Math.Clamp(guess, 1, max);
        long failing, passing;
        if (passes(guess))
        {
            passing = guess;
            failing = 0;
            for (var step = 1L; ; step *= 2)
            {
                var probe = passing - step;
                if (probe < 1)
                {
                    break;
                }
                if (!passes(probe))
                {
                    failing = probe;
                    break;
                }
                passing = probe;
            }
        }
        else
        {
            failing = guess;
            for (var step = 1L; ; step *= 2)
            {
                if (failing >= max)
                {
                    return null;
                }
                var probe = Math.Min(failing + step, max);
                if (passes(probe))
                {
                    passing = probe;
                    break;
                }
                failing = probe;
            }
        }
        while (passing - failing > 1)
        {
            var mid = failing + (passing - failing) / 2;
            if (passes(mid))
            {
                passing = mid;
            }
            else
            {
                failing = mid;
            }
        }
        return passing;
    }
}
