using SellerConsole.Alerts;
using SellerConsole.Digests;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Digests;

public sealed class UrgentAlertMailTests
{
    [Fact]
    public async Task A_storm_of_urgent_alerts_sends_one_mail_and_what_follows_waits_for_the_next_quarter_hour()
    {
        await using var smtp = await SmtpCapture.StartAsync();
        using var app = new SellerAppFactory();
        await app.UseSmtpAsync(smtp.Port);
        var saved = await app.Service<SettingsStore>().SaveAsync("digests",
            new Dictionary<string, string?> { [SettingsCatalog.DigestUrgentKinds] = "job.failed, killswitch.tripped" }, "owner:test", CancellationToken.None);
        Assert.True(saved.Succeeded);
        var alerts = app.Service<AlertService>();
        var mailer = app.Service<UrgentAlertMailer>();

        for (var i = 1; i <= 30; i++)
        {
            await alerts.RaiseAsync(new AlertRequest("job.failed", AlertSeverity.Critical, $"Sync {i} failed", "SP-API credentials refused", $"storm:{i}", "/jobs"), CancellationToken.None);
        }
        await alerts.RaiseAsync(new AlertRequest("score.drop", AlertSeverity.Warning, "Not urgent", null, "quiet"), CancellationToken.None);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await mailer.RunAsync(CancellationToken.None);
        var first = Assert.Single(await app.MailsAsync(), m => m.Kind == UrgentAlertMailer.Kind);
        Assert.StartsWith("Urgent: 30 alerts", first.Subject);
        Assert.DoesNotContain("Not urgent", first.Text);

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await alerts.RaiseAsync(new AlertRequest("killswitch.tripped", AlertSeverity.Critical, "Repricing kill switch tripped", null, "kill"), CancellationToken.None);
        await mailer.RunAsync(CancellationToken.None);
        Assert.False(await mailer.HasWorkAsync(CancellationToken.None));
        Assert.Single(await app.MailsAsync(), m => m.Kind == UrgentAlertMailer.Kind);

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.True(await mailer.HasWorkAsync(CancellationToken.None));
        await mailer.RunAsync(CancellationToken.None);
        var urgent = (await app.MailsAsync()).Where(m => m.Kind == UrgentAlertMailer.Kind).ToList();
        Assert.Equal(2, urgent.Count);
        Assert.Equal("Urgent: Repricing kill switch tripped", urgent[1].Subject);
        Assert.DoesNotContain("Sync 1 failed", urgent[1].Text);

        await app.Service<MailDelivery>().RunAsync(CancellationToken.None);
        Assert.Equal([first.Subject, "Urgent: Repricing kill switch tripped"], smtp.Messages().Select(m => m.Subject));
        Assert.Contains("Sync 30 failed", smtp.Messages()[0].TextBody);
        Assert.Contains("https://seller.example.com/jobs", smtp.Messages()[0].HtmlBody);
    }
}
