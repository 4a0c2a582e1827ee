using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using SellerConsole.Marketplace.SpApi;

namespace SellerConsole.Bench;

/// <summary>
/// The SP-API adapter's own cost, against an in-memory handler (no network): a typed call end to end
/// (usage plan, Polly pipeline, LWA cache, JSON mapping), the All Listings report decode + parse, the
/// token bucket, and a 500-ASIN offers sync under a time-compressed usage plan on the real clock.
/// </summary>
public sealed class SpApiBenchmark : IBenchmark
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public string Name => "spapi";

    public string Description => "SP-API client: calls/s of overhead, report rows/s, bucket decisions/s, compressed-plan sync time";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new Answers()) { Timeout = Timeout.InfiniteTimeSpan };
        var credentials = new SpApiCredentials("bench-client", "bench-secret", "Atzr|bench", "A2BENCHSELLER");

        // Plans compressed a million times so the bucket never makes a sequential caller wait.
        var fast = new SpApiClient(http, new SpApiOptions { BaseUrl = new("https://bench.local"), LwaTokenUrl = new("https://bench.local/auth/o2/token"), TimeCompression = 1e6 },
            _ => ValueTask.FromResult(credentials), TimeProvider.System);
        await Measure(output, "getCatalogItem (sequential)", 1, () => fast.GetCatalogItemAsync("B0CX23V2ZK", cancellationToken), cancellationToken);
        await Measure(output, "getListingsItem (sequential)", 1, () => fast.GetListingAsync("FF-SD32", cancellationToken), cancellationToken);
        await Measure(output, "getListingsItem (8 callers)", 8, () => fast.GetListingAsync("FF-SD32", cancellationToken), cancellationToken);

        var report = AllListings(20_000);
        var gzipped = Gzip(report);
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (watch.Elapsed < Budget && !cancellationToken.IsCancellationRequested)
        {
            GC.KeepAlive(MerchantListingsParser.Parse(ReportDocumentDecoder.Decode(gzipped, null)));
            runs++;
        }
        output.WriteLine($"   All Listings report, 20,000 rows ({report.Length / 1048576.0:F1} MB Windows-1252, {gzipped.Length / 1048576.0:F1} MB gzipped): " +
                         $"{watch.Elapsed.TotalMilliseconds / runs:F0} ms per report, {20_000.0 * runs / watch.Elapsed.TotalSeconds:N0} rows/s (gunzip + sniff + parse)");

        var bucket = new TokenBucket(5, 10, DateTimeOffset.UnixEpoch);
        var decisions = 0L;
        var at = DateTimeOffset.UnixEpoch;
        watch.Restart();
        while (watch.Elapsed < TimeSpan.FromSeconds(1))
        {
            for (var i = 0; i < 10_000; i++)
            {
                at += bucket.TryTake(at) is { Ticks: > 0 } wait ? wait : TimeSpan.FromMilliseconds(1);
            }
            decisions += 10_000;
        }
        output.WriteLine($"   token bucket: {decisions / watch.Elapsed.TotalSeconds:N0} decisions/s");

        const double compression = 100;
        var paced = new SpApiClient(http, new SpApiOptions { BaseUrl = new("https://bench.local"), LwaTokenUrl = new("https://bench.local/auth/o2/token"), TimeCompression = compression },
            _ => ValueTask.FromResult(credentials), TimeProvider.System);
        watch.Restart();
        var offers = await paced.GetItemOffersBatchAsync(Enumerable.Range(0, 500).Select(i => $"B0{i:D8}"), cancellationToken);
        var planned = (500 / 20 - 1) / (0.1 * compression);
        output.WriteLine($"   500 ASINs of offers (25 getItemOffersBatch calls at 0.1/s x{compression}): {watch.Elapsed.TotalSeconds:F2} s " +
                         $"(plan floor {planned:F2} s; uncompressed {planned * compression / 60:F0} min), {offers.Count} results");
    }

    private static async Task Measure(TextWriter output, string what, int callers, Func<Task> call, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 2_000; i++)
        {
            await call();
        }
        var watch = Stopwatch.StartNew();
        var count = 0L;
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            while (watch.Elapsed < Budget && !cancellationToken.IsCancellationRequested)
            {
                await call();
                Interlocked.Increment(ref count);
            }
        }));
        output.WriteLine($"   {what,-30} {count / watch.Elapsed.TotalSeconds,9:N0} calls/s  {watch.Elapsed.TotalMilliseconds * 1000 * callers / count,7:F1} µs/call");
    }

    private static byte[] AllListings(int rows)
    {
        var text = new StringBuilder("item-name\titem-description\tlisting-id\tseller-sku\tprice\tquantity\topen-date\timage-url\tproduct-id-type\titem-condition\tasin1\tproduct-id\tfulfillment-channel\tstatus\r\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append($"Café drill bit set £{i % 50} No. {i}\tHSS bits for wood & metal – {i}\t0301{i:X6}\tSKU-{i:D6}\t{9 + i % 40}.99\t{i % 30}\t")
                .Append($"2024-06-14 10:32:45 BST\thttps://m.media-amazon.com/images/I/{i}.jpg\t1\t11\tB0{i:D8}\tB0{i:D8}\tDEFAULT\tActive\r\n");
        }
        return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text.ToString());
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }
        return output.ToArray();
    }

    /// <summary>Instant answers in Amazon's shapes, chosen by path.</summary>
    private sealed class Answers : HttpMessageHandler
    {
        private const string Listing = """{"sku":"FF-SD32","summaries":[{"marketplaceId":"A1F83G8C2ARO7P","asin":"B0CX23V2ZK","productType":"SCREWDRIVER","conditionType":"new_new","status":["BUYABLE","DISCOVERABLE"],"itemName":"Magnetic Screwdriver Set","createdDate":"2024-02-01T08:30:00Z","lastUpdatedDate":"2026-02-27T16:45:10Z","mainImage":{"link":"https://m.media-amazon.com/images/I/61main.jpg","height":1500,"width":1200}}],"attributes":{"item_name":[{"value":"Magnetic Screwdriver Set","marketplace_id":"A1F83G8C2ARO7P"}],"brand":[{"value":"Forgefast","marketplace_id":"A1F83G8C2ARO7P"}],"bullet_point":[{"value":"32 pieces"},{"value":"Magnetic tips"}],"purchasable_offer":[{"audience":"ALL","currency":"GBP","marketplace_id":"A1F83G8C2ARO7P","our_price":[{"schedule":[{"value_with_tax":24.99}]}],"minimum_seller_allowed_price":[{"schedule":[{"value_with_tax":19.5}]}]}]},"issues":[],"fulfillmentAvailability":[{"fulfillmentChannelCode":"DEFAULT","quantity":37}]}""";
        private const string Catalog = """{"asin":"B0CX23V2ZK","summaries":[{"marketplaceId":"A1F83G8C2ARO7P","itemName":"Magnetic Screwdriver Set","brand":"Forgefast","browseClassification":{"displayName":"Screwdriver Sets","classificationId":"1939156031"}}],"salesRanks":[{"marketplaceId":"A1F83G8C2ARO7P","classificationRanks":[{"classificationId":"1939156031","title":"Screwdriver Sets","rank":17}],"displayGroupRanks":[{"websiteDisplayGroup":"diy_display_on_website","title":"DIY & Tools","rank":1234}]}],"images":[{"marketplaceId":"A1F83G8C2ARO7P","images":[{"variant":"MAIN","link":"https://m.media-amazon.com/images/I/61main.jpg","height":1500,"width":1200}]}],"identifiers":[{"marketplaceId":"A1F83G8C2ARO7P","identifiers":[{"identifierType":"EAN","identifier":"5056123456789"}]}]}""";

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            var json = path switch
            {
                "/auth/o2/token" => """{"access_token":"Atza|bench","token_type":"bearer","expires_in":3600}""",
                _ when path.StartsWith("/listings/", StringComparison.Ordinal) => Listing,
                _ when path.StartsWith("/catalog/", StringComparison.Ordinal) => Catalog,
                _ when path.StartsWith("/batches/products/pricing/v0/itemOffers", StringComparison.Ordinal) => Offers(await request.Content!.ReadAsStringAsync(cancellationToken)),
                _ => throw new InvalidOperationException(path),
            };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }

        private static string Offers(string body)
        {
            var asins = System.Text.Json.Nodes.JsonNode.Parse(body)!["requests"]!.AsArray().Select(r => ((string)r!["uri"]!).Split('/')[^2]);
            return "{\"responses\":[" + string.Join(",", asins.Select(a =>
                """{"status":{"statusCode":200},"request":{"Asin":"@A"},"body":{"payload":{"ASIN":"@A","status":"Success","Summary":{"TotalOfferCount":1},"Offers":[{"SellerId":"A3X","ListingPrice":{"CurrencyCode":"GBP","Amount":9.99},"Shipping":{"CurrencyCode":"GBP","Amount":0}}]}}}""".Replace("@A", a))) + "]}";
        }
    }
}
