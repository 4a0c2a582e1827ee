using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

/// <summary>
/// The repricer's scenarios in the simulation itself (no web host): each one played on an ASIN on
/// demand, seen in the offer book a tick later, and answering our price changes as it should.
/// </summary>
public sealed class ScenarioTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(15);
    private const string Amazon = "A3P5ROKL5A1OLE";

    [Fact]
    public void In_a_price_war_the_undercutter_goes_a_penny_under_each_of_our_prices_after_its_delay_down_to_its_floor()
    {
        var (world, now) = Build();
        var listing = OursWinningAmongQuietRivals(world);
        var ourLanded = Ours(world, listing.Asin).LandedPrice;

        var status = world.StartScenario(listing.Sku, new MarketScenario(MarketScenarioKind.PriceWar, TimeSpan.FromHours(6), Tick, Floor: ourLanded - 0.30m), now);
        Assert.Equal(ScenarioState.Scheduled, status.State);
        Assert.Equal(now, status.StartsUtc);
        world.AdvanceTo(now + Tick);

        var war = world.GetScenarios().Single();
        Assert.Equal(ScenarioState.Running, war.State);
        var book = world.GetOffers(listing.Asin)!;
        var rival = book.Offers.Single(o => o.SellerId == war.SellerId);
        Assert.Equal(OfferBehaviour.TracksOurPrice, rival.Behaviour);
        Assert.Equal(ourLanded - 0.01m, rival.LandedPrice);
        Assert.Equal(rival.SellerId, book.BuyBoxWinner?.SellerId);

        // We go 5p under it: from the tick our price applies we hold the buy box, until the undercutter answers a tick later.
        var ourPrice = rival.LandedPrice - 0.05m - Ours(world, listing.Asin).Shipping;
        world.SetOurPrice(listing.Sku, ourPrice, world.NowUtc);
        world.AdvanceTo(world.NowUtc + Tick);
        Assert.True(world.GetOffers(listing.Asin)!.BuyBoxWinner?.IsOurs, "we undercut the winner, so we hold the buy box");
        world.AdvanceTo(world.NowUtc + Tick);
        book = world.GetOffers(listing.Asin)!;
        Assert.Equal(Ours(world, listing.Asin).LandedPrice - 0.01m, book.Offers.Single(o => o.SellerId == war.SellerId).LandedPrice);
        Assert.Equal(war.SellerId, book.BuyBoxWinner?.SellerId);

        // Under its floor it stops: we keep the buy box.
        world.SetOurPrice(listing.Sku, ourLanded - 0.50m - Ours(world, listing.Asin).Shipping, world.NowUtc);
        world.AdvanceTo(world.NowUtc + 3 * Tick);
        book = world.GetOffers(listing.Asin)!;
        Assert.Equal(ourLanded - 0.30m, book.Offers.Single(o => o.SellerId == war.SellerId).LandedPrice);
        Assert.True(book.BuyBoxWinner?.IsOurs);

        // When the war ends the undercutter leaves.
        world.AdvanceTo(now + TimeSpan.FromHours(6) + Tick);
        Assert.DoesNotContain(world.GetOffers(listing.Asin)!.Offers, o => o.SellerId == war.SellerId);
        Assert.Equal(ScenarioState.Ended, world.GetScenarios().Single().State);
    }

    [Fact]
    public void Amazon_joins_under_the_cheapest_offer_takes_the_buy_box_and_leaves_when_the_visit_ends()
    {
        var (world, now) = Build();
        var listing = world.Catalogue.First(l => world.GetListingBySku(l.Sku)!.Buyable && !world.GetOffers(l.Asin)!.Offers.Any(o => o.IsAmazon));
        var cheapest = world.GetOffers(listing.Asin)!.Offers.Where(o => o.Stock > 0).Min(o => o.LandedPrice);

        Assert.Null(world.ScenarioProblem(listing.Sku, new MarketScenario(MarketScenarioKind.AmazonVisit, TimeSpan.FromHours(2))));
        world.StartScenario(listing.Sku, new MarketScenario(MarketScenarioKind.AmazonVisit, TimeSpan.FromHours(2)), now);
        world.AdvanceTo(now + Tick);

        var book = world.GetOffers(listing.Asin)!;
        var amazon = book.Offers.Single(o => o.SellerId == Amazon);
        Assert.True(amazon is { IsAmazon: true, IsFba: true, FeedbackPercent: 100m });
        Assert.Equal(cheapest - 0.01m, amazon.LandedPrice);
        Assert.Equal(Amazon, book.BuyBoxWinner?.SellerId);
        Assert.Equal(Amazon, world.GetScenarios().Single().SellerId);
        Assert.NotNull(world.ScenarioProblem(listing.Sku, new MarketScenario(MarketScenarioKind.AmazonVisit, TimeSpan.FromHours(1))));

        world.AdvanceTo(now + TimeSpan.FromHours(2) + Tick);
        Assert.DoesNotContain(world.GetOffers(listing.Asin)!.Offers, o => o.IsAmazon);
        var history = world.GetHistory(listing.Asin)!.Offers.Single(o => o.IsAmazon);
        Assert.Equal(now, history.FirstSeenUtc);
        Assert.Equal(now + TimeSpan.FromHours(2), history.LeftUtc);
    }

    [Fact]
    public void A_suppressed_buy_box_has_no_winner_until_an_offer_prices_under_the_threshold_and_returns_when_it_ends()
    {
        var (world, now) = Build();
        var listing = OursCompeting(world);

        world.StartScenario(listing.Sku, new MarketScenario(MarketScenarioKind.SuppressedBuyBox, TimeSpan.FromHours(3)), now);
        world.AdvanceTo(now + Tick);

        var book = world.GetOffers(listing.Asin)!;
        Assert.Null(book.BuyBoxWinner);
        Assert.All(book.Offers, o => Assert.False(o.BuyBoxEligible));
        Assert.True(book.CompetitivePriceThreshold < book.Offers.Where(o => o.Stock > 0).Min(o => o.LandedPrice) * 0.8m);

        // Pricing under the threshold wins it back.
        world.SetOurPrice(listing.Sku, book.CompetitivePriceThreshold - Ours(world, listing.Asin).Shipping, world.NowUtc);
        world.AdvanceTo(world.NowUtc + Tick);
        Assert.True(world.GetOffers(listing.Asin)!.BuyBoxWinner?.IsOurs);

        world.AdvanceTo(now + TimeSpan.FromHours(3) + Tick);
        book = world.GetOffers(listing.Asin)!;
        Assert.NotNull(book.BuyBoxWinner);
        Assert.True(book.CompetitivePriceThreshold > book.Offers.Where(o => o.Stock > 0).Min(o => o.LandedPrice));
    }

    [Fact]
    public void A_follower_keeps_its_gap_to_our_price_a_set_delay_after_each_change()
    {
        var (world, now) = Build();
        var listing = OursCompeting(world);
        world.StartScenario(listing.Sku, new MarketScenario(MarketScenarioKind.Follower, TimeSpan.FromDays(1), TimeSpan.FromMinutes(30), Gap: 0.50m), now);
        world.AdvanceTo(now + Tick);
        var follower = world.GetScenarios().Single().SellerId;
        Assert.Equal(Ours(world, listing.Asin).LandedPrice + 0.50m, Theirs(world, listing.Asin, follower).LandedPrice);

        // We raise by £2: the follower holds its price for its 30 minutes, then follows.
        var raised = Ours(world, listing.Asin).Price + 2m;
        world.SetOurPrice(listing.Sku, raised, world.NowUtc);
        var changedAt = world.NowUtc;
        world.AdvanceTo(changedAt + Tick);
        Assert.Equal(raised, Ours(world, listing.Asin).Price);
        Assert.Equal(Ours(world, listing.Asin).LandedPrice - 1.50m, Theirs(world, listing.Asin, follower).LandedPrice);
        world.AdvanceTo(changedAt + 2 * Tick);
        Assert.Equal(Ours(world, listing.Asin).LandedPrice - 1.50m, Theirs(world, listing.Asin, follower).LandedPrice);
        world.AdvanceTo(changedAt + 3 * Tick);
        Assert.Equal(Ours(world, listing.Asin).LandedPrice + 0.50m, Theirs(world, listing.Asin, follower).LandedPrice);
    }

    [Fact]
    public void Whenever_we_price_under_the_winner_we_win_the_buy_box_from_the_next_tick()
    {
        var (world, _) = Build(listings: 80);
        var tried = new List<string>();
        foreach (var listing in world.Catalogue)
        {
            var book = world.GetOffers(listing.Asin)!;
            var ours = book.Offers.SingleOrDefault(o => o.IsOurs);
            if (ours is not { Stock: > 2, BuyBoxEligible: true } || book.BuyBoxWinner is not { IsOurs: false } winner) continue;
            tried.Add(listing.Asin);
            world.SetOurPrice(listing.Sku, winner.LandedPrice - 0.01m - ours.Shipping, world.NowUtc);
        }
        world.AdvanceTo(world.NowUtc + Tick);

        Assert.True(tried.Count >= 10, $"only {tried.Count} listings to try");
        foreach (var asin in tried)
        {
            // We win unless, in the same tick, a rival went as low as us (a repricer or a manual move).
            var book = world.GetOffers(asin)!;
            var ours = book.Offers.Single(o => o.IsOurs);
            Assert.True(book.BuyBoxWinner?.IsOurs == true || book.Offers.Any(o => !o.IsOurs && o.BuyBoxEligible && o.LandedPrice <= ours.LandedPrice),
                $"{asin}: we undercut the winner, yet {book.BuyBoxWinner?.SellerId} holds the buy box");
        }
        Assert.True(tried.Count(a => world.GetOffers(a)!.BuyBoxWinner?.IsOurs == true) >= tried.Count * 9 / 10, "we won fewer than 9 in 10");
    }

    [Fact]
    public void Scenarios_give_the_same_world_however_the_clock_is_stepped()
    {
        var builder = new WorldBuilder().Listings(20).HistoryDays(20);
        var coarse = builder.Build();
        var fine = builder.Build();
        foreach (var world in new[] { coarse, fine })
        {
            var skus = world.Catalogue.Select(l => l.Sku).ToList();
            world.StartScenario(skus[1], new MarketScenario(MarketScenarioKind.PriceWar, TimeSpan.FromHours(20), Tick), builder.Now.AddMinutes(20));
            world.StartScenario(skus[2], new MarketScenario(MarketScenarioKind.Follower, TimeSpan.FromHours(30), Tick * 2, Gap: -0.10m), builder.Now);
            world.StartScenario(skus[3], new MarketScenario(MarketScenarioKind.SuppressedBuyBox, TimeSpan.FromHours(5)), builder.Now.AddHours(1));
            world.StartScenario(skus[4], new MarketScenario(MarketScenarioKind.AmazonVisit, TimeSpan.FromHours(8), Price: 3.99m), builder.Now.AddHours(2));
            world.SetOurPrice(skus[1], 4.99m, builder.Now.AddHours(3));
            world.SetOurPrice(skus[2], 7.49m, builder.Now.AddHours(4));
        }
        coarse.AdvanceTo(builder.Now.AddDays(2));
        for (var t = builder.Now; t <= builder.Now.AddDays(2); t = t.AddMinutes(37)) fine.AdvanceTo(t);
        fine.AdvanceTo(builder.Now.AddDays(2));

        Assert.Equal(coarse.ComputeDigest(), fine.ComputeDigest());
        Assert.Equal(coarse.GetScenarios(), fine.GetScenarios());
    }

    [Fact]
    public void In_a_quiet_scenario_the_other_rivals_hold_still_until_it_ends()
    {
        var (world, now) = Build(listings: 60);
        var listing = world.Catalogue.First(l => world.GetOffers(l.Asin)! is var book && book.BuyBoxWinner is { IsOurs: true, Stock: > 5 }
            && book.Offers.Any(o => o.Behaviour is OfferBehaviour.UndercutBy1p or OfferBehaviour.FollowLowest && o.Stock > 0));
        string Others(string? except) => string.Join(";", world.GetOffers(listing.Asin)!.Offers
            .Where(o => !o.IsOurs && o.SellerId != except).Select(o => $"{o.SellerId}={o.LandedPrice}/{o.Stock > 0}"));
        var before = Others(null);

        world.StartScenario(listing.Sku, new MarketScenario(MarketScenarioKind.PriceWar, TimeSpan.FromHours(3), Tick, Quiet: true), now);
        world.AdvanceTo(now + Tick);
        var war = world.GetScenarios().Single().SellerId;
        for (var step = 0; step < 4; step++)
        {
            // Each of our cuts would set the repricers off; while the war is quiet only the undercutter answers.
            var ours = Ours(world, listing.Asin);
            world.SetOurPrice(listing.Sku, ours.Price - 0.10m, world.NowUtc);
            world.AdvanceTo(world.NowUtc + 2 * Tick);
            Assert.Equal(before, Others(war));
            Assert.Equal(Ours(world, listing.Asin).LandedPrice - 0.01m, Theirs(world, listing.Asin, war).LandedPrice);
        }
    }

    [Fact]
    public void Invalid_scenarios_are_refused_with_the_field_named()
    {
        var (world, now) = Build(listings: 5);
        var sku = world.Catalogue[0].Sku;

        Assert.Equal("minutes", Assert.Throws<ArgumentException>(() => world.StartScenario(sku, new MarketScenario(MarketScenarioKind.PriceWar, TimeSpan.Zero), now)).ParamName);
        Assert.Equal("floor", Assert.Throws<ArgumentException>(() => world.StartScenario(sku, new MarketScenario(MarketScenarioKind.PriceWar, Tick, Floor: -1m), now)).ParamName);
        Assert.Equal("delayMinutes", Assert.Throws<ArgumentException>(() => world.StartScenario(sku, new MarketScenario(MarketScenarioKind.Follower, Tick, TimeSpan.FromDays(2)), now)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => world.StartScenario("NO-SUCH-SKU", new MarketScenario(MarketScenarioKind.AmazonVisit, Tick), now));
        Assert.Empty(world.GetScenarios());
    }

    private static (MarketSimulation World, DateTime Now) Build(int listings = 30)
    {
        var builder = new WorldBuilder().Listings(listings).HistoryDays(60);
        return (builder.Build(), builder.Now);
    }

    /// <summary>A listing whose offer is buyable and eligible for the buy box, with at least one rival in stock.</summary>
    private static CatalogListing OursCompeting(MarketSimulation world) => world.Catalogue.First(l =>
        world.GetOffers(l.Asin)!.Offers is var offers
        && offers.Any(o => o is { IsOurs: true, Stock: > 5, BuyBoxEligible: true })
        && offers.Any(o => !o.IsOurs && o.Stock > 0));

    /// <summary>A listing whose buy box we hold and where no rival runs a repricer (so only the scenario answers our moves).</summary>
    private static CatalogListing OursWinningAmongQuietRivals(MarketSimulation world) => world.Catalogue.First(l =>
        world.GetOffers(l.Asin)! is var book
        && book.BuyBoxWinner is { IsOurs: true, Stock: > 5 }
        && !book.Offers.Any(o => o.Behaviour is OfferBehaviour.FollowLowest or OfferBehaviour.UndercutBy1p));

    private static MarketOffer Ours(MarketSimulation world, string asin) => world.GetOffers(asin)!.Offers.Single(o => o.IsOurs);

    private static MarketOffer Theirs(MarketSimulation world, string asin, string? sellerId) => world.GetOffers(asin)!.Offers.Single(o => o.SellerId == sellerId);
}
