using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Security;

public sealed class KeyEncryptionTests : IDisposable
{
    private const string KeepaKey = "kq3v9zt0c1ydk4m2p8x7w6r5s0a9b8c7d6e5f4g3h2j1k0l9m8n7p6q5r4s3t2u1";
    private const string Password = "pfx password for tests";
    private readonly string _folder = Directory.CreateTempSubdirectory("sellerconsole-cert-").FullName;

    private string CertificateFile()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=SellerConsole key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var path = Path.Combine(_folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    private static Dictionary<string, string?> Edits(string key, string value) => new() { [key] = value };

    private static string KeyFiles(string dataDirectory) =>
        string.Concat(Directory.EnumerateFiles(Path.Combine(dataDirectory, "keys"), "key-*.xml").Select(File.ReadAllText));

    [Fact]
    public async Task With_a_certificate_configured_the_keys_are_written_encrypted_and_still_decrypt_after_a_restart()
    {
        var settings = new Dictionary<string, string?>
        {
            [KeyEncryption.CertificateKey] = CertificateFile(),
            [KeyEncryption.PasswordKey] = Password,
        };
        string data;
        using (var app = new SellerAppFactory(settings))
        {
            data = app.DataDirectory;
            settings["Data:Directory"] = data;
            Assert.True((await app.Service<SettingsStore>().SaveAsync("keepa", Edits(SettingsCatalog.KeepaApiKey, KeepaKey), "owner:test", CancellationToken.None)).Succeeded);

            var keys = KeyFiles(data);
            Assert.Contains("<encryptedSecret", keys);
            Assert.DoesNotContain("<masterKey", keys);
            SqliteConnection.ClearAllPools();
            Assert.False(DatabaseFiles.Contains(await DatabaseFiles.ReadAllAsync(data), KeepaKey));

            // A restart on the same data directory and certificate reads the secret back.
            using var restarted = new SellerAppFactory(settings);
            Assert.Equal(KeepaKey, await restarted.Service<SettingsStore>().GetAsync(SettingsCatalog.KeepaApiKey, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Without_a_certificate_the_keys_are_stored_as_before()
    {
        using var app = new SellerAppFactory();
        await app.Service<SettingsStore>().SaveAsync("keepa", Edits(SettingsCatalog.KeepaApiKey, KeepaKey), "owner:test", CancellationToken.None);

        Assert.Contains("<masterKey", KeyFiles(app.DataDirectory));
    }

    [Fact]
    public void A_wrong_certificate_password_stops_start_up_with_a_message_that_names_the_setting_not_the_password()
    {
        var path = CertificateFile();

        var error = Assert.Throws<InvalidOperationException>(() => KeyEncryption.Load(path, "not the pfx password"));

        Assert.Contains(KeyEncryption.CertificateKey, error.Message);
        Assert.Contains(path, error.Message);
        Assert.DoesNotContain("not the pfx password", error.Message);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
