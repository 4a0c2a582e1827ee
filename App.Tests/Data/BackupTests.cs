using Microsoft.Data.Sqlite;
using SellerConsole.Data.Backups;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Data;

public sealed class BackupTests
{
    [Fact]
    public async Task A_backup_opens_on_its_own_and_has_the_same_rows_in_every_table()
    {
        using var app = new SellerAppFactory();
        _ = app.CreateAnonymousClient();
        var audit = app.Service<AuditLog>();
        for (var i = 0; i < 25; i++)
        {
            await audit.WriteAsync("owner:test", AuditActions.SettingsChanged, $"row {i}", "details");
        }

        var result = await app.Service<BackupService>().CreateAsync(null, CancellationToken.None);

        Assert.True(File.Exists(result.File.FullPath));
        await using var source = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "seller.db")}");
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = result.File.FullPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await source.OpenAsync();
        await copy.OpenAsync();
        var tables = await BackupService.TablesAsync(source, CancellationToken.None);
        Assert.Contains("AuditEntries", tables);
        Assert.Equal(tables, await BackupService.TablesAsync(copy, CancellationToken.None));
        foreach (var table in tables)
        {
            Assert.Equal(await BackupService.CountAsync(source, table, CancellationToken.None), await BackupService.CountAsync(copy, table, CancellationToken.None));
        }
        Assert.True(await BackupService.CountAsync(copy, "AuditEntries", CancellationToken.None) >= 25);
        long rows = 0;
        foreach (var table in tables)
        {
            rows += await BackupService.CountAsync(copy, table, CancellationToken.None);
        }
        Assert.Equal(result.Rows, rows);
    }

    [Fact]
    public async Task Only_the_newest_backups_are_kept()
    {
        using var app = new SellerAppFactory(new Dictionary<string, string?> { ["Jobs:BackupsToKeep"] = "3" });
        _ = app.CreateAnonymousClient();
        var backups = app.Service<BackupService>();
        var names = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            app.Clock.Advance(TimeSpan.FromDays(1));
            names.Add((await backups.CreateAsync(null, CancellationToken.None)).File.Name);
        }

        var kept = backups.List().Select(b => b.Name).ToList();

        Assert.Equal(names.TakeLast(3).Reverse(), kept);
    }
}
