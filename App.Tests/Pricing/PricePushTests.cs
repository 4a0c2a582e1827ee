using Microsoft.EntityFrameworkCore;
using SellerConsole.Marketplace.Sandbox.Http;
using SellerConsole.Pricing;
using SellerConsole.Pricing.Push;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Pricing;

public sealed class PricePushTests
{
    private static readonly TimeSpan ApplyDelay = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_scheduled_push_with_nothing_open_leaves_no_run_in_the_jobs_history_but_one_with_a_queued_price_runs()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        var jobs = h.App.Service<SellerConsole.Jobs.HangfireJobs>();
        Task<int> RunsAsync() => h.DbAsync(db => db.JobRuns.CountAsync(r => r.JobName == "price-push"));

        await jobs.ScheduledAsync("price-push", CancellationToken.None);
        Assert.Equal(0, await RunsAsync());

        var listing = (await h.App.ListingsAsync())[0];
        await h.QueueAsync(listing.Sku, listing.PricePence!.Value - 5, listing.PricePence);
        await ClockPump.RunAsync(h.App.Clock, () => jobs.ScheduledAsync("price-push", CancellationToken.None));
        Assert.Equal(1, await RunsAsync());
    }

    [Fact]
    public async Task A_queued_price_is_sent_then_read_back_and_verified_after_amazons_apply_delay()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        var listing = (await h.App.ListingsAsync())[0];
        var target = listing.PricePence!.Value - 37;
        var push = await h.QueueAsync(listing.Sku, target, listing.PricePence);

        var first = await h.RunPusherAsync();
        Assert.Equal(1, first.Sent);
        var sent = await h.PushAsync(push.Id);
        Assert.Equal(PushState.Accepted, sent.State);
        Assert.NotNull(sent.SubmissionId);
        Assert.Equal(1, h.PatchesFor(listing.Sku));
        // The first price of a product type went through VALIDATION_PREVIEW.
        Assert.True(await h.DbAsync(db => db.ValidatedProductTypes.AnyAsync(t => t.ProductType == listing.ProductType)));
        Assert.True(await h.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "price.sent" && a.Target == listing.Sku)));

        // Before Amazon applies it, the read-back does not confirm it and nothing is sent again.
        h.App.Clock.Advance(TimeSpan.FromMinutes(1));
        await h.RunPusherAsync();
        Assert.Equal(PushState.Accepted, (await h.PushAsync(push.Id)).State);

        h.App.Clock.Advance(ApplyDelay);
        var later = await h.RunPusherAsync();
        Assert.Equal(1, later.Verified);
        var verified = await h.PushAsync(push.Id);
        Assert.Equal(PushState.Verified, verified.State);
        Assert.InRange(verified.ConfirmSeconds!.Value, 120, 240);
        Assert.Equal(target, (await h.App.ListingsAsync()).Single(l => l.Sku == listing.Sku).PricePence);
        Assert.Equal(1, h.PatchesFor(listing.Sku));
    }

    [Fact]
    public async Task A_newer_price_replaces_one_still_waiting_so_only_the_latest_is_sent()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        var listing = (await h.App.ListingsAsync())[1];
        var older = await h.QueueAsync(listing.Sku, listing.PricePence!.Value - 10);
        var newer = await h.QueueAsync(listing.Sku, listing.PricePence!.Value - 20);

        await h.RunPusherAsync();

        Assert.Equal(PushState.Superseded, (await h.PushAsync(older.Id)).State);
        Assert.Equal(PushState.Accepted, (await h.PushAsync(newer.Id)).State);
        Assert.Equal(1, h.PatchesFor(listing.Sku));
    }

    [Fact]
    public async Task During_an_outage_prices_wait_in_the_queue_and_are_sent_exactly_once_when_amazon_is_back()
    {
        using var h = new PushApp(new Dictionary<string, string?> { ["SpApi:MaxRetries"] = "1" });
        await h.SyncCatalogueAsync();
        var listings = (await h.App.ListingsAsync()).Take(3).ToList();
        var now = h.App.Clock.GetUtcNow().UtcDateTime;
        h.App.Service<SandboxFaults>().SetOutage(now, now.AddMinutes(30));
        var pushes = new List<PricePush>();
        foreach (var l in listings) pushes.Add(await h.QueueAsync(l.Sku, l.PricePence!.Value + 50));

        var during = await h.RunPusherAsync();
        Assert.Equal(0, during.Sent);
        Assert.Contains("Amazon unavailable", during.Waiting);
        foreach (var p in pushes)
        {
            var waiting = await h.PushAsync(p.Id);
            Assert.Equal(PushState.Queued, waiting.State);
        }
        Assert.NotNull((await h.PushAsync(pushes[0].Id)).LastError);

        // Runs during the outage keep them queued; once it ends each goes out once.
        for (var minute = 0; minute < 45; minute++)
        {
            h.App.Clock.Advance(TimeSpan.FromMinutes(1));
            await h.RunPusherAsync();
        }
        foreach (var (p, l) in pushes.Zip(listings))
        {
            Assert.Equal(PushState.Verified, (await h.PushAsync(p.Id)).State);
            Assert.Equal(1, h.PatchesFor(l.Sku));
        }
    }

    [Fact]
    public async Task A_price_amazon_accepts_but_never_applies_is_sent_once_more_then_alerted()
    {
        using var h = new PushApp(new Dictionary<string, string?> { ["Sandbox:SilentDropRate"] = "1" });
        await h.SyncCatalogueAsync();
        var listing = (await h.App.ListingsAsync())[2];
        var push = await h.QueueAsync(listing.Sku, listing.PricePence!.Value + 99);

        for (var minute = 0; minute < 50; minute++)
        {
            await h.RunPusherAsync();
            h.App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var failed = await h.PushAsync(push.Id);
        Assert.Equal(PushState.Failed, failed.State);
        Assert.Equal(2, failed.Accepted);
        Assert.Contains("accepted", failed.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, h.PatchesFor(listing.Sku));
        Assert.True(await h.DbAsync(db => db.Alerts.AnyAsync(a => a.Kind == "price-push" && a.Title.Contains(listing.Sku))));
    }

    [Fact]
    public async Task The_kill_switch_stops_every_price_from_leaving()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        var listing = (await h.App.ListingsAsync())[3];
        await h.DbAsync(async db =>
        {
            db.RepricerStates.Add(new RepricerState { Paused = true, PausedBy = "owner" });
            return await db.SaveChangesAsync();
        });
        var push = await h.QueueAsync(listing.Sku, listing.PricePence!.Value - 5);

        var result = await h.RunPusherAsync();

        Assert.True(result.Paused);
        Assert.Equal(PushState.Queued, (await h.PushAsync(push.Id)).State);
        Assert.Equal(0, h.PatchesFor(listing.Sku));
    }

    [Fact]
    public async Task A_push_interrupted_while_sending_is_read_back_instead_of_sent_again()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        var listing = (await h.App.ListingsAsync())[4];
        var target = listing.PricePence!.Value - 15;
        var push = await h.QueueAsync(listing.Sku, target);
        await h.RunPusherAsync();
        Assert.Equal(1, h.PatchesFor(listing.Sku));
        // As if the process had died between the send and recording Amazon's answer.
        await h.DbAsync(db => db.PricePushes.Where(p => p.Id == push.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PushState.Sending)));

        h.App.Clock.Advance(TimeSpan.FromMinutes(3));
        await h.RunPusherAsync();

        Assert.Equal(PushState.Verified, (await h.PushAsync(push.Id)).State);
        Assert.Equal(1, h.PatchesFor(listing.Sku));
    }
}
