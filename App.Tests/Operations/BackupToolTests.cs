using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using SellerConsole.Api;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Operations;

/// <summary>On PostgreSQL, backups need pg_dump: without it (or with one too old) the backup card and the failed run say what to install.</summary>
public sealed class BackupToolTests
{
    [Fact]
    public Task Without_pg_dump_the_backup_card_and_the_failed_backup_say_what_to_install() => TestDatabase.OnPostgresAsync(async () =>
    {
        using var app = new SellerAppFactory(new Dictionary<string, string?> { ["Jobs:PgDumpPath"] = "/nonexistent/bin/pg_dump" });
        var client = await app.CreateSignedInClientAsync();
        var server = (await app.Service<PgDumpTool>().CheckAsync(CancellationToken.None)).ServerMajor;

        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        Assert.Contains("pg_dump is not installed at /nonexistent/bin/pg_dump (Jobs:PgDumpPath)", home);
        Assert.Contains($"sudo apt-get install postgresql-client-{server}", home);

        var start = await client.PostAsync("/api/v1/jobs/backup/run", null);
        var started = await start.Content.ReadFromJsonAsync<JobStartedDto>();
        var run = await Eventually.GetAsync(() => client.GetFromJsonAsync<JobRunDto>(started!.StatusUrl), r => r!.Outcome != "Running", what: "the backup to finish");
        Assert.Equal("Failed", run!.Outcome);
        Assert.Contains($"pg_dump is not installed at /nonexistent/bin/pg_dump (Jobs:PgDumpPath). Install the PostgreSQL {server} client tools", run.Error);
        var backups = app.Service<IOptions<DataOptions>>().Value.BackupsPath;
        Assert.Empty(Directory.Exists(backups) ? Directory.GetFiles(backups) : []);
    });

    [Fact]
    public Task A_pg_dump_older_than_the_server_is_named_on_the_backup_card() => TestDatabase.OnPostgresAsync(async () =>
    {
        // A stand-in pg_dump that reports an old version, as postgresql-client-9.6 left on an upgraded machine would.
        var folder = Directory.CreateTempSubdirectory("sellerconsole-pgdump-").FullName;
        var fake = Path.Combine(folder, "pg_dump");
        await File.WriteAllTextAsync(fake, "#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        }
        try
        {
            using var app = new SellerAppFactory(new Dictionary<string, string?> { ["Jobs:PgDumpPath"] = fake });
            var client = await app.CreateSignedInClientAsync();

            var status = await app.Service<PgDumpTool>().CheckAsync(CancellationToken.None);
            Assert.Equal(9, status.ToolMajor);
            var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
            Assert.Contains($"pg_dump 9 ({fake}) is older than the PostgreSQL {status.ServerMajor} server and cannot dump it", home);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });
}
