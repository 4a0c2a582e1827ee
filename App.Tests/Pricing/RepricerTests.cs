using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Catalog.Sync;
using SellerConsole.Pricing;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing.Push;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Pricing;

public sealed class RepricerTests
{
    private const string Owner = "owner:test";

    private static async Task SyncOffersAsync(PushApp h) =>
        await ClockPump.RunAsync(h.App.Clock, () => h.App.Service<OffersSync>().RunAsync(null, CancellationToken.None));

    /// <summary>A listing where a rival holds the buy box a little (under 8%) below our landed price.</summary>
    private static async Task<SellerConsole.Catalog.Listing> LostNarrowlyAsync(PushApp h)
    {
        var listings = await h.App.ListingsAsync();
        return listings.First(l =>
        {
            var ours = l.Offers.FirstOrDefault(o => o.IsOurs);
            var winner = l.Offers.FirstOrDefault(o => o.IsBuyBoxWinner && !o.IsOurs);
            return ours is not null && winner is not null && winner.LandedPence < ours.LandedPence && ours.LandedPence - winner.LandedPence < ours.LandedPence * 8 / 100;
        });
    }

    [Fact]
    public async Task Without_costs_or_a_manual_floor_nothing_is_repriced_and_each_decision_says_why()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        await SyncOffersAsync(h);

        var run = await h.App.Service<Repricer>().RunAsync(null, "test", dryRun: false, CancellationToken.None);

        Assert.Equal(SellerConsole.Tests.Catalog.Sync.SandboxApp.Listings, run.Decided);
        Assert.Equal(run.Decided, run.Refused);
        var decisions = await h.DbAsync(db => db.PriceDecisions.AsNoTracking().ToListAsync());
        Assert.All(decisions, d => Assert.Equal(DecisionReason.NoFloor, d.Reason));
        Assert.All(decisions, d => Assert.Contains("no floor", d.Sentence, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await h.DbAsync(db => db.PricePushes.CountAsync()));
    }

    [Fact]
    public async Task In_auto_mode_a_sku_that_lost_the_buy_box_is_repriced_then_sent_and_verified_on_amazon()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        await SyncOffersAsync(h);
        var listing = await LostNarrowlyAsync(h);
        var winner = listing.Offers.Single(o => o.IsBuyBoxWinner);
        var ours = listing.Offers.Single(o => o.IsOurs);
        await h.App.Service<RepricingReview>().SetModeAsync(RepricingMode.Auto, 500, Owner, CancellationToken.None);
        await h.App.Service<PricingAssignments>().ApplyAsync([listing.Sku], new SkuPricingRequest(null, null, 1.00m, null), Owner, CancellationToken.None);

        await h.App.Service<Repricer>().RunAsync(null, "schedule", dryRun: false, CancellationToken.None);

        var decision = await h.DbAsync(db => db.PriceDecisions.AsNoTracking().Where(d => d.Sku == listing.Sku && d.Outcome == DecisionOutcome.Change).SingleAsync());
        Assert.Equal(DecisionStatus.Pushed, decision.Status);
        var expected = (winner.LandedPence - 1) - ours.ShippingPence;
        Assert.True(decision.FinalPence <= expected || decision.BindingGuard is not null, decision.Sentence);
        Assert.Contains("featured offer", decision.Sentence, StringComparison.OrdinalIgnoreCase);

        await h.RunPusherAsync();
        h.App.Clock.Advance(TimeSpan.FromMinutes(3));
        await h.RunPusherAsync();
        var push = await h.PushAsync(decision.PushId!.Value);
        Assert.Equal(PushState.Verified, push.State);
        Assert.Equal(decision.FinalPence, push.TargetPence);

