using SellerConsole.Marketplace.SpApi;
using SellerConsole.Marketplace.SpApi.Models;

namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>
/// The section circuit after its break, as a catalogue sync meets it: eight listing reads in parallel. On a
/// fixed manual clock (2 March 2026, 09:00 UTC); nothing depends on real time but deadlines for conditions.
/// </summary>
public sealed class SpApiCircuitTests
{
    private const string Sku = "FF-SD32";
    private const int Callers = 8;
    private static readonly string Listing = SpApiHarness.ListingPath(Sku);

    private static HttpResponseMessage Ok(StubSpApiHandler.Seen _) => StubSpApiHandler.Json(200, new ListingJsonBuilder(Sku).Json());

    private static HttpResponseMessage Unavailable(StubSpApiHandler.Seen _) =>
        StubSpApiHandler.Error(503, "ServiceUnavailable", "Service temporarily unavailable");

    /// <summary>Four 503s open the Listings circuit for 30 s (at 09:00:00 with no retries); then the clock moves past the break.</summary>
    private static async Task<SpApiHarness> OpenedAndBreakOverAsync(int maxRetries = 0)
    {
        var h = new SpApiHarness(o => (o.MaxRetries, o.CircuitMinimumThroughput, o.CircuitBreakDuration, o.CircuitWaitLimit) =
            (maxRetries, 4, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)));
        h.Handler.Times(4, HttpMethod.Get, Listing, Unavailable);
        // Four failed attempts: four calls without retries, or one call and its three retries.
        for (var i = 0; i < 4 / (maxRetries + 1); i++)
        {
            Assert.Equal(503, (await Assert.ThrowsAsync<SpApiException>(() => h.Drive(h.Client.GetListingAsync(Sku), TimeSpan.FromSeconds(1)))).StatusCode);
        }
        Assert.Equal(4, h.Handler.Count(Listing));
        Assert.Contains("Listings circuit opened for 30 s", h.Log.AllText);
        h.Clock.Advance(TimeSpan.FromSeconds(31));
        return h;
    }

    /// <summary>An answer the test releases, so the trial is still out while the other callers arrive.</summary>
    private static StubSpApiHandler.Responder Held(TaskCompletionSource release, Func<StubSpApiHandler.Seen, HttpResponseMessage> answer) =>
        async (seen, ct) =>
        {
            await release.Task.WaitAsync(ct);
            return answer(seen);
        };

    private static int Waits(SpApiHarness h) => h.Log.Entries.Count(e => e.Contains("waits for the Listings circuit", StringComparison.Ordinal));

    private static Task Until(Func<bool> condition, string what) => Until(condition, () => what);

    private static async Task Until(Func<bool> condition, Func<string> what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what()}");
            }
            await Task.Delay(2);
        }
    }

    [Fact]
    public async Task Once_the_break_is_over_exactly_one_trial_goes_and_its_success_lets_every_waiting_call_through()
    {
        using var h = await OpenedAndBreakOverAsync();
        var release = new TaskCompletionSource();
        h.Handler.Once(HttpMethod.Get, Listing, Held(release, Ok)).Always(HttpMethod.Get, Listing, Ok);
        var heard = new List<string?>();

        var calls = new List<Task<ListingItem?>>();
        using (SellerConsole.Shared.WaitNotice.Listen(said => { lock (heard) { heard.Add(said); } }))
        {
            for (var i = 0; i < Callers; i++)
            {
                calls.Add(Task.Run(() => h.Client.GetListingAsync(Sku)));
            }
        }

        // Every caller but the trial waits for the circuit (one timer each) instead of failing at once; the trial's
        // request reaches the server on its own thread, possibly after the others have started waiting.
        await Until(() => (Waits(h) == Callers - 1 && h.Handler.Count(Listing) == 5) || calls.Any(c => c.IsFaulted),
            () => $"the trial to be sent and the other callers to wait for the circuit: {Waits(h)} waits, {h.Handler.Count(Listing)} requests");
        Assert.DoesNotContain(calls, c => c.IsCompleted);
        Assert.Equal(5, h.Handler.Count(Listing));
        lock (heard)
        {
            Assert.Contains(heard, said => said?.StartsWith("Amazon's Listings API is failing: trying again at 09:01:01 (in 30", StringComparison.Ordinal) == true);
        }

        release.SetResult();
        // Woken by the close, not by the end of their wait; a refused call spent a usage-plan token, so some wait for one.
        var items = await h.Drive(Task.WhenAll(calls), TimeSpan.FromMilliseconds(100));

        Assert.All(items, item => Assert.Equal("B0CX23V2ZK", item!.Asin));
        Assert.Equal(5 + Callers - 1, h.Handler.Count(Listing));
        // Before 09:01:01, when their waits would have ended (the driver moves the clock while the woken calls finish).
        Assert.InRange(h.Clock.GetUtcNow(), SpApiHarness.Start.AddSeconds(31), SpApiHarness.Start.AddSeconds(60));
        Assert.Contains("Listings circuit closed again", h.Log.AllText);
    }

    [Fact]
    public async Task A_failed_trial_opens_the_circuit_again_and_the_waiting_calls_try_once_more_after_the_new_break()
    {
        using var h = await OpenedAndBreakOverAsync();
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        h.Handler.Once(HttpMethod.Get, Listing, Held(first, Unavailable)).Once(HttpMethod.Get, Listing, Held(second, Ok)).Always(HttpMethod.Get, Listing, Ok);
        try
        {
            var calls = Enumerable.Range(0, Callers).Select(_ => Task.Run(() => h.Client.GetListingAsync(Sku))).ToList();
            await Until(() => Waits(h) == Callers - 1 || calls.Any(c => c.IsFaulted), "the other callers to wait for the circuit");

            first.SetResult();
            // The trial's own caller has no retries (MaxRetries 0): it fails with Amazon's answer; the rest wait a new break.
            await Until(() => calls.Count(c => c.IsFaulted) == 1 && h.Log.Entries.Count(e => e.Contains("Listings circuit opened", StringComparison.Ordinal)) == 2,
                "the failed trial to open the circuit again");
            Assert.Equal(503, Assert.IsType<SpApiException>(calls.Single(c => c.IsFaulted).Exception!.InnerException).StatusCode);
            // Woken by the change, each tries again (some after a usage-plan token), is refused and waits for the new break.
            h.Clock.Advance(TimeSpan.FromSeconds(29));
            await Until(() => Waits(h) == 2 * (Callers - 1), () => $"the callers to wait again: {Waits(h)} waits");
            Assert.Equal(5, h.Handler.Count(Listing));

            h.Clock.Advance(TimeSpan.FromSeconds(2));
            await Until(() => h.Handler.Count(Listing) == 6 && Waits(h) == 3 * (Callers - 1) - 1,
                () => $"one second trial while the rest wait: {h.Handler.Count(Listing)} requests, {Waits(h)} waits");
            Assert.Equal(6, h.Handler.Count(Listing));

            second.SetResult();
            var items = await h.Drive(Task.WhenAll(calls.Where(c => !c.IsFaulted)), TimeSpan.FromMilliseconds(100));
            Assert.All(items, item => Assert.NotNull(item));
            Assert.Equal(5 + 1 + (Callers - 2), h.Handler.Count(Listing));
        }
        finally
        {
            first.TrySetResult();
            second.TrySetResult();
        }
    }

    [Fact]
    public async Task With_retries_a_trial_that_fails_once_does_not_fail_the_call_it_waits_for_the_break_and_goes_again()
    {
        using var h = await OpenedAndBreakOverAsync(maxRetries: 3);
        h.Handler.Once(HttpMethod.Get, Listing, Unavailable).Always(HttpMethod.Get, Listing, Ok);

        var item = await h.Drive(h.Client.GetListingAsync(Sku), TimeSpan.FromSeconds(1));

        Assert.NotNull(item);
        Assert.Equal(6, h.Handler.Count(Listing));
        var requests = h.Handler.To(Listing);
        Assert.True(requests[^1].At - requests[^2].At >= TimeSpan.FromSeconds(30), "the second try waited for the new break to end");
    }

    [Fact]
    public async Task A_circuit_that_stays_open_fails_the_call_once_it_has_waited_the_limit()
    {
        using var h = await OpenedAndBreakOverAsync(maxRetries: 3);
        h.Handler.Always(HttpMethod.Get, Listing, Unavailable);

        // Each trial goes and fails, its retry meets the open circuit again and waits out the next break, until the limit.
        var error = await Assert.ThrowsAsync<SpApiException>(() => h.Drive(h.Client.GetListingAsync(Sku), TimeSpan.FromSeconds(1)));

        Assert.True(error.IsCircuitOpen);
        Assert.Contains("Listings circuit is open after repeated failures; getListingsItem stopped waiting for it after 2 min", error.Message);
        Assert.InRange(h.Clock.GetUtcNow() - SpApiHarness.Start.AddSeconds(31), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3));
        // One trial per break while it waited, each failing; never more than one request per break.
        Assert.InRange(h.Handler.Count(Listing), 4 + 3, 4 + 6);
        var trials = h.Handler.To(Listing).Skip(4).ToList();
        Assert.All(trials.Zip(trials.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromSeconds(30)));
    }
}
