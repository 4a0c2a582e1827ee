using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;
using Npgsql;
using SellerConsole.Data;

namespace SellerConsole.Jobs;

/// <summary>
/// One lock per job name, so a job never overlaps itself across nodes (a sync fired by hand on one node while
/// another runs the scheduled one).
/// <list type="bullet">
/// <item>On PostgreSQL: a session-level advisory lock on a connection of its own, held for the whole run. It never
/// lapses while the node lives, however long the run (Hangfire.PostgreSql's own distributed lock is a row that
/// other nodes delete after its DistributedLockTimeout, ten minutes by default, which would let a long first sync
/// run twice), and PostgreSQL frees it the moment the holder's connection ends: a node killed mid-run does not
/// keep the job locked.</item>
/// <item>On SQLite (one process): Hangfire's storage lock.</item>
/// </list>
/// Each held lock lives on its own thread: Hangfire.Storage.SQLite counts locks per thread (a pool thread reused by
/// another run would otherwise re-enter the lock), and the lock must be released on the thread that took it.
/// </summary>
public sealed class JobLocks(JobStorage storage, IOptions<DataOptions> data, ILogger<JobLocks> log)
{
    /// <summary>How long one attempt of a waiting acquisition blocks before it checks for cancellation.</summary>
    private static readonly TimeSpan Attempt = TimeSpan.FromSeconds(2);

    public static string Resource(string jobName) => $"sellerconsole:job:{jobName.ToLowerInvariant()}";

    /// <summary>The 64-bit advisory lock key of a resource: the first eight bytes of its SHA-256, the same on every node.</summary>
    public static long AdvisoryKey(string resource) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(resource)));

    /// <summary>The job's lock if no node holds it now; null if one does.</summary>
    public Task<IDisposable?> TryTakeAsync(string jobName) => AcquireAsync(Resource(jobName), TimeSpan.Zero, CancellationToken.None);

    /// <summary>The job's lock, waiting for whichever node holds it to finish.</summary>
    public async Task<IDisposable> TakeAsync(string jobName, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await AcquireAsync(Resource(jobName), Attempt, cancellationToken) is { } held)
            {
                return held;
            }
        }
    }

    private Task<IDisposable?> AcquireAsync(string resource, TimeSpan wait, CancellationToken cancellationToken) =>
        data.Value.IsPostgres
            ? AdvisoryLock.AcquireAsync(data.Value.EffectiveConnectionString, resource, wait, log, cancellationToken)
            : HeldLock.AcquireAsync(storage, resource, wait, log);

    private sealed class AdvisoryLock(NpgsqlConnection connection, long key, string resource, ILogger log) : IDisposable
    {
        public static async Task<IDisposable?> AcquireAsync(string connectionString, string resource, TimeSpan wait, ILogger log, CancellationToken cancellationToken)
        {
            // Its own physical connection (not pooled): the lock belongs to the session, and a pooled connection
            // returned with the lock still held would hand it to whoever borrows that connection next. Keepalives
            // let the server notice a node that vanished without closing its socket, and free its locks.
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30, ApplicationName = $"SellerConsole lock {resource}" };
            var connection = new NpgsqlConnection(builder.ConnectionString);
            var key = AdvisoryKey(resource);
            try
            {
                await connection.OpenAsync(cancellationToken);
                var deadline = DateTime.UtcNow + wait;
                while (true)
                {
                    await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
                    command.Parameters.AddWithValue("key", key);
                    if (await command.ExecuteScalarAsync(cancellationToken) is true)
                    {
                        return new AdvisoryLock(connection, key, resource, log);
                    }
                    if (DateTime.UtcNow >= deadline)
                    {
                        await connection.DisposeAsync();
                        return null;
                    }
                    await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
                }
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        /// <summary>Releases the lock and closes its connection; returns once both are done.</summary>
        public void Dispose()
        {
            try
            {
                using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                command.ExecuteScalar();
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                // The connection broke: the server has already dropped the session and its locks.
                log.LogWarning(ex, "Releasing the lock {Resource} failed; closing its connection releases it", resource);
            }
            finally
            {
                connection.Dispose();
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
            catch (DistributedLockTimeoutException)
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
