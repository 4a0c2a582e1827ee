using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Alerts;
using SellerConsole.Data;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Digests;

/// <summary>
/// Emails alerts of the kinds the owner marked urgent as soon as they are raised, at most one mail per
/// <see cref="Window"/>: a storm of 200 failures sends one mail listing them, and whatever happens during the
/// next quarter hour goes in the next mail. The last urgent mail's time is the watermark, so this holds across
/// restarts too.
/// </summary>
public sealed class UrgentAlertMailer(IDbContextFactory<SellerDb> dbs, OwnerMailbox mailbox, SettingsStore settings, ConsoleLinks links, TimeProvider clock, ILogger<UrgentAlertMailer> log)
{
    public const string Kind = "alert.urgent";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private const int MaxListed = 25;
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<bool> HasWorkAsync(CancellationToken cancellationToken) => (await PendingAsync(cancellationToken)).Count > 0;

    /// <summary>Queues one mail with every urgent alert seen since the last one, unless one went out within the window.</summary>
    public async Task<long?> RunAsync(CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            var alerts = await PendingAsync(cancellationToken);
            if (alerts.Count == 0)
            {
                return null;
            }
            var id = await mailbox.QueueAsync(Compose(alerts, await links.BaseAsync(cancellationToken)), cancellationToken);
            log.LogInformation("Urgent alert mail {Id} queued for {Count} alert(s)", id, alerts.Count);
            return id;
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<IReadOnlyList<Alert>> PendingAsync(CancellationToken cancellationToken)
    {
        var kinds = (await settings.GetAsync(SettingsCatalog.DigestUrgentKinds, cancellationToken) ?? "")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (kinds.Length == 0 || (await SmtpSettings.LoadAsync(settings, cancellationToken)).Settings is null)
        {
            return [];
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var last = await db.Set<OwnerMailRecord>().Where(m => m.Kind == Kind).OrderByDescending(m => m.CreatedUtc).Select(m => (DateTime?)m.CreatedUtc).FirstOrDefaultAsync(cancellationToken);
        if (last is { } sent && now - sent < Window)
        {
            return [];
        }
        // With no urgent mail yet, only what was raised within the window counts: not months of old alerts. The bound is
        // inclusive: an alert raised in the same tick as the last mail is listed again rather than lost.
        var since = last ?? now - Window;
        var alerts = await db.Alerts.AsNoTracking().Where(a => kinds.Contains(a.Kind) && a.LastSeenUtc >= since && a.LastSeenUtc <= now).ToListAsync(cancellationToken);
        return alerts.OrderByDescending(a => a.Severity).ThenByDescending(a => a.LastSeenUtc).ThenByDescending(a => a.Id).ToList();
    }

    public static OwnerMail Compose(IReadOnlyList<Alert> alerts, string baseUrl)
    {
        var subject = alerts.Count == 1 ? $"Urgent: {alerts[0].Title}" : $"Urgent: {alerts.Count} alerts, first {alerts[0].Title}";
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><body style=\"margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;color:#222222;background:#ffffff;\">");
        var text = new StringBuilder();
        html.Append($"<p style=\"font-size:16px;font-weight:bold;\">{E(alerts.Count == 1 ? "An urgent alert was raised" : $"{alerts.Count} urgent alerts were raised")}</p>")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;font-size:14px;max-width:600px;\">");
        text.AppendLine(alerts.Count == 1 ? "An urgent alert was raised:" : $"{alerts.Count} urgent alerts were raised:").AppendLine();
        foreach (var alert in alerts.Take(MaxListed))
        {
            var link = baseUrl + (alert.Link ?? "/alerts");
            var when = $"{alert.Severity}, {alert.Kind}, last {UkTime.Format(alert.LastSeenUtc)} UK" + (alert.Occurrences > 1 ? string.Create(CultureInfo.InvariantCulture, $", {alert.Occurrences} times") : "");
            html.Append($"<tr><td style=\"padding:6px 4px;border-bottom:1px solid #e6eaef;\"><a href=\"{E(link)}\" style=\"color:#1565c0;\">{E(alert.Title)}</a>")
                .Append($"<div style=\"font-size:12px;color:#5f6b7a;\">{E(when)}</div>")
                .Append(alert.Detail is { } d ? $"<div style=\"font-size:13px;\">{E(d)}</div>" : "").Append("</td></tr>");
            text.AppendLine($"- {alert.Title}").AppendLine($"  {when}");
            if (alert.Detail is { } detail)
            {
                text.AppendLine($"  {detail}");
            }
            text.AppendLine($"  {link}");
        }
        if (alerts.Count > MaxListed)
        {
            html.Append($"<tr><td style=\"padding:6px 4px;\">and {alerts.Count - MaxListed} more</td></tr>");
            text.AppendLine($"and {alerts.Count - MaxListed} more");
        }
        html.Append($"</table><p style=\"font-size:13px;\"><a href=\"{E(baseUrl)}/alerts\" style=\"color:#1565c0;\">All alerts</a> · at most one urgent email per {Window.TotalMinutes:0} minutes.</p></body></html>");
        text.AppendLine().AppendLine($"All alerts: {baseUrl}/alerts (at most one urgent email per {Window.TotalMinutes:0} minutes)");
        return new OwnerMail(Kind, subject.Length > 290 ? subject[..290] + "…" : subject, html.ToString(), text.ToString(), []);
    }

    private static string E(string text) => DigestHtml.Encode(text);
}
