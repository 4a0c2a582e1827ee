using SellerConsole.Marketplace.SpApi;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>
/// The client-side limiter, driven the way <see cref="UsagePlanGate"/> drives it (callers queue per
/// operation, the head asks, waits the answer rounded up to a millisecond, asks again) on a manual
/// clock, over thousands of random call patterns: bursts, gaps, several operations, random 429 drains.
/// </summary>
public sealed class UsagePlanPropertyTests
{
    private static readonly double[] Compressions = [1, 1, 10, 60];

    [Fact]
    public void No_window_ever_holds_more_requests_than_rate_times_window_plus_burst()
    {
        const int cases = 3000;
        for (var seed = 0; seed < cases; seed++)
        {
            var rng = new Random(seed);
            var compression = Compressions[rng.Next(Compressions.Length)];
            var operations = SpApiOperation.RateLimited.OrderBy(_ => rng.Next()).Take(rng.Next(1, 5)).ToList();
            var grants = Simulate(rng, operations, compression, out var arrivals);
            foreach (var operation in operations)
            {
                var times = grants[operation.Name];
                Assert.True(times.Count == arrivals[operation.Name], $"seed {seed}: {operation.Name} granted {times.Count} of {arrivals[operation.Name]}");
                AssertWithinPlan(times, operation.Rate * compression, operation.Burst, $"seed {seed}, {operation.Name} x{compression}");
            }
        }
    }

    internal static void AssertWithinPlan(IReadOnlyList<DateTimeOffset> sends, double rate, int burst, string context)
    {
        var sorted = sends.OrderBy(t => t).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + burst; j < sorted.Count; j++)
            {
                var allowed = rate * (sorted[j] - sorted[i]).TotalSeconds + burst;
                Assert.True(j - i + 1 <= allowed + 1e-9,
                    $"{context}: {j - i + 1} requests in {(sorted[j] - sorted[i]).TotalSeconds:0.######} s, plan allows {allowed:0.###}");
            }
        }
    }

    private static Dictionary<string, List<DateTimeOffset>> Simulate(
        Random rng, IReadOnlyList<SpApiOperation> operations, double compression, out Dictionary<string, int> arrivals)
    {
        var clock = new ManualTimeProvider();
        var buckets = operations.ToDictionary(o => o.Name, o => new TokenBucket(o.Rate * compression, o.Burst, clock.GetUtcNow()));
        var queues = operations.ToDictionary(o => o.Name, _ => new Queue<DateTimeOffset>());
        var grants = operations.ToDictionary(o => o.Name, _ => new List<DateTimeOffset>());
        var events = new PriorityQueue<(string Operation, bool Arrival), DateTimeOffset>();
        arrivals = operations.ToDictionary(o => o.Name, _ => 0);

        var at = clock.GetUtcNow();
        for (var n = rng.Next(10, 120); n > 0; n--)
        {
            var operation = operations[rng.Next(operations.Count)];
            var interval = 1 / (operation.Rate * compression);
            at += rng.Next(10) switch
            {
                < 5 => TimeSpan.Zero,
                < 9 => TimeSpan.FromSeconds(rng.NextDouble() * 2 * interval),
                _ => TimeSpan.FromSeconds(rng.NextDouble() * 180),
            };
            events.Enqueue((operation.Name, true), at);
            arrivals[operation.Name]++;
        }

        var asking = new HashSet<string>();
        while (events.TryDequeue(out var e, out var when))
        {
            clock.SetUtcNow(when);
            var now = clock.GetUtcNow();
            if (e.Arrival)
            {
                queues[e.Operation].Enqueue(now);
                if (!asking.Add(e.Operation))
                {
                    continue;
                }
            }
            var bucket = buckets[e.Operation];
            var wait = bucket.TryTake(now);
            if (wait > TimeSpan.Zero)
            {
                events.Enqueue((e.Operation, false), now + TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)));
                continue;
            }
            Assert.True(queues[e.Operation].Dequeue() <= now, "a request was sent before it was made");
            grants[e.Operation].Add(now);
            if (rng.Next(20) == 0)
            {
                bucket.Drain(now);
            }
            if (queues[e.Operation].Count > 0)
            {
                events.Enqueue((e.Operation, false), now);
            }
            else
            {
                asking.Remove(e.Operation);
            }
        }
        return grants;
    }
}
