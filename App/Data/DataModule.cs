using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SellerConsole.Data.Backups;

namespace SellerConsole.Data;

public static class DataModule
{
    public static IServiceCollection AddSellerData(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureOptions<DataOptions>, DataOptionsSetup>();
        services.AddSingleton<IValidateOptions<DataOptions>, DataOptionsValidator>();
        services.AddOptions<DataOptions>().ValidateOnStart();

        services.AddDbContextFactory<SellerDb>((sp, options) =>
        {
            var data = sp.GetRequiredService<IOptions<DataOptions>>().Value;
            // Migrations come from dotnet-ef (see Migrations/ToolBaseline); EF refuses to migrate when the
            // model has changes no migration carries, which is what we want.
            options.UseSqlite(data.EffectiveConnectionString);
        });

        services.AddSingleton<DataDirectoryInfo>();
        services.AddSingleton<BackupService>();
        return services;
    }

    /// <summary>Applies migrations and turns on WAL. Runs once at start, before anything else touches the database.</summary>
    public static async Task InitializeSellerDataAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("SellerConsole.Data");
        var data = services.GetRequiredService<IOptions<DataOptions>>().Value;
        PrivateDirectory.Create(data.FullPath);

        await using var db = await services.GetRequiredService<IDbContextFactory<SellerDb>>().CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            log.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            log.LogInformation("Database schema is up to date");
        }

        // WAL lets the UI read while a sync writes; the mode is stored in the file, so once is enough.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        log.LogInformation("Database ready at {Database}", new SqliteConnectionStringBuilder(data.EffectiveConnectionString).DataSource);
    }
}
