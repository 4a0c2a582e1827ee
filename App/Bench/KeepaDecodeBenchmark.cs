using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using SellerConsole.Marketplace.Keepa;
using SellerConsole.Marketplace.Sandbox.Keepa;

namespace SellerConsole.Bench;

/// <summary>
/// Decoding Keepa <c>GET /product</c> responses of 100 products with two years of history each
/// (simulated by the Sandbox: ~7k rank points, a few thousand price/count points, a dozen offers,
/// stats for 90 days). The bare Utf8JsonReader pass over the same bytes is printed as the ceiling,
/// because absolute figures depend on the machine and its load.
/// </summary>
public sealed class KeepaDecodeBenchmark : IBenchmark
{
    private const int ProductsPerResponse = 100;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public string Name => "keepa-decode";

    public string Description => "Keepa /product decoder: products/s, MB/s and allocation per 100-product response";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var now = new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        var products = Enumerable.Range(0, ProductsPerResponse)
            .Select(i => KeepaHistorySimulator.Simulate($"B0BENCH{i:D3}", 1000 + i, now))
            .ToList();
        var json = KeepaWireEncoder.Encode(new KeepaWireTokens(now, 1200, 60_000, 20, 100), products, new KeepaStatsWindow(now, 90));
        var gzipped = KeepaWireEncoder.Gzip(json);

        var sample = KeepaDecoder.Decode(json);
        output.WriteLine($"   payload: {ProductsPerResponse} products, {json.Length / 1048576.0:F2} MB JSON " +
                         $"({json.Length / ProductsPerResponse / 1024.0:F0} KB/product), {gzipped.Length / 1048576.0:F2} MB gzipped, " +
                         $"{sample.Products.Sum(CountPoints) / ProductsPerResponse:N0} points/product");
        for (var i = 0; i < 3; i++)
        {
            KeepaDecoder.Decode(json);
        }

        Report(output, "Utf8JsonReader alone", json.Length, cancellationToken, () =>
        {
            var reader = new Utf8JsonReader(json);
            long sum = 0;
            while (reader.Read())
            {
                sum += reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v) ? v : 0;
            }
            return sum;
        });
        Report(output, "decode (bytes)", json.Length, cancellationToken, () => KeepaDecoder.Decode(json));
        Report(output, "gunzip + decode (stream)", json.Length, cancellationToken, () =>
        {
            using var unzip = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
            return KeepaDecoder.Decode(unzip);
        });

        long peak = 0;
        for (var i = 0; i < 5; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var decoded = KeepaDecoder.Decode(json);
            peak = Math.Max(peak, GC.GetAllocatedBytesForCurrentThread() - before);
            GC.KeepAlive(decoded);
        }
        output.WriteLine($"   managed allocation per 100-product response: {peak / 1048576.0:F2} MB " +
                         $"({peak / (double)json.Length:F2} x the JSON, {peak / ProductsPerResponse / 1024.0:F0} KB/product)");
        return Task.CompletedTask;
    }

    private static void Report(TextWriter output, string what, int jsonBytes, CancellationToken cancellationToken, Func<object> decode)
    {
        var clock = Stopwatch.StartNew();
        var responses = 0;
        while (clock.Elapsed < Budget && !cancellationToken.IsCancellationRequested)
        {
            GC.KeepAlive(decode());
            responses++;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"   {what,-26} {responses * ProductsPerResponse / seconds,8:N0} products/s " +
                         $"{responses * (double)jsonBytes / seconds / 1048576,7:F1} MB/s  " +
                         $"({clock.Elapsed.TotalMilliseconds / responses:F1} ms per 100-product response)");
    }

    private static int CountPoints(KeepaProduct product) =>
        product.Histories.Prices.Values.Sum(s => s.Count)
        + product.Histories.ShippingPrices.Values.Sum(s => s.Count)
        + product.Histories.Integers.Values.Sum(s => s.Count)
        + (product.Histories.Rating?.Count ?? 0)
        + (product.Offers?.Sum(o => o.History.Count) ?? 0);
}
