using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using SellerConsole.Data;

namespace SellerConsole.Tests.Support;

/// <summary>
/// Runs existing tests on PostgreSQL unchanged: inside <see cref="OnPostgresAsync"/>, every
/// <see cref="SellerAppFactory"/> created (directly or by a test's own helper) gets a fresh database on the
/// throwaway server instead of a SQLite file. The choice flows with the async context, so tests running in
/// parallel on SQLite are not affected.
/// </summary>
public static class TestDatabase
{
    private static readonly AsyncLocal<ThrowawayPostgres?> Postgres = new();

    public static bool IsPostgres => Postgres.Value is not null;

    public static async Task OnPostgresAsync(Func<Task> test)
    {
        Postgres.Value = await ThrowawayPostgres.SharedAsync();
        try
        {
            await test();
        }
        finally
        {
            Postgres.Value = null;
        }
    }

    /// <summary>A new empty database's connection string when running on PostgreSQL, else null (SQLite file).</summary>
    internal static string? NewConnectionStringOrNull() =>
        Postgres.Value?.CreateDatabaseAsync("app").GetAwaiter().GetResult();

    /// <summary>For tests that build their own context factory: a new PostgreSQL database's, else null.</summary>
    public static async Task<IDbContextFactory<SellerDb>?> NewPostgresDbsOrNullAsync()
    {
        if (Postgres.Value is not { } server)
        {
            return null;
        }
        var options = new DbContextOptionsBuilder<PostgresSellerDb>().UseNpgsql(await server.CreateDatabaseAsync("store")).Options;
        return new AsSellerDb(new PooledDbContextFactory<PostgresSellerDb>(options));
    }

    private sealed class AsSellerDb(IDbContextFactory<PostgresSellerDb> inner) : IDbContextFactory<SellerDb>
    {
        public SellerDb CreateDbContext() => inner.CreateDbContext();
    }

    /// <summary>Closes the idle pooled connections of one app's database so a long run does not exhaust the server.</summary>
    internal static void Release(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }
}
