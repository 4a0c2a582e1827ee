using System.Diagnostics;
using System.Reflection;

namespace SellerConsole.Bench;

/// <summary>
/// <c>SellerConsole bench</c> lists benchmarks; <c>SellerConsole bench NAME [NAME...]</c> runs some;
/// <c>SellerConsole bench all</c> runs every one. Benchmarks are found by reflection so adding one
/// is a single new class.
/// </summary>
public static class BenchCommand
{
    public static bool IsBench(string[] args) => args.Length > 0 && args[0] == "bench";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var all = Discover();
        var names = args.Skip(1).ToArray();
        if (names.Length == 0)
        {
            output.WriteLine("Benchmarks (run with: dotnet run -c Release -- bench NAME | all):");
            foreach (var b in all)
            {
                output.WriteLine($"  {b.Name,-24} {b.Description}");
            }
            return 0;
        }

        var selected = names.Contains("all") ? all : all.Where(b => names.Contains(b.Name)).ToList();
        var unknown = names.Where(n => n != "all" && all.All(b => b.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            output.WriteLine($"Unknown benchmark(s): {string.Join(", ", unknown)}. Run 'bench' to list them.");
            return 2;
        }

        foreach (var benchmark in selected)
        {
            output.WriteLine($"== {benchmark.Name}: {benchmark.Description}");
            var clock = Stopwatch.StartNew();
            await benchmark.RunAsync(output, cancellationToken);
            output.WriteLine($"   ({benchmark.Name} finished in {clock.Elapsed.TotalSeconds:F1} s)");
        }
        return 0;
    }

    public static IReadOnlyList<IBenchmark> Discover() =>
        Assembly.GetExecutingAssembly().GetTypes()
            .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
}
