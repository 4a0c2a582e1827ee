using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using SellerConsole.Data.Backups;

namespace SellerConsole.Data;

public static class DataModule
{
    public static IServiceCollection AddSellerData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IConfigureOptions<DataOptions>, DataOptionsSetup>();
        services.AddSingleton<IValidateOptions<DataOptions>, DataOptionsValidator>();
        services.AddOptions<DataOptions>().ValidateOnStart();

        // The provider decides which context type (and so which migration set) backs IDbContextFactory<SellerDb>.
        // A wrong value falls back to SQLite here; DataOptionsValidator then stops start-up naming the key.
        if (DatabaseProviders.From(configuration) == DatabaseProvider.Postgres)
        {
            services.AddDbContextFactory<PostgresSellerDb>((sp, options) =>
                options.UseNpgsql(sp.GetRequiredService<IOptions<DataOptions>>().Value.EffectiveConnectionString));
            services.AddSingleton<IDbContextFactory<SellerDb>, PostgresAsSellerDb>();
            // Data Protection's key repository asks a scope for the context itself.
            services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<PostgresSellerDb>>().CreateDbContext());
        }
        else
        {
            // Migrations come from dotnet-ef (see Migrations/ToolBaseline); EF refuses to migrate when the
            // model has changes no migration carries, which is what we want.
            services.AddDbContextFactory<SellerDb>((sp, options) =>
                options.UseSqlite(sp.GetRequiredService<IOptions<DataOptions>>().Value.EffectiveConnectionString));
        }

        services.AddSingleton<DataDirectoryInfo>();
        services.AddSingleton<BackupService>();
        return services;
    }

    /// <summary>Applies migrations (and on SQLite turns on WAL). Runs once at start, before anything else touches the database.</summary>
    public static async Task InitializeSellerDataAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("SellerConsole.Data");
        var data = services.GetRequiredService<IOptions<DataOptions>>().Value;
        PrivateDirectory.Create(data.FullPath);

        await using var db = await services.GetRequiredService<IDbContextFactory<SellerDb>>().CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            // On PostgreSQL several nodes may start at once: EF's migration lock makes one apply and the others wait.
            log.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            log.LogInformation("Database schema is up to date");
        }

        if (data.IsPostgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(data.EffectiveConnectionString);
            log.LogInformation("Database ready: PostgreSQL {Database} on {Host}", builder.Database, builder.Host);
            return;
        }
        // WAL lets the UI read while a sync writes; the mode is stored in the file, so once is enough.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        log.LogInformation("Database ready at {Database}", new SqliteConnectionStringBuilder(data.EffectiveConnectionString).DataSource);
    }

    /// <summary>Hands out <see cref="PostgresSellerDb"/> wherever a <see cref="SellerDb"/> is asked for.</summary>
    private sealed class PostgresAsSellerDb(IDbContextFactory<PostgresSellerDb> inner) : IDbContextFactory<SellerDb>
    {
        public SellerDb CreateDbContext() => inner.CreateDbContext();

        public async Task<SellerDb> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
