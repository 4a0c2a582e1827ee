using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using SellerConsole.Data;

namespace SellerConsole.Security;

/// <summary>
/// Optional encryption at rest of the Data Protection keys in <c>data/keys</c> (which decrypt the stored
/// SP-API and Keepa secrets). With <c>DataProtection:KeyEncryptionCertificate</c> (a .pfx path) and
/// <c>DataProtection:KeyEncryptionCertificatePassword</c>, set in the environment and kept off the data disk,
/// every new key is written encrypted to that certificate; a copy of the data directory alone then reveals
/// nothing. Without them nothing changes (the keys are protected only by the folder's permissions).
/// </summary>
public static class KeyEncryption
{
    public const string CertificateKey = "DataProtection:KeyEncryptionCertificate";
    public const string PasswordKey = "DataProtection:KeyEncryptionCertificatePassword";

    public static IDataProtectionBuilder ProtectKeysIfConfigured(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var path = configuration[CertificateKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return builder;
        }
        builder.ProtectKeysWithCertificate(Load(path, configuration[PasswordKey]));
        builder.Services.AddHostedService<UnencryptedKeyWarning>();
        return builder;
    }

    public static X509Certificate2 Load(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // The message names the file, never the password.
            throw new InvalidOperationException($"{CertificateKey}: cannot open '{path}' ({ex.Message.TrimEnd('.')}). Check the path and {PasswordKey}.", ex);
        }
        if (certificate.GetRSAPrivateKey() is null)
        {
            throw new InvalidOperationException($"{CertificateKey}: '{path}' must hold an RSA certificate with its private key (a .pfx).");
        }
        return certificate;
    }

    /// <summary>Keys written before encryption was switched on stay readable, and unencrypted, until they expire; say so.</summary>
    private sealed class UnencryptedKeyWarning(IOptions<DataOptions> data, ILogger<UnencryptedKeyWarning> log) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var keys = new DirectoryInfo(data.Value.KeysPath);
            var plain = keys.Exists
                ? keys.EnumerateFiles("key-*.xml").Count(f => File.ReadAllText(f.FullName).Contains("<masterKey", StringComparison.Ordinal))
                : 0;
            if (plain > 0)
            {
                log.LogWarning("{Count} Data Protection key(s) in {Folder} were written before key encryption was configured and stay unencrypted until they expire (90 days after creation)",
                    plain, keys.FullName);
            }
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
