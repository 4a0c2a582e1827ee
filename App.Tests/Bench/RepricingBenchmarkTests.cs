using SellerConsole.Bench;

namespace SellerConsole.Tests.Bench;

/// <summary>
/// The repricing benchmarks on a tiny size, so they cannot rot: they run end to end and print their figures.
/// Their speed is measured by `bench`, never here.
/// </summary>
public sealed class RepricingBenchmarkTests
{
    [Fact]
    public async Task A_full_repricing_pass_is_decided_persisted_and_reported_with_the_rows_it_wrote()
    {
        var output = new StringWriter();

        await new RepricingRunBenchmark(skus: 40).RunAsync(output, CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("seeded 40 SKUs", text);
        Assert.Contains("first pass", text);
        Assert.Contains("40 SKUs decided", text);
        Assert.Matches(@"rows written: 40 decisions, [1-9]\d* pushes queued, 40 SKU price states", text);
        Assert.Contains("second pass (steady state)", text);
        Assert.Contains("target: a full pass over 40 SKUs under 2 s", text);
    }

    [Fact]
    public async Task The_live_benchmark_sends_a_small_shop_s_prices_through_the_sandbox_and_reports_the_patch_rate()
    {
        var output = new StringWriter();

        await new RepricingLiveBenchmark(listings: 12, compression: 50, latency: false, executable: AppExecutable()).RunAsync(output, CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("12 listings, plans x50", text);
        Assert.Matches(@"prices queued; one push run sent [1-9]\d* in", text);
        Assert.Matches(@"send rate over [\d.]+ s: [\d.]+ patches/s = [\d,]+ patches/hour extrapolated", text);
    }

    /// <summary>The app built beside this test project (repo/bin/{Configuration}/{tfm}/SellerConsole), as the browser tests start it.</summary>
    private static string AppExecutable()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SellerConsole.sln"))) dir = dir.Parent;
        var repo = dir?.FullName ?? throw new DirectoryNotFoundException("No SellerConsole.sln above the test output");
        var parts = Path.GetRelativePath(Path.Combine(repo, "App.Tests", "bin"), AppContext.BaseDirectory).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var path = Path.Combine([repo, "bin", .. parts, OperatingSystem.IsWindows() ? "SellerConsole.exe" : "SellerConsole"]);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the app first: {path} is missing");
    }
}
