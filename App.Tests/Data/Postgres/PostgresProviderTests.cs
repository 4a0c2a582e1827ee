using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Data.Postgres;

public sealed class PostgresProviderTests
{
    [Fact]
    public Task The_app_starts_on_an_empty_PostgreSQL_database_and_the_owner_signs_in() => TestDatabase.OnPostgresAsync(async () =>
    {
        using var app = new SellerAppFactory();
        var client = await app.CreateSignedInClientAsync();

        var health = await client.GetStringAsync("/healthz");
        Assert.Contains("\"database\":\"ok\"", health);
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        Assert.IsType<PostgresSellerDb>(db);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(SellerAppFactory.OwnerEmail, (await db.Owners.SingleAsync()).Email);
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "seller.db")), "no SQLite file beside a PostgreSQL database");
    });

    [Fact]
    public Task Times_read_back_from_PostgreSQL_are_UTC_whatever_Kind_they_were_written_with() => TestDatabase.OnPostgresAsync(async () =>
    {
        using var app = new SellerAppFactory();
        _ = app.CreateAnonymousClient();
        var factory = app.Service<IDbContextFactory<SellerDb>>();
        var unspecified = new DateTime(2026, 11, 23, 9, 30, 0, DateTimeKind.Unspecified);
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Settings.Add(new SellerConsole.Security.SettingEntry { Key = "probe", Value = "x", UpdatedUtc = unspecified });
            await db.SaveChangesAsync();
        }

        await using var read = await factory.CreateDbContextAsync();
        var stored = await read.Settings.SingleAsync(s => s.Key == "probe" && s.UpdatedUtc >= unspecified.AddMinutes(-1));
        Assert.Equal(DateTimeKind.Utc, stored.UpdatedUtc.Kind);
        Assert.Equal(unspecified.Ticks, stored.UpdatedUtc.Ticks);
    });

    [Theory]
    [InlineData(null, null, DatabaseProvider.Sqlite)]
    [InlineData(null, "Data Source=/srv/seller.db", DatabaseProvider.Sqlite)]
    [InlineData(null, "Host=db;Database=seller;Username=seller", DatabaseProvider.Postgres)]
    [InlineData("postgres", "Host=db;Database=seller", DatabaseProvider.Postgres)]
    [InlineData("Sqlite", "", DatabaseProvider.Sqlite)]
    public void The_provider_is_taken_from_configuration_or_the_connection_string(string? configured, string? connection, DatabaseProvider expected)
    {
        var (provider, error) = DatabaseProviders.Choose(configured, connection);

        Assert.Null(error);
        Assert.Equal(expected, provider);
    }

    [Theory]
    [InlineData("Postgres", null, "ConnectionStrings:Seller")]
    [InlineData("Postgres", "Data Source=seller.db", "ConnectionStrings:Seller")]
    [InlineData("Sqlite", "Host=db;Database=seller", "ConnectionStrings:Seller")]
    [InlineData("MySql", "Host=db", "Database:Provider")]
    public void A_provider_that_does_not_match_the_connection_string_is_refused_naming_the_key(string configured, string? connection, string named)
    {
        var (_, error) = DatabaseProviders.Choose(configured, connection);

        Assert.NotNull(error);
        Assert.Contains(named, error);
    }
}
