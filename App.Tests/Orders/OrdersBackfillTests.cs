using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog.Sync;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Orders;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Orders;

/// <summary>The orders sync against the Sandbox: the first sync backfills from the orders report, later ones use searchOrders.</summary>
public sealed class OrdersBackfillTests
{
    private static readonly Dictionary<string, string?> SearchOnly = new() { ["Orders:BackfillAfterHours"] = "0" };

    private sealed record Run(JobResult Result, List<string> Progress);

    /// <summary>Every progress message: the job context's clock steps a second per read, so none is held back by the publish interval.</summary>
    private sealed class SteppingTimestamps : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _ticks, TimeSpan.TicksPerSecond);
    }

    private static async Task<Run> SyncAsync(SandboxApp app, long runId)
    {
        var live = app.Service<LiveFeed>();
        var progress = new List<string>();
        var received = 0;
        using var subscription = live.Subscribe<JobProgressed>(p =>
        {
            lock (progress)
            {
                if (p.RunId == runId && p.Message is { } m) progress.Add(m);
                received++;
            }
            return Task.CompletedTask;
        });
        var context = new JobContext(JobSchedules.Find("orders-sync")!, runId, "test", live, new SteppingTimestamps());
        var result = await ClockPump.RunAsync(app.Clock, () => app.Service<OrdersSync>().RunAsync(context, CancellationToken.None));
        // Live events are delivered in order on the subscriber's queue: a marker published last arrives last.
        live.Publish(new JobProgressed("marker", runId, 1, 1, "end"));
        await Eventually.GetAsync(() => Task.FromResult(Volatile.Read(ref received)), _ => { lock (progress) return progress.Contains("end"); }, what: "progress events");
        lock (progress) return new Run(result, [.. progress.Where(m => m != "end")]);
    }

    private static long Calls(SandboxApp app, string operation) =>
        app.Service<MarketplaceStatus>().Quotas.SingleOrDefault(q => q.Operation == operation)?.TotalCalls ?? 0;

    /// <summary>Orders purchased before the cut-off: id, status, total and lines.</summary>
    private static async Task<List<string>> OrdersAsync(SandboxApp app, DateTime before)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.PurchasedUtc < before).OrderBy(o => o.AmazonOrderId).ToListAsync();
        return [.. orders.Select(o => string.Join('|', o.AmazonOrderId, o.PurchasedUtc.ToString("O"), o.Status, o.TotalPence, o.ShipPostcodeArea, o.FulfillmentChannel,
            string.Join(';', o.Lines.OrderBy(l => l.Sku).Select(l => $"{l.Sku}:{l.Asin}:{l.Quantity}:{l.ItemPricePence}:{l.ShippingPricePence}"))))];
    }

    [Fact]
    public async Task The_first_sync_reads_the_orders_report_and_stores_what_searchOrders_would()
    {
        using var searched = new SandboxApp(SearchOnly);
        var bySearch = await SyncAsync(searched, 1);
        using var reported = new SandboxApp();
        var byReport = await SyncAsync(reported, 1);

        Assert.Equal(0, Calls(searched, "createReport"));
        Assert.Equal(1, Calls(reported, "createReport"));
        Assert.Equal(1, Calls(reported, "getReportDocument"));
        // The report brings the month; searchOrders only re-reads the report's last hour: one page.
        Assert.Equal(1, Calls(reported, "searchOrders"));
        Assert.True(Calls(searched, "searchOrders") > 1, $"searchOrders read the month in {Calls(searched, "searchOrders")} page(s)");

        // Orders more than two days old are settled (the simulation ships or cancels within 44 h), so both apps
        // must hold exactly the same of them; newer ones may have moved on in the seconds between the two runs.
        var settled = SandboxApp.Start.UtcDateTime.AddDays(-2);
        var expected = await OrdersAsync(searched, settled);
        Assert.True(expected.Count > 100, $"a 30-day window of a 40-listing shop has orders ({expected.Count})");
        Assert.Equal(expected, await OrdersAsync(reported, settled));
        var recent = SandboxApp.Start.UtcDateTime.AddMinutes(-10);
        Assert.Equal((await OrdersAsync(searched, recent)).Select(o => o.Split('|')[0]), (await OrdersAsync(reported, recent)).Select(o => o.Split('|')[0]));
        Assert.Contains(expected, o => o.Contains("|PENDING|", StringComparison.Ordinal) || o.Contains("|CANCELLED|", StringComparison.Ordinal));

        Assert.StartsWith("Backfill from Amazon's orders report: ", byReport.Result.Summary);
        Assert.DoesNotContain("Backfill", bySearch.Result.Summary);
        Assert.DoesNotContain(bySearch.Progress, m => m.Contains("report", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Progress_names_the_report_backfill_then_searchOrders_and_a_later_sync_uses_searchOrders_only()
    {
        using var app = new SandboxApp();
        var first = await SyncAsync(app, 1);

        var waiting = first.Progress.FindIndex(m => m.StartsWith("Backfill from Amazon's orders report: waiting for the report (", StringComparison.Ordinal));
        var saved = first.Progress.FindLastIndex(m => m.StartsWith("Backfill: ", StringComparison.Ordinal) && m.EndsWith(" orders saved", StringComparison.Ordinal));
        var search = first.Progress.FindIndex(m => m.StartsWith("New orders since ", StringComparison.Ordinal) && m.Contains("(searchOrders): ", StringComparison.Ordinal));
        Assert.True(waiting >= 0 && saved > waiting && search > saved, string.Join('\n', first.Progress));
        Assert.Contains(first.Progress, m => m.Contains("(IN_QUEUE)", StringComparison.Ordinal) || m.Contains("(IN_PROGRESS)", StringComparison.Ordinal));
        var count = await app.CountAsync(db => db.Orders);

        app.Clock.Advance(TimeSpan.FromHours(6));
        var second = await SyncAsync(app, 2);

        Assert.Equal(1, Calls(app, "createReport"));
        Assert.DoesNotContain(second.Progress, m => m.Contains("Backfill", StringComparison.Ordinal));
        Assert.Contains(second.Progress, m => m.StartsWith("New orders since ", StringComparison.Ordinal) && m.Contains("(searchOrders)", StringComparison.Ordinal));
        Assert.DoesNotContain("Backfill", second.Result.Summary);
        var after = await app.CountAsync(db => db.Orders);
        Assert.True(after > count, $"six hours bring orders ({count} -> {after})");
        Assert.Equal(after, await app.CountAsync(db => db.Orders.Select(o => o.AmazonOrderId).Distinct()));

        // Two days without a sync: longer than Orders:BackfillAfterHours, so the gap comes from a report again.
        app.Clock.Advance(TimeSpan.FromDays(2));
        var third = await SyncAsync(app, 3);
        Assert.Equal(2, Calls(app, "createReport"));
        Assert.StartsWith("Backfill from Amazon's orders report: ", third.Result.Summary);
        Assert.Equal(await app.CountAsync(db => db.Orders), await app.CountAsync(db => db.Orders.Select(o => o.AmazonOrderId).Distinct()));
    }

    [Theory]
    [InlineData("FATAL")]
    [InlineData("CANCELLED")]
    public async Task A_report_that_fails_falls_back_to_searchOrders_for_the_window_and_says_so(string outcome)
    {
        using var searched = new SandboxApp(SearchOnly);
        await SyncAsync(searched, 1);
        using var app = new SandboxApp();
        app.Service<SandboxFaults>().FailReports(SpApiClient.OrdersByLastUpdateReport, outcome);

        var run = await SyncAsync(app, 1);

        Assert.Equal(1, Calls(app, "createReport"));
        Assert.Equal(0, Calls(app, "getReportDocument"));
        Assert.StartsWith($"Orders report failed (report {outcome}), so searchOrders read the window instead: ", run.Result.Summary);
        Assert.Contains(run.Progress, m => m.StartsWith($"Orders report failed (report {outcome}); reading since ", StringComparison.Ordinal)
            && m.Contains("with searchOrders instead: ", StringComparison.Ordinal));
        var settled = SandboxApp.Start.UtcDateTime.AddDays(-2);
        Assert.Equal(await OrdersAsync(searched, settled), await OrdersAsync(app, settled));
        var state = await app.Service<SyncTracker>().GetAsync(OrdersSync.Name, CancellationToken.None);
        Assert.NotNull(state.LastSuccessUtc);

        // The next sync is an increment: no new report.
        app.Service<SandboxFaults>().Clear();
        app.Clock.Advance(TimeSpan.FromHours(1));
        await SyncAsync(app, 2);
        Assert.Equal(1, Calls(app, "createReport"));
    }
}
