using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SellerConsole.Costing;
using SellerConsole.Costing.Data;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Marketplace.Sandbox.Simulation;
using SellerConsole.Orders;
using SellerConsole.Reports.Export;
using SellerConsole.Reports.Profit;
using SellerConsole.Reports.Rendering;
using MudBlazor.Services;
using SellerConsole.Security;

namespace SellerConsole.Bench;

/// <summary>
/// The profit and loss report over a year of a 500-SKU Sandbox shop (every SKU costed with a kit and a
/// part): orders from the simulated world saved to SQLite, then the report built by SKU and by day
/// (query + costing), written as .xlsx and CSV, and printed to PDF by headless Chromium (first print
/// includes starting the browser; the second reuses it, as the app does).
/// </summary>
public sealed class ProfitReportBenchmark : IBenchmark
{
    private static readonly DateTime Now = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime CostsFrom = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public string Name => "profit-report";

    public string Description => "Profit and loss report over a year of a 500-SKU Sandbox shop: build by SKU and by day, xlsx, CSV and PDF";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await using var database = await BenchDatabase.CreateAsync(cancellationToken);
        var dbs = database.Factory;
        var clock = TimeProvider.System;
        var store = new CostingStore(dbs, new LiveFeed(NullLogger<LiveFeed>.Instance), new AuditLog(dbs, clock), clock, NullLogger<CostingStore>.Instance);
        await store.SnapshotAsync(cancellationToken); // seeds fees, the example postage card and labour rate
        var world = MarketSimulation.Create(new SimulationSettings(Seed: 20261122, Listings: 500, HistoryStartUtc: Now.AddDays(-730)), Now);
        var period = new ReportPeriod(DateOnly.FromDateTime(Now).AddDays(-365), DateOnly.FromDateTime(Now).AddDays(-1));
        var orders = await SeedAsync(dbs, world, period, cancellationToken);
        store.Invalidate();
        output.WriteLine($"   {orders:N0} orders over {period.Label}, {world.Catalogue.Count} SKUs costed");

