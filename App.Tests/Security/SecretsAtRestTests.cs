using Microsoft.Data.Sqlite;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

public sealed class SecretsAtRestTests
{
    private const string KeepaKey = "kq3v9zt0c1ydk4m2p8x7w6r5s0a9b8c7d6e5f4g3h2j1k0l9m8n7p6q5r4s3t2u1";
    private const string ClientSecret = "amzn1.oa2-cs.v1.5e1f0c2b7d9a4e3f8c6b1a0d9e8f7c6b5a4d3c2b1a0f9e8d";

    private static Dictionary<string, string?> Edits(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => (string?)v.Value);

    [Fact]
    public async Task Saved_secrets_never_appear_in_the_database_files_or_the_logs()
    {
        using var app = new SellerAppFactory();
        var store = app.Service<SettingsStore>();

        Assert.True((await store.SaveAsync("keepa", Edits((SettingsCatalog.KeepaApiKey, KeepaKey)), "owner:test", CancellationToken.None)).Succeeded);
        Assert.True((await store.SaveAsync("spapi", Edits((SettingsCatalog.SpApiClientSecret, ClientSecret)), "owner:test", CancellationToken.None)).Succeeded);
        SqliteConnection.ClearAllPools();

        var bytes = await DatabaseFiles.ReadAllAsync(app.DataDirectory);
        Assert.False(DatabaseFiles.Contains(bytes, KeepaKey), "Keepa key found in the database files");
        Assert.False(DatabaseFiles.Contains(bytes, ClientSecret), "LWA client secret found in the database files");
        Assert.False(DatabaseFiles.LogsContain(app.DataDirectory, KeepaKey));
        Assert.False(DatabaseFiles.LogsContain(app.DataDirectory, ClientSecret));

        // ...yet the app can still read them back for the adapters.
        Assert.Equal(KeepaKey, await store.GetAsync(SettingsCatalog.KeepaApiKey, CancellationToken.None));
        Assert.Equal(ClientSecret, await store.GetAsync(SettingsCatalog.SpApiClientSecret, CancellationToken.None));
    }

    [Fact]
    public async Task Secrets_are_shown_only_by_their_last_four_characters_and_audited_masked()
    {
        using var app = new SellerAppFactory();
        var store = app.Service<SettingsStore>();
        await store.SaveAsync("keepa", Edits((SettingsCatalog.KeepaApiKey, KeepaKey)), "owner:test", CancellationToken.None);

        var shown = Assert.Single(await store.ReadGroupAsync("keepa", CancellationToken.None));
        Assert.Equal("••••" + KeepaKey[^4..], shown.Display);

        var audit = await app.Service<AuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.SettingsChanged), CancellationToken.None);
        var entry = Assert.Single(audit.Items);
        Assert.Contains("(not set) → ••••" + KeepaKey[^4..], entry.Details);
        Assert.DoesNotContain(KeepaKey[..20], entry.Details);
    }

    [Fact]
    public async Task A_blank_secret_keeps_the_stored_one_and_clear_removes_it()
    {
        using var app = new SellerAppFactory();
        var store = app.Service<SettingsStore>();
        await store.SaveAsync("keepa", Edits((SettingsCatalog.KeepaApiKey, KeepaKey)), "owner:test", CancellationToken.None);

        var blank = await store.SaveAsync("keepa", Edits((SettingsCatalog.KeepaApiKey, "")), "owner:test", CancellationToken.None);
        Assert.Empty(blank.Changed);
        Assert.Equal(KeepaKey, await store.GetAsync(SettingsCatalog.KeepaApiKey, CancellationToken.None));

        Assert.True(await store.ClearAsync(SettingsCatalog.KeepaApiKey, "owner:test", CancellationToken.None));
        Assert.Null(await store.GetAsync(SettingsCatalog.KeepaApiKey, CancellationToken.None));
    }

    [Fact]
    public async Task A_new_client_secret_records_its_rotation_date_and_the_180_day_deadline()
    {
        using var app = new SellerAppFactory();
        app.Clock.SetUtcNow(SellerAppFactory.DefaultStart.AddDays(8));
        var store = app.Service<SettingsStore>();

        await store.SaveAsync("spapi", Edits((SettingsCatalog.SpApiClientSecret, ClientSecret)), "owner:test", CancellationToken.None);

        Assert.Equal("2026-12-01", await store.GetAsync(SettingsCatalog.SpApiClientSecretRotated, CancellationToken.None));
        Assert.Equal(new DateOnly(2027, 5, 30), await store.ClientSecretRotationDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Invalid_values_are_rejected_with_a_message_and_nothing_is_saved()
    {
        using var app = new SellerAppFactory();
        var store = app.Service<SettingsStore>();

        var result = await store.SaveAsync("smtp", Edits((SettingsCatalog.SmtpHost, "smtp.example.com"), (SettingsCatalog.SmtpPort, "99999")), "owner:test", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("1 to 65535", result.Errors[SettingsCatalog.SmtpPort]);
        Assert.Null(await store.GetAsync(SettingsCatalog.SmtpHost, CancellationToken.None));
    }
}
