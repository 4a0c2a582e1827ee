using SellerConsole.Marketplace.Sandbox.Simulation;

namespace SellerConsole.Tests.Marketplace.Sandbox.Simulation;

public sealed class ConcurrencyTests
{
    [Fact(Timeout = 120_000)]
    public async Task Readers_see_consistent_snapshots_while_a_writer_advances_the_clock()
    {
        var builder = new WorldBuilder().Listings(40).HistoryDays(20).Lazy();
        var world = builder.Build();
        var reference = builder.Build();
        var end = builder.Now.AddDays(2);
        using var stop = new CancellationTokenSource();
        // Dedicated threads: busy readers must not starve the writer of thread-pool threads.
        var writer = Task.Factory.StartNew(() =>
        {
            for (var t = builder.Now; t <= end; t = t.AddMinutes(15)) world.AdvanceTo(t);
            stop.Cancel();
        }, TaskCreationOptions.LongRunning);
        var readers = Enumerable.Range(0, 4).Select(r => Task.Factory.StartNew(() =>
        {
            var reads = 0;
            var random = new Random(r);
            while ((!stop.IsCancellationRequested || reads == 0) && reads < 20_000)
            {
                var listing = world.Catalogue[random.Next(world.Catalogue.Count)];
                var book = world.GetOffers(listing.Asin)!;
                Assert.True(book.Offers.Count(o => o.IsBuyBoxWinner) <= 1);
                Assert.Equal(0, (book.AsOfUtc - builder.Now).Ticks % TimeSpan.FromMinutes(15).Ticks);
                var history = world.GetHistory(listing.Asin)!;
                Assert.True(history.SalesRank[^1].TimeUtc < history.AsOfUtc);
                world.GetOrdersCreated(builder.Now, world.NowUtc, 0, 50);
                reads++;
            }
            return reads;
        }, TaskCreationOptions.LongRunning)).ToList();

        await writer;
        var counts = await Task.WhenAll(readers);

        Assert.All(counts, c => Assert.True(c > 0));
        reference.AdvanceTo(end);
        Assert.Equal(reference.ComputeDigest(), world.ComputeDigest());
    }
}