        var service = new ProfitReportService(dbs, store, NullLogger<ProfitReportService>.Instance);
        foreach (var by in new[] { ProfitGrouping.Sku, ProfitGrouping.Day, ProfitGrouping.Sku })
        {
            var watch = Stopwatch.StartNew();
            var report = await service.BuildAsync(period, by, cancellationToken);
            output.WriteLine($"   build by {by}: {watch.ElapsedMilliseconds} ms ({report.Totals.Units:N0} units, {report.Rows.Count} rows, profit {Shared.Money.Format(report.Totals.Profit)}, {report.Totals.UncostedUnits} uncosted)");
        }
        var bySku = await service.BuildAsync(period, ProfitGrouping.Day, cancellationToken);
        var document = ProfitReportDefinition.Document(bySku);
        var xlsx = Stopwatch.StartNew();
        var workbook = ReportXlsx.Write(document);
        output.WriteLine($"   xlsx by day: {xlsx.ElapsedMilliseconds} ms, {workbook.Length / 1024:N0} KB");
        var csv = Stopwatch.StartNew();
        var text = ReportCsv.Write(document);
        output.WriteLine($"   csv by day: {csv.ElapsedMilliseconds} ms, {text.Length / 1024:N0} KB");
        await PdfAsync(output, service, period, cancellationToken);
        await DigestAsync(output, dbs, service, period, cancellationToken);
        output.WriteLine($"   peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB (this process; Chromium runs in its own)");
    }

    private static async Task PdfAsync(TextWriter output, ProfitReportService service, ReportPeriod period, CancellationToken ct)
    {
        var services = new ServiceCollection().AddLogging().AddMudServices().BuildServiceProvider();
        await using var _ = services;
        var loggers = services.GetRequiredService<ILoggerFactory>();
        await using var printer = new ChromiumPrinter(new ConfigurationBuilder().Build(), loggers);
        var html = new ReportHtml(services.GetRequiredService<IServiceScopeFactory>(), loggers);
        foreach (var (by, run) in new[] { (ProfitGrouping.Sku, "first, starts Chromium"), (ProfitGrouping.Sku, "browser reused"), (ProfitGrouping.Day, "browser reused") })
        {
            var report = await service.BuildAsync(period, by, ct);
            var view = ProfitReportPrint.Printable(report);
            var watch = Stopwatch.StartNew();
            var markup = await html.RenderAsync(view);
            var rendered = watch.ElapsedMilliseconds;
            var bytes = await printer.PdfAsync(markup, new PrintHeader(view.Title, view.Period), ct);
            output.WriteLine($"   pdf by {by} ({run}): {watch.ElapsedMilliseconds} ms ({rendered} ms Razor to HTML, {watch.ElapsedMilliseconds - rendered} ms Chromium), {report.Rows.Count} rows, {markup.Length / 1024:N0} KB HTML, {bytes.Length / 1024:N0} KB");
        }
    }

    /// <summary>The morning digest and the weekly summary for the last day (week) of the year: loading, then HTML and text.</summary>
    private static async Task DigestAsync(TextWriter output, IDbContextFactory<SellerDb> dbs, ProfitReportService service, ReportPeriod period, CancellationToken ct)
    {
        var loader = new Digests.DigestLoader(dbs, service);
        foreach (var kind in new[] { Digests.DigestKind.Daily, Digests.DigestKind.Weekly, Digests.DigestKind.Daily })
        {
            var watch = Stopwatch.StartNew();
            var content = await loader.LoadAsync(kind, period.To.AddDays(1), ct);
            var loaded = watch.ElapsedMilliseconds;
            var mail = new Digests.DigestDraft(content, "https://seller.example.com").ToMail();
            output.WriteLine($"   digest {kind}: {watch.ElapsedMilliseconds} ms ({loaded} ms loading, {mail.Html.Length / 1024:N0} KB HTML, {content.Sales.Orders:N0} orders)");
        }
    }

    private static async Task<int> SeedAsync(IDbContextFactory<SellerDb> dbs, MarketSimulation world, ReportPeriod period, CancellationToken ct)
    {
        var rng = new Random(150);
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < 40; i++)
        {
            db.CostComponents.Add(new StoredComponent
            {
                Code = $"C{i}", Name = $"Part {i}", Supplier = "Acme", SupplierCode = $"A{i}", PackSize = 100, VatRate = 0.20m,
                Costs = [new StoredComponentCost { EffectiveFromUtc = CostsFrom, PackCostPence = rng.Next(50, 3_000) },
                    new StoredComponentCost { EffectiveFromUtc = CostsFrom.AddDays(700), PackCostPence = rng.Next(50, 3_000) }],
            });
        }
        for (var k = 0; k < 10; k++)
        {
            db.CostKits.Add(new StoredKit
            {
                Code = $"K{k}", Name = $"Kit {k}",
                Lines = Enumerable.Range(0, 3).Select(p => new StoredKitLine { Position = p, ItemKind = BomItemKind.Component, ItemCode = $"C{rng.Next(40)}", Quantity = rng.Next(1, 6) }).ToList(),
            });
        }
        foreach (var listing in world.Catalogue)
        {
            db.SkuCosts.Add(new StoredSkuCost
            {
                Sku = listing.Sku, LabourMinutes = 2, WeightGrams = rng.Next(100, 1_800), LengthCm = 30, WidthCm = 20, DepthCm = 2, UpdatedUtc = CostsFrom,
                Lines =
                [
                    new StoredSkuLine { Position = 0, ItemKind = BomItemKind.Kit, ItemCode = $"K{rng.Next(10)}", Quantity = 1 },
                    new StoredSkuLine { Position = 1, ItemKind = BomItemKind.Component, ItemCode = $"C{rng.Next(40)}", Quantity = rng.Next(1, 4) },
                ],
            });
        }
        var count = 0;
        for (var offset = 0; ; offset += 1_000)
        {
            var page = world.GetOrdersCreated(period.FromUtc, period.ToUtcExclusive, offset, 1_000);
            foreach (var o in page.Items)
            {
                db.Orders.Add(new Order
                {
                    AmazonOrderId = o.AmazonOrderId, PurchasedUtc = o.PurchaseDateUtc, LastUpdatedUtc = o.LastUpdatedUtc, Status = o.Status.ToString(),
                    TotalPence = Shared.Money.ToPence(o.OrderTotal),
                    Lines = o.Items.Select(i => new OrderLine
                    {
                        Sku = i.Sku, Asin = i.Asin, Title = i.Title, Quantity = i.Quantity,
                        ItemPricePence = Shared.Money.ToPence(i.ItemPrice), ShippingPricePence = Shared.Money.ToPence(i.ShippingPrice),
                    }).ToList(),
                });
            }
            count += page.Items.Count;
            if (page.Items.Count < 1_000)
            {
                break;
            }
        }
        await db.SaveChangesAsync(ct);
        return count;
    }
}
