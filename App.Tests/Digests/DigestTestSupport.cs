using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Digests;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Digests;

internal static class DigestTestSupport
{
    public const string PublicUrl = "https://seller.example.com";

    /// <summary>Points the app's SMTP settings at the local capture server (plain SMTP, as aiosmtpd serves it).</summary>
    public static async Task UseSmtpAsync(this SellerAppFactory app, int port, string? user = null, string? password = null)
    {
        var store = app.Service<SettingsStore>();
        var smtp = await store.SaveAsync("smtp", new Dictionary<string, string?>
        {
            [SettingsCatalog.SmtpHost] = "127.0.0.1",
            [SettingsCatalog.SmtpPort] = port.ToString(),
            [SettingsCatalog.SmtpSecurity] = "None",
            [SettingsCatalog.SmtpUsername] = user ?? "",
            [SettingsCatalog.SmtpPassword] = password ?? "",
            [SettingsCatalog.SmtpFrom] = "console@shop.example",
            [SettingsCatalog.SmtpTo] = "owner@shop.example, partner@shop.example",
        }, "owner:test", CancellationToken.None);
        Assert.True(smtp.Succeeded, string.Join("; ", smtp.Errors.Values));
        var links = await store.SaveAsync("digests", new Dictionary<string, string?> { [SettingsCatalog.ConsolePublicUrl] = PublicUrl }, "owner:test", CancellationToken.None);
        Assert.True(links.Succeeded);
    }

    public static async Task<OwnerMailRecord> MailAsync(this SellerAppFactory app, long id)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.Set<OwnerMailRecord>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public static async Task<List<OwnerMailRecord>> MailsAsync(this SellerAppFactory app)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.Set<OwnerMailRecord>().AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }
}