        Assert.Equal(decision.FinalPence, (await h.App.ListingsAsync()).Single(l => l.Sku == listing.Sku).PricePence);
        Assert.Equal(decision.FinalPence / 100m, await h.AmazonPriceAsync(listing.Sku));
    }

    [Fact]
    public async Task A_rival_undercuts_us_the_next_offers_sync_reprices_amazon_confirms_and_the_buy_box_comes_back()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        await SyncOffersAsync(h);
        var listing = (await h.App.ListingsAsync()).First(l => l.Offers.Any(o => o.IsOurs && o.IsBuyBoxWinner) && l.Offers.Count(o => !o.IsOurs) >= 1);
        var ours = listing.Offers.Single(o => o.IsOurs);
        await h.App.Service<RepricingReview>().SetModeAsync(RepricingMode.Auto, 500, Owner, CancellationToken.None);
        await h.App.Service<PricingAssignments>().ApplyAsync([listing.Sku], new SkuPricingRequest(null, null, (ours.LandedPence - ours.ShippingPence) * 0.7m / 100m, null), Owner, CancellationToken.None);

        // A price war on this ASIN only (its other rivals hold still); the undercutter answers our moves an hour later.
        var control = await h.App.CreateSignedInClientAsync();
        var started = await control.PostAsJsonAsync(SellerConsole.Marketplace.Sandbox.Http.ScenarioEndpoints.Path, new { scenario = "price-war", sku = listing.Sku, delayMinutes = 60, quiet = true });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
        h.App.Clock.Advance(TimeSpan.FromMinutes(15));
        await SyncOffersAsync(h);

        var undercut = (await h.App.ListingsAsync()).Single(l => l.Sku == listing.Sku);
        var rival = undercut.Offers.Single(o => o.IsBuyBoxWinner);
        Assert.False(rival.IsOurs);
        Assert.Equal(ours.LandedPence - 1, rival.LandedPence);

        // The offers sync itself repriced the SKU (no scheduled run): a penny under the rival, sent at once.
        var decision = await h.DbAsync(db => db.PriceDecisions.AsNoTracking()
            .Where(d => d.Sku == listing.Sku && d.Outcome == DecisionOutcome.Change).SingleAsync());
        Assert.Equal("offers-changed", decision.Trigger);
        Assert.Equal(DecisionStatus.Pushed, decision.Status);
        Assert.Equal(rival.LandedPence - 1 - ours.ShippingPence, decision.FinalPence);

        await h.RunPusherAsync();
        h.App.Clock.Advance(TimeSpan.FromMinutes(3));
        await h.RunPusherAsync();
        Assert.Equal(PushState.Verified, (await h.PushAsync(decision.PushId!.Value)).State);

        // The next offers read shows our new price and the buy box back with us.
        h.App.Clock.Advance(TimeSpan.FromMinutes(15));
        await SyncOffersAsync(h);
        var after = (await h.App.ListingsAsync()).Single(l => l.Sku == listing.Sku);
        var ourOffer = after.Offers.Single(o => o.IsOurs);
        Assert.Equal(decision.FinalPence + ours.ShippingPence, ourOffer.LandedPence);
        Assert.True(ourOffer.IsBuyBoxWinner, "the buy box came back to us");
    }

    [Fact]
    public async Task In_suggest_mode_changes_wait_for_review_and_only_approved_ones_are_sent()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        await SyncOffersAsync(h);
        var skus = (await h.App.ListingsAsync()).Select(l => l.Sku).ToList();
        await h.App.Service<PricingAssignments>().ApplyAsync(skus, new SkuPricingRequest(null, null, 1.00m, null), Owner, CancellationToken.None);

        var run = await h.App.Service<Repricer>().RunAsync(null, "test", dryRun: false, CancellationToken.None);

        Assert.True(run.Suggested >= 2, run.Summary);
        Assert.Equal(0, run.Pushed);
        var suggested = await h.DbAsync(db => db.PriceDecisions.AsNoTracking().Where(d => d.Status == DecisionStatus.Suggested).OrderBy(d => d.Id).ToListAsync());
        var review = h.App.Service<RepricingReview>();
        var approved = await review.ApproveAsync([suggested[0].Id], Owner, CancellationToken.None);
        var rejected = await review.RejectAsync([suggested[1].Id], Owner, CancellationToken.None);
        var again = await review.ApproveAsync([suggested[1].Id], Owner, CancellationToken.None);

        Assert.Equal(1, approved.Done);
        Assert.Equal(1, rejected.Done);
        Assert.Equal(0, again.Done);
        Assert.Contains("not waiting for review", again.Refused[0]);
        var pushes = await h.DbAsync(db => db.PricePushes.AsNoTracking().ToListAsync());
        Assert.Equal(suggested[0].Sku, Assert.Single(pushes).Sku);
        Assert.True(await h.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "repricing.approved" && a.Target == suggested[0].Sku)));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_stores_and_sends_nothing()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        await SyncOffersAsync(h);
        var skus = (await h.App.ListingsAsync()).Select(l => l.Sku).ToList();
        await h.App.Service<RepricingReview>().SetModeAsync(RepricingMode.Auto, null, Owner, CancellationToken.None);
        await h.App.Service<PricingAssignments>().ApplyAsync(skus, new SkuPricingRequest(null, null, 1.00m, null), Owner, CancellationToken.None);

        var stored = await h.DbAsync(db => db.PriceDecisions.CountAsync());

        var run = await h.App.Service<Repricer>().RunAsync(null, "dry-run", dryRun: true, CancellationToken.None);

        Assert.True(run.Up + run.Down > 0, run.Summary);
        Assert.Equal(run.Up + run.Down, run.Changes.Count);
        Assert.All(run.Changes, c => Assert.False(string.IsNullOrWhiteSpace(c.Sentence)));
        Assert.Equal(stored, await h.DbAsync(db => db.PriceDecisions.CountAsync()));
        Assert.Equal(0, await h.DbAsync(db => db.PricePushes.CountAsync()));
    }

    [Fact]
    public async Task The_kill_switch_holds_every_sku_and_names_itself_in_the_decision()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        await SyncOffersAsync(h);
        var skus = (await h.App.ListingsAsync()).Select(l => l.Sku).ToList();
        var review = h.App.Service<RepricingReview>();
        await review.SetModeAsync(RepricingMode.Auto, null, Owner, CancellationToken.None);
        await h.App.Service<PricingAssignments>().ApplyAsync(skus, new SkuPricingRequest(null, null, 1.00m, null), Owner, CancellationToken.None);
        await review.SetPausedAsync(true, Owner, "testing", CancellationToken.None);

        var run = await h.App.Service<Repricer>().RunAsync(null, "test", dryRun: false, CancellationToken.None);

        Assert.Equal(0, run.Pushed);
        Assert.Equal(0, run.Up + run.Down);
        var decisions = await h.DbAsync(db => db.PriceDecisions.AsNoTracking().ToListAsync());
        Assert.Contains(decisions, d => d.Reason == DecisionReason.KillSwitch);
        Assert.Equal(0, await h.DbAsync(db => db.PricePushes.CountAsync()));
    }

    [Fact]
    public async Task Undo_puts_back_the_previous_price_through_the_same_guarded_and_audited_queue()
    {
        using var h = new PushApp();
        await h.SyncCatalogueAsync();
        var listing = (await h.App.ListingsAsync())[5];
        var before = listing.PricePence!.Value;
        await h.App.Service<PricePushQueue>().EnqueueAsync(new PriceOrder(listing.Sku, before - 25, before, Owner), CancellationToken.None);
        await h.RunPusherAsync();
        h.App.Clock.Advance(TimeSpan.FromMinutes(3));
        await h.RunPusherAsync();
        await h.App.Service<PricingAssignments>().ApplyAsync([listing.Sku], new SkuPricingRequest(null, null, 1.00m, null), Owner, CancellationToken.None);

        var undo = await h.App.Service<RepricingReview>().UndoAsync(listing.Sku, null, Owner, CancellationToken.None);
        await h.RunPusherAsync();
        h.App.Clock.Advance(TimeSpan.FromMinutes(3));
        await h.RunPusherAsync();

        Assert.Equal(1, undo.Done);
        Assert.Equal(before / 100m, await h.AmazonPriceAsync(listing.Sku));
        Assert.True(await h.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "repricing.undo" && a.Target == listing.Sku)));

        // Guarded: a floor above the old price refuses the undo.
        await h.App.Service<PricingAssignments>().ApplyAsync([listing.Sku], new SkuPricingRequest(null, null, (before + 500) / 100m, null), Owner, CancellationToken.None);
        var refused = await h.App.Service<RepricingReview>().UndoAsync(listing.Sku, null, Owner, CancellationToken.None);
        Assert.Equal(0, refused.Done);
        Assert.Contains("below today's floor", refused.Refused[0]);
    }
}
