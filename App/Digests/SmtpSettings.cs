using System.Globalization;
using MailKit.Security;
using SellerConsole.Security;

namespace SellerConsole.Digests;

/// <summary>The SMTP account from Settings. <see cref="Password"/> is the clear secret: never log or show it.</summary>
public sealed record SmtpSettings(string Host, int Port, SecureSocketOptions Security, string? Username, string? Password, string From, IReadOnlyList<string> To)
{
    public string Endpoint => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");

    /// <summary>Reads the settings; <paramref name="missing"/> names what the owner still has to fill in.</summary>
    /// <summary>
    /// What stops mail from being sent, in the owner's words ("Email is not set up: fill in ..."), or null when
    /// the settings are complete. Reads no secret, so callers that only ask "can mail go?" stay cheap.
    /// </summary>
    public static async Task<string?> MissingAsync(SettingsStore store, CancellationToken cancellationToken)
    {
        var missing = new[]
        {
            (string.IsNullOrWhiteSpace(await store.GetAsync(SettingsCatalog.SmtpHost, cancellationToken)), "SMTP host"),
            (string.IsNullOrWhiteSpace(await store.GetAsync(SettingsCatalog.SmtpFrom, cancellationToken)), "From address"),
            (Recipients(await store.GetAsync(SettingsCatalog.SmtpTo, cancellationToken)).Count == 0, "Send to"),
        }.Where(m => m.Item1).Select(m => m.Item2).ToList();
        return missing.Count == 0 ? null : $"Email is not set up: fill in {string.Join(", ", missing)} in Settings > Email (SMTP)";
    }

    public static async Task<(SmtpSettings? Settings, string? Missing)> LoadAsync(SettingsStore store, CancellationToken cancellationToken)
    {
        if (await MissingAsync(store, cancellationToken) is { } missing)
        {
            return (null, missing + ".");
        }
        var host = await store.GetAsync(SettingsCatalog.SmtpHost, cancellationToken);
        var from = await store.GetAsync(SettingsCatalog.SmtpFrom, cancellationToken);
        var to = Recipients(await store.GetAsync(SettingsCatalog.SmtpTo, cancellationToken));
        var port = int.Parse(await store.GetAsync(SettingsCatalog.SmtpPort, cancellationToken) ?? "587", CultureInfo.InvariantCulture);
        var security = (await store.GetAsync(SettingsCatalog.SmtpSecurity, cancellationToken)) switch
        {
            "None" => SecureSocketOptions.None,
            "Ssl" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        var user = await store.GetAsync(SettingsCatalog.SmtpUsername, cancellationToken);
        var password = string.IsNullOrEmpty(user) ? null : await store.GetAsync(SettingsCatalog.SmtpPassword, cancellationToken);
        return (new SmtpSettings(host!.Trim(), port, security, string.IsNullOrWhiteSpace(user) ? null : user, password, from!.Trim(), to), null);
    }

    public static IReadOnlyList<string> Recipients(string? list) =>
        (list ?? "").Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The password never appears in a record's printout (logs, exceptions).</summary>
    public override string ToString() => $"SmtpSettings {{ {Endpoint}, {Security}, user {Username ?? "none"}, from {From}, to {string.Join(", ", To)} }}";
}
