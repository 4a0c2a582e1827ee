using SellerConsole.Marketplace.Sandbox.Simulation.Market;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

[Collection(StandardWorldCollection.Name)]
public sealed class BuyBoxTests(StandardWorldFixture standard)
{
    private const long Reference = 1_000;

    [Fact]
    public void A_much_cheaper_fbm_offer_with_good_feedback_beats_an_expensive_one()
    {
        const int seed = 20_240;
        var random = new Random(seed);
        var cheapWins = 0;
        const int cases = 5_000;
        for (var i = 0; i < cases; i++)
        {
            var expensivePrice = 900 + random.Next(0, 400);
            var cheap = Fbm(landed: (long)(expensivePrice * (0.6 + 0.25 * random.NextDouble())), feedback: 95 + 5 * random.NextDouble());
            var expensive = Fbm(landed: expensivePrice, feedback: 90 + 10 * random.NextDouble()) with { IsFba = random.Next(2) == 0 };
            BuyBoxCandidate[] offers = random.Next(2) == 0 ? [cheap, expensive] : [expensive, cheap];
            double[] noise = [0.12 * Normal(random), 0.12 * Normal(random)];
            var winner = BuyBoxModel.Choose(offers, Reference, noise);
            if (winner >= 0 && offers[winner] == cheap) cheapWins++;
        }
        Assert.True(cheapWins > 0.97 * cases, $"seed {seed}: cheap offer won {cheapWins} of {cases}");
    }

    [Fact]
    public void The_cheapest_eligible_offer_always_wins_so_undercutting_the_winner_by_a_penny_takes_the_buy_box()
    {
        const int seed = 31_337;
        var random = new Random(seed);
        for (var i = 0; i < 20_000; i++)
        {
            var offers = Enumerable.Range(0, random.Next(1, 8)).Select(_ => new BuyBoxCandidate(
                random.Next(500, 1_400), random.Next(8) > 0, random.Next(3) == 0, random.Next(10) == 0,
                80 + 20 * random.NextDouble(), random.Next(0, 5_000), random.Next(1, 10))).ToArray();
            var noise = offers.Select(_ => 0.12 * Normal(random)).ToArray();
            var winner = BuyBoxModel.Choose(offers, Reference, noise);
            var eligible = offers.Where(o => BuyBoxModel.IsEligible(o, Reference)).ToList();
            Assert.True(eligible.Count == 0 ? winner == -1 : offers[winner].LandedPence == eligible.Min(o => o.LandedPence), $"seed {seed}, case {i}");
            if (winner < 0) continue;

            // Any other eligible offer that goes a penny under the winner takes it, whatever its channel and feedback.
            var challenger = Enumerable.Range(0, offers.Length).FirstOrDefault(j => j != winner && BuyBoxModel.IsEligible(offers[j], Reference), -1);
            if (challenger < 0 || offers[winner].LandedPence <= 1) continue;
            offers[challenger] = offers[challenger] with { LandedPence = offers[winner].LandedPence - 1 };
            Assert.Equal(challenger, BuyBoxModel.Choose(offers, Reference, noise));
        }
    }

    [Fact]
    public void There_is_no_buy_box_when_no_offer_has_stock()
    {
        BuyBoxCandidate[] offers = [Fbm(900, 99) with { InStock = false }, Fbm(950, 98) with { InStock = false, IsFba = true }, Amazon(990) with { InStock = false }];

        Assert.Equal(-1, BuyBoxModel.Choose(offers, Reference, []));
    }

    [Fact]
    public void Offers_priced_above_the_competitive_threshold_or_with_poor_feedback_never_win()
    {
        BuyBoxCandidate[] offers = [Fbm(1_400, 99), Fbm(800, 85), Fbm(800, 99) with { FeedbackCount = 3 }, Fbm(800, 99) with { ShipMaxDays = 14 }];

        Assert.Equal(-1, BuyBoxModel.Choose(offers, Reference, []));
    }

    [Fact]
    public void Prime_and_amazon_win_ties_on_price_but_never_against_a_cheaper_offer()
    {
        Assert.Equal(1, BuyBoxModel.Choose([Fbm(1_000, 99), Fbm(1_000, 97) with { IsFba = true }], Reference, []));
        Assert.Equal(0, BuyBoxModel.Choose([Amazon(1_000), Fbm(1_000, 99) with { IsFba = true }], Reference, []));
        Assert.Equal(1, BuyBoxModel.Choose([Amazon(1_000), Fbm(930, 99) with { IsFba = true }], Reference, []));
        Assert.Equal(1, BuyBoxModel.Choose([Amazon(1_000), Fbm(999, 91)], Reference, [0.3, -0.3]));
    }

    [Fact]
    public void In_the_world_the_winner_is_always_an_eligible_offer_in_stock()
    {
        var world = standard.World;
        var withBuyBox = 0;
        foreach (var l in world.Catalogue)
        {
            var book = world.GetOffers(l.Asin)!;
            Assert.InRange(book.Offers.Count(o => !o.IsOurs), 1, 16);
            Assert.True(book.Offers.Count(o => o.IsBuyBoxWinner) <= 1);
            if (book.BuyBoxWinner is null)
            {
                continue;
            }
            withBuyBox++;
            Assert.True(book.BuyBoxWinner.Stock > 0 && book.BuyBoxWinner.BuyBoxEligible, l.Asin);
            Assert.True(book.BuyBoxWinner.LandedPrice <= book.CompetitivePriceThreshold, l.Asin);
        }
        Assert.True(withBuyBox > 100, $"most ASINs should have a buy box ({withBuyBox})");
        Assert.InRange(world.Catalogue.Count(l => world.GetOffers(l.Asin)!.Offers.Any(o => o.IsAmazon)), 3, 35);
    }

    private static BuyBoxCandidate Fbm(long landed, double feedback) => new(landed, true, false, false, feedback, 500, 3);

    private static BuyBoxCandidate Amazon(long landed) => new(landed, true, true, true, 100, 1_000_000, 2);

    private static double Normal(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
