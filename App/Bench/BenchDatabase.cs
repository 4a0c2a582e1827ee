using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SellerConsole.Data;

namespace SellerConsole.Bench;

/// <summary>
/// A throw-away SQLite database with the app's schema (migrated, as in production) in its own temp folder,
/// deleted with its connection pool on dispose. Benchmarks measure against this, never the user's data.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private BenchDatabase(string folder, PooledDbContextFactory<SellerDb> factory)
    {
        Folder = folder;
        Factory = factory;
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "seller.db");

    public PooledDbContextFactory<SellerDb> Factory { get; }

    public static async Task<BenchDatabase> CreateAsync(CancellationToken cancellationToken, params IInterceptor[] interceptors)
    {
        var folder = Directory.CreateTempSubdirectory("sellerconsole-bench-").FullName;
        var options = new DbContextOptionsBuilder<SellerDb>()
            .UseSqlite($"Data Source={Path.Combine(folder, "seller.db")}")
            .AddInterceptors(interceptors)
            .Options;
        var database = new BenchDatabase(folder, new PooledDbContextFactory<SellerDb>(options));
        await using var db = await database.Factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        return database;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
