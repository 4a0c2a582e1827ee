using Microsoft.Extensions.Logging.Abstractions;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Marketplace.SpApi;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Shared;

/// <summary>A sync that seems stuck says what it waits for: rate limits and retries speak, a running job shows it.</summary>
public sealed class WaitNoticeTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_call_held_back_by_its_rate_limit_says_when_the_next_call_goes_and_says_nothing_for_a_free_token()
    {
        var clock = new ManualTimeProvider(Start);
        var gate = new UsagePlanGate(SpApiOperation.GetItemOffersBatch, SpApiOperation.GetItemOffersBatch.Rate, 0, clock);
        var heard = new List<string?>();

        Task second;
        using (WaitNotice.Listen(heard.Add))
        {
            await gate.AcquireAsync(CancellationToken.None);
            Assert.Empty(heard);
            second = gate.AcquireAsync(CancellationToken.None);
        }
        while (!second.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }
        await second;

        // One call per 10 s: the second waits until 09:00:10 UK time (GMT in March).
        Assert.Equal(["Amazon's getItemOffersBatch rate limit: next call at 09:00:10 (in 10.0 s)"], heard);
    }

    [Fact]
    public async Task A_running_job_shows_the_wait_after_its_progress_and_drops_it_when_the_work_moves_on()
    {
        var live = new LiveFeed(NullLogger<LiveFeed>.Instance);
        var published = System.Threading.Channels.Channel.CreateUnbounded<string?>();
        using var _ = live.Subscribe<JobProgressed>(p => published.Writer.WriteAsync(p.Message).AsTask());
        var context = new JobContext(JobSchedules.All[0], 7, "test", live, new ManualTimeProvider(Start));

        context.ReportProgress(3, 10, "Offers for 3 of 10 ASINs");
        context.ReportWaiting("a retry: Amazon answered getItemOffersBatch with HTTP 503");
        context.ReportWaiting("a retry: Amazon answered getItemOffersBatch with HTTP 503");
        context.ReportWaiting(null);
        context.ReportWaiting(null);
        context.ReportWaiting("the searchOrders rate limit");
        context.ReportProgress(4, 10, "Offers for 4 of 10 ASINs");

        // The feed delivers on its own task: read the four events published (the last progress falls inside
        // the 100 ms publishing interval on a clock that does not move, so it is kept, not published).
        var delivered = new List<string?>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (delivered.Count < 4)
        {
            delivered.Add(await published.Reader.ReadAsync(deadline.Token));
        }
        Assert.Equal(
        [
            "Offers for 3 of 10 ASINs",
            "Offers for 3 of 10 ASINs · waiting for a retry: Amazon answered getItemOffersBatch with HTTP 503",
            "Offers for 3 of 10 ASINs",
            "Offers for 3 of 10 ASINs · waiting for the searchOrders rate limit",
        ], delivered);
        Assert.Equal(("Offers for 4 of 10 ASINs", null), (context.Progress.Message, context.Waiting));
    }

    [Fact]
    public void Nothing_listens_outside_a_job_and_saying_so_costs_nothing()
    {
        WaitNotice.Say("anything");
        WaitNotice.Clear();
        var heard = new List<string?>();
        using (WaitNotice.Listen(heard.Add))
        {
            using (WaitNotice.Listen(_ => throw new InvalidOperationException("an inner listener replaced the outer one")))
            {
            }
            WaitNotice.Say("outer");
        }
        WaitNotice.Say("after");
        Assert.Equal(["outer"], heard);
    }
}
