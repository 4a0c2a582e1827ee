using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace SellerConsole.Security;

/// <summary>One editable setting. <paramref name="Validate"/> returns an error message or null.</summary>
public sealed record SettingField(string Key, string Label, bool IsSecret, string? Help = null, string? Default = null, Func<string, string?>? Validate = null);

public sealed record SettingGroup(string Id, string Title, string Description, IReadOnlyList<SettingField> Fields);

/// <summary>Every setting the owner can edit in the console, grouped as the Settings page shows them.</summary>
public static partial class SettingsCatalog
{
    public const string SpApiClientId = "SpApi.LwaClientId";
    public const string SpApiClientSecret = "SpApi.LwaClientSecret";
    public const string SpApiClientSecretRotated = "SpApi.LwaClientSecretRotatedOn";
    public const string SpApiRefreshToken = "SpApi.RefreshToken";
    public const string SpApiSellerId = "SpApi.SellerId";
    public const string SpApiMarketplaceId = "SpApi.MarketplaceId";
    public const string KeepaApiKey = "Keepa.ApiKey";
    public const string SmtpHost = "Smtp.Host";
    public const string SmtpPort = "Smtp.Port";
    public const string SmtpUsername = "Smtp.Username";
    public const string SmtpPassword = "Smtp.Password";
    public const string SmtpFrom = "Smtp.From";
    public const string SmtpTo = "Smtp.To";
    public const string SmtpSecurity = "Smtp.Security";
    public const string DigestEnabled = "Digest.Enabled";
    public const string DigestTime = "Digest.Time";
    public const string DigestWeekly = "Digest.Weekly";
    public const string DigestUrgentKinds = "Digest.UrgentKinds";
    public const string DigestAttachPdf = "Digest.AttachPdf";
    public const string ConsolePublicUrl = "Console.PublicUrl";

    /// <summary>Amazon requires the LWA client secret to be rotated every 180 days.</summary>
    public static readonly TimeSpan ClientSecretLifetime = TimeSpan.FromDays(180);

    public static readonly IReadOnlyList<SettingGroup> Groups =
    [
        new("spapi", "Amazon Selling Partner API",
            "Credentials of your private SP-API application (Seller Central > Develop apps). Used only in Live mode.",
            [
                new(SpApiClientId, "LWA client id", false, "amzn1.application-oa2-client.…", Validate: v => v.StartsWith("amzn1.application-oa2-client.", StringComparison.Ordinal) ? null : "The LWA client id starts with 'amzn1.application-oa2-client.'"),
                new(SpApiClientSecret, "LWA client secret", true, "Rotate every 180 days in Seller Central."),
                new(SpApiClientSecretRotated, "Client secret last rotated", false, "Set automatically when the secret changes (yyyy-MM-dd).", Validate: ValidDate),
                new(SpApiRefreshToken, "Refresh token", true, "Atzr|…", Validate: v => v.StartsWith("Atzr|", StringComparison.Ordinal) ? null : "A refresh token starts with 'Atzr|'"),
                new(SpApiSellerId, "Seller id (merchant token)", false, "e.g. A2EXAMPLE12345", Validate: v => SellerIdPattern().IsMatch(v) ? null : "A seller id is 'A' followed by 8-20 capital letters or digits"),
                new(SpApiMarketplaceId, "Marketplace id", false, "A1F83G8C2ARO7P is amazon.co.uk", Default: "A1F83G8C2ARO7P", Validate: v => MarketplacePattern().IsMatch(v) ? null : "A marketplace id is 10-16 capital letters and digits"),
            ]),
        new("keepa", "Keepa", "Your Keepa API access key (keepa.com > API).",
            [
                new(KeepaApiKey, "API key", true, "64 characters", Validate: v => v.Length is >= 32 and <= 128 && v.All(char.IsAsciiLetterOrDigit) ? null : "A Keepa key is 32-128 letters and digits"),
            ]),
        new("smtp", "Email (SMTP)", "Where scheduled digests and alert emails are sent from and to.",
            [
                new(SmtpHost, "SMTP host", false, "e.g. smtp.fastmail.com"),
                new(SmtpPort, "Port", false, "587 for STARTTLS", Default: "587", Validate: v => int.TryParse(v, out var p) && p is > 0 and <= 65535 ? null : "The port is a number from 1 to 65535"),
                new(SmtpSecurity, "Security", false, "StartTls (port 587), Ssl (port 465) or None", Default: "StartTls",
                    Validate: v => v is "StartTls" or "Ssl" or "None" ? null : "Enter StartTls, Ssl or None"),
                new(SmtpUsername, "Username", false, "Leave blank if the server needs no sign-in"),
                new(SmtpPassword, "Password", true),
                new(SmtpFrom, "From address", false, Validate: ValidEmail),
                new(SmtpTo, "Send to", false, "One or more addresses, separated by commas", Validate: ValidEmailList),
            ]),
        new("digests", "Email digests", "What is emailed to you, and when (UK time). Needs the Email (SMTP) settings.",
            [
                new(DigestEnabled, "Morning digest", false, "true or false", Default: "true", Validate: ValidBool),
                new(DigestTime, "Morning digest time", false, "HH:mm, UK time", Default: "07:30",
                    Validate: v => TimeOnly.TryParseExact(v, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : "Enter a time as HH:mm, e.g. 07:30"),
                new(DigestWeekly, "Weekly summary (Mondays)", false, "true or false", Default: "true", Validate: ValidBool),
                new(DigestAttachPdf, "Attach the profit report (PDF)", false, "true or false: the period's profit and loss by SKU, as a PDF", Default: "false", Validate: ValidBool),
                new(DigestUrgentKinds, "Urgent alert kinds (emailed at once)", false,
                    "Comma-separated alert kinds, e.g. job.failed, price-push, score.drop, competitor.detected; blank for none", Default: "job.failed",
                    Validate: v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).All(k => AlertKindPattern().IsMatch(k)) ? null : "Alert kinds are lower-case codes like job.failed, separated by commas"),
                new(ConsolePublicUrl, "Console address (for links in emails)", false, "e.g. https://seller.example.com; blank uses Console:PublicUrl or this server's address",
                    Validate: v => Uri.TryCreate(v, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp) ? null : "Enter an http(s) address, e.g. https://seller.example.com"),
            ]),
    ];

    public static SettingField? Find(string key) => Groups.SelectMany(g => g.Fields).FirstOrDefault(f => f.Key == key);

    private static string? ValidEmail(string value) =>
        MailAddress.TryCreate(value, out _) ? null : "Enter a valid email address";

    private static string? ValidBool(string value) => bool.TryParse(value, out _) ? null : "Enter true or false";

    private static string? ValidEmailList(string value)
    {
        var addresses = value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var bad = addresses.FirstOrDefault(a => !MailAddress.TryCreate(a, out _));
        return addresses.Length == 0 ? "Enter at least one email address" : bad is null ? null : $"'{bad}' is not a valid email address";
    }

    private static string? ValidDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : "Enter a date as yyyy-MM-dd";

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*$")]
    private static partial Regex AlertKindPattern();

    [GeneratedRegex("^A[A-Z0-9]{8,20}$")]
    private static partial Regex SellerIdPattern();

    [GeneratedRegex("^[A-Z0-9]{10,16}$")]
    private static partial Regex MarketplacePattern();
}
