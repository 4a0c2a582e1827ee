namespace SellerConsole.Pricing.Engine;

/// <summary>Pool-adjacent-violators: the closest non-increasing sequence of weighted means.</summary>
internal static class Monotone
{
    /// <summary>Means sums[i]/weights[i], pooled so they never rise; buckets with no weight stay null.</summary>
    public static IReadOnlyList<double?> NonIncreasing(double[] sums, double[] weights)
    {
        // Blocks on a stack: each holds a pooled sum and weight and the first bucket it covers.
        Span<double> blockSum = stackalloc double[sums.Length];
        Span<double> blockWeight = stackalloc double[sums.Length];
        Span<int> blockStart = stackalloc int[sums.Length];
        var blocks = 0;
        for (var i = 0; i < sums.Length; i++)
        {
            if (weights[i] <= 0)
            {
                continue;
            }
            blockSum[blocks] = sums[i];
            blockWeight[blocks] = weights[i];
            blockStart[blocks] = i;
            blocks++;
            while (blocks > 1 && blockSum[blocks - 2] / blockWeight[blocks - 2] < blockSum[blocks - 1] / blockWeight[blocks - 1])
            {
                blockSum[blocks - 2] += blockSum[blocks - 1];
                blockWeight[blocks - 2] += blockWeight[blocks - 1];
                blocks--;
            }
        }
        var result = new double?[sums.Length];
        for (var b = 0; b < blocks; b++)
        {
            var end = b + 1 < blocks ? blockStart[b + 1] : sums.Length;
            for (var i = blockStart[b]; i < end; i++)
            {
                result[i] = weights[i] > 0 ? blockSum[b] / blockWeight[b] : null;
            }
        }
        return result;
    }
}
