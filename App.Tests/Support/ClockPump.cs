using SellerConsole.Shared;

namespace SellerConsole.Tests.Support;

/// <summary>
/// Runs work that waits on the app's clock (report polling, usage-plan refills, retry back-off)
/// while moving that clock forward in small steps, so a sync that would take minutes of real time
/// finishes in a moment and deterministically.
/// </summary>
public static class ClockPump
{
    public static async Task<T> RunAsync<T>(ManualTimeProvider clock, Func<Task<T>> work, TimeSpan? step = null, TimeSpan? realTimeout = null)
    {
        var task = Task.Run(work);
        var deadline = DateTime.UtcNow + (realTimeout ?? TimeSpan.FromSeconds(90));
        while (!task.IsCompleted)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Work did not finish; app clock at {clock.GetUtcNow():u}");
            }
            clock.Advance(step ?? TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(task, Task.Delay(1));
        }
        return await task;
    }

    public static Task RunAsync(ManualTimeProvider clock, Func<Task> work, TimeSpan? step = null, TimeSpan? realTimeout = null) =>
        RunAsync(clock, async () => { await work(); return true; }, step, realTimeout);
}
