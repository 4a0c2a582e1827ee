namespace SellerConsole.Pricing.Engine;

/// <summary>Pool-adjacent-violators: the closest non-increasing sequence of weighted means.</summary>
internal static class Monotone
{
    /// <summary>Means sums[i]/weights[i], pooled so they never rise; buckets with no weight stay null.</summary>
    public static IReadOnlyList<double?> NonIncreasing(double[] sums, double[] weights)
    {
        var blocks = new List<(double Sum, double Weight, List<int> Members)>();
        for (var i = 0; i < sums.Length; i++)
        {
            if (weights[i] <= 0)
            {
                continue;
            }
            blocks.Add((sums[i], weights[i], [i]));
            while (blocks.Count > 1)
            {
                var last = blocks[^1];
                var before = blocks[^2];
                if (before.Sum / before.Weight >= last.Sum / last.Weight)
                {
                    break;
                }
                before.Members.AddRange(last.Members);
                blocks[^2] = (before.Sum + last.Sum, before.Weight + last.Weight, before.Members);
                blocks.RemoveAt(blocks.Count - 1);
            }
        }
        var result = new double?[sums.Length];
        foreach (var (sum, weight, members) in blocks)
        {
            foreach (var i in members)
            {
                result[i] = sum / weight;
            }
        }
        return result;
    }
}
