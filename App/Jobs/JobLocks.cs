using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage;

namespace SellerConsole.Jobs;

/// <summary>
/// One lock per job name in Hangfire's storage, so a job never overlaps itself across nodes (a sync fired by hand
/// on one node while another runs the scheduled one). Each held lock lives on its own thread: Hangfire.Storage.SQLite
/// counts locks per thread (a pool thread reused by another run would otherwise re-enter the lock), and the lock must
/// be released on the thread that took it.
/// </summary>
public sealed class JobLocks(JobStorage storage, ILogger<JobLocks> log)
{
    /// <summary>How long one attempt of a waiting acquisition blocks before it checks for cancellation.</summary>
    private static readonly TimeSpan Attempt = TimeSpan.FromSeconds(2);

    public static string Resource(string jobName) => $"sellerconsole:job:{jobName.ToLowerInvariant()}";

    /// <summary>The job's lock if no node holds it now; null if one does.</summary>
    public Task<IDisposable?> TryTakeAsync(string jobName) => HeldLock.AcquireAsync(storage, Resource(jobName), TimeSpan.Zero, log);

    /// <summary>The job's lock, waiting for whichever node holds it to finish.</summary>
    public async Task<IDisposable> TakeAsync(string jobName, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await HeldLock.AcquireAsync(storage, Resource(jobName), Attempt, log) is { } held)
            {
                return held;
            }
        }
    }

    private sealed class HeldLock : IDisposable
    {
        private readonly ManualResetEventSlim _release = new();
        private Thread? _thread;

        public static Task<IDisposable?> AcquireAsync(JobStorage storage, string resource, TimeSpan wait, ILogger log)
        {
            var acquired = new TaskCompletionSource<IDisposable?>(TaskCreationOptions.RunContinuationsAsynchronously);
            var held = new HeldLock();
            held._thread = new Thread(() => held.Hold(storage, resource, wait, acquired, log)) { IsBackground = true, Name = $"lock {resource}" };
            held._thread.Start();
            return acquired.Task;
        }

        private void Hold(JobStorage storage, string resource, TimeSpan wait, TaskCompletionSource<IDisposable?> acquired, ILogger log)
        {
            IStorageConnection? connection = null;
            IDisposable handle;
            try
            {
                connection = storage.GetConnection();
                handle = connection.AcquireDistributedLock(resource, wait);
            }
            catch (Exception ex) when (ex is DistributedLockTimeoutException or PostgreSqlDistributedLockException)
            {
                connection?.Dispose();
                acquired.SetResult(null);
                return;
            }
            catch (Exception ex)
            {
                connection?.Dispose();
                acquired.SetException(ex);
                return;
            }
            acquired.SetResult(this);
            _release.Wait();
            try
            {
                handle.Dispose();
            }
            catch (Exception ex)
            {
                // PostgreSQL storage drops a lock older than its DistributedLockTimeout; nothing is left to release then.
                log.LogWarning(ex, "Releasing the lock {Resource} failed", resource);
            }
            finally
            {
                connection.Dispose();
            }
        }

        /// <summary>Releases the lock and returns once it is released, so a run that starts next finds it free.</summary>
        public void Dispose()
        {
            _release.Set();
            _thread?.Join(TimeSpan.FromSeconds(30));
        }
    }
}
