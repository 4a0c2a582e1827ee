using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SellerConsole.Data;
using SellerConsole.Security;

namespace SellerConsole.Tests.Security;

public sealed class TokenMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sellerconsole-migration-").FullName;

    [Fact]
    public async Task Tokens_from_before_scopes_become_read_write_and_never_expire()
    {
        var options = new DbContextOptionsBuilder<SellerDb>().UseSqlite($"Data Source={Path.Combine(_folder, "seller.db")};Pooling=False").Options;
        await using (var db = new SellerDb(options))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261207025837_ToolBaseline");
            var hash = new string('a', 64);
            await db.Database.ExecuteSqlAsync($"INSERT INTO ApiTokens (Name, Prefix, Hash, CreatedUtc) VALUES ('old-script', 'sc_abcdefg', {hash}, '2026-11-01 09:00:00')");
            await db.GetService<IMigrator>().MigrateAsync();
        }

        await using var upgraded = new SellerDb(options);
        var token = await upgraded.ApiTokens.SingleAsync();
        Assert.Equal(ApiTokenScope.ReadWrite, token.Scope);
        Assert.Null(token.ExpiresUtc);
        Assert.True(token.IsUsableAt(new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Empty(await upgraded.Set<EndedSession>().ToListAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
