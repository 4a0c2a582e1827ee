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
    public const string SmtpStartTls = "Smtp.StartTls";

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
                new(SmtpStartTls, "Use STARTTLS", false, "true or false", Default: "true", Validate: v => bool.TryParse(v, out _) ? null : "Enter true or false"),
                new(SmtpUsername, "Username", false),
                new(SmtpPassword, "Password", true),
                new(SmtpFrom, "From address", false, Validate: ValidEmail),
                new(SmtpTo, "Send digests to", false, Validate: ValidEmail),
            ]),
    ];

    public static SettingField? Find(string key) => Groups.SelectMany(g => g.Fields).FirstOrDefault(f => f.Key == key);

    private static string? ValidEmail(string value) =>
        MailAddress.TryCreate(value, out _) ? null : "Enter a valid email address";

    private static string? ValidDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : "Enter a date as yyyy-MM-dd";

    [GeneratedRegex("^A[A-Z0-9]{8,20}$")]
    private static partial Regex SellerIdPattern();

    [GeneratedRegex("^[A-Z0-9]{10,16}$")]
    private static partial Regex MarketplacePattern();
}
