using System.Net;
using SellerConsole.Alerts;
using SellerConsole.Automation.Data;
using SellerConsole.Automation.Engine;
using SellerConsole.Digests;
using SellerConsole.Pricing.Engine;
using SellerConsole.Pricing;
using SellerConsole.Shared;

namespace SellerConsole.Automation.Actions;

/// <summary>
/// Carries out a rule's actions through the features that own them (alerts, repricing assignments, reports, mail,
/// webhooks). Each returns one line for the firing's record; a failure throws with a message the owner can act on.
/// Events an action causes are noted in the <see cref="CausationLedger"/> so the rule does not react to itself.
/// </summary>
public sealed class RuleActions(IServiceProvider services, AlertService alerts, PricingAssignments pricing, ReportMailer reports,
    WebhookSender webhooks, RuleStore store, CausationLedger ledger)
{
    public const string EmailNotSetUp = "Email is not set up (Settings → Email).";

    public async Task<string> RunAsync(RuleAction action, FiringContext firing, int cooldownMinutes, CancellationToken ct)
    {
        var until = firing.AtUtc.AddMinutes(Math.Max(1, cooldownMinutes));
        switch (action.Kind)
        {
            case ActionKind.RaiseAlert:
                var alert = await alerts.RaiseAsync(new AlertRequest($"rule.{firing.RuleId}", action.Severity ?? AlertSeverity.Warning,
                    Limit(string.IsNullOrWhiteSpace(action.Text) ? firing.Headline : action.Text!, 300), Limit(string.Join("\n", firing.Lines), 4000),
                    DedupKey: $"rule:{firing.RuleId}", Link: $"/automation/{firing.RuleId}"), ct);
                ledger.AlertRaised(alert.Id, firing.RuleId);
                return $"alert #{alert.Id} raised";
            case ActionKind.SendEmail:
                await MailAsync(firing, action.Text, [], ct);
                return "email queued for the owner";
            case ActionKind.PauseRepricing or ActionKind.ResumeRepricing or ActionKind.ApplyStrategy:
                return await RepriceAsync(action, firing, until, ct);
            case ActionKind.ExportReport:
                var file = await reports.ProfitAsync(action.Format ?? "xlsx", action.Days ?? 30, firing.AtUtc, ct);
                await MailAsync(firing, action.Text ?? $"The profit report for {file.Period} is attached.", [file.Attachment], ct);
                return $"profit report {file.Attachment.FileName} emailed";
            case ActionKind.CallWebhook:
                var secret = await store.WebhookSecretAsync(firing.RuleId, ct) ?? throw new InvalidOperationException("The rule has no webhook secret; save it again.");
                var body = RuleJson.Write(new
                {
                    @event = "rule.triggered", ruleId = firing.RuleId, rule = firing.RuleName, firedUtc = firing.AtUtc,
                    signal = firing.Signal.Kind, summary = firing.Signal.Summary,
                    skus = firing.Firing.Select(v => new { sku = v.Sku, because = v.Because }),
                });
                return await webhooks.SendAsync(action.Url!, secret, body, ct);
            default:
                throw new InvalidOperationException($"Unknown action {action.Kind}");
        }
    }

    private async Task<string> RepriceAsync(RuleAction action, FiringContext firing, DateTime until, CancellationToken ct)
    {
        if (firing.Skus.Count == 0) throw new InvalidOperationException("This firing names no SKUs; repricing actions need conditions or a listing event.");
        var done = 0;
        foreach (var sku in firing.Skus)
        {
            var current = await pricing.FindAsync(sku, ct);
            var request = new SkuPricingRequest(current?.StrategyId, current?.Mode, Pence(current?.ManualFloorPence), Pence(current?.ManualCeilingPence));
            // A pause remembers the mode it replaced (kept from an earlier rule's pause, so a second pause cannot
            // make Off the mode to return to); a resume goes back to it, or to the global mode if none is known.
            var (changed, remember) = action.Kind switch
            {
                ActionKind.PauseRepricing => (request with { Mode = RepricingMode.Off },
                    current?.ModeBeforeRulePause ?? current?.Mode?.ToString() ?? PricingAssignments.GlobalMode),
                ActionKind.ResumeRepricing => (request with { Mode = ModeToResume(current?.ModeBeforeRulePause) }, null),
                _ => (request with { StrategyId = action.StrategyId }, current?.ModeBeforeRulePause),
            };
            ledger.ActedOn(sku, firing.RuleId, until);
            done += await pricing.ApplyAsync([sku], changed, firing.Actor, ct, remember);
        }
        return action.Kind switch
        {
            ActionKind.PauseRepricing => $"repricing paused (mode Off) for {done} SKU(s)",
            ActionKind.ResumeRepricing => $"repricing resumed for {done} SKU(s) (each back to its mode before the pause)",
            _ => $"strategy #{action.StrategyId} applied to {done} SKU(s)",
        };
    }

    private static RepricingMode? ModeToResume(string? before) =>
        before is null || before == PricingAssignments.GlobalMode || !Enum.TryParse<RepricingMode>(before, out var mode) ? null : mode;

    private async Task MailAsync(FiringContext firing, string? text, IReadOnlyList<MailAttachment> attachments, CancellationToken ct)
    {
        var mailbox = services.GetService<IOwnerMailbox>() ?? throw new InvalidOperationException(EmailNotSetUp);
        var intro = string.IsNullOrWhiteSpace(text) ? firing.Headline : text!;
        var lines = firing.Lines.Take(200).ToList();
        // A link in a mail needs the console's address; a relative one goes nowhere.
        var console = services.GetService<ConsoleLinks>() is { } links ? await links.BaseAsync(ct) : "";
        var ruleUrl = $"{console}/automation/{firing.RuleId}";
        var html = $"<p>{WebUtility.HtmlEncode(intro)}</p><p>{WebUtility.HtmlEncode(firing.Signal.Summary)}</p><ul>" +
            string.Concat(lines.Select(l => $"<li>{WebUtility.HtmlEncode(l)}</li>")) + $"</ul><p><a href=\"{WebUtility.HtmlEncode(ruleUrl)}\">Open the rule</a></p>";
        var plain = $"{intro}\n{firing.Signal.Summary}\n\n{string.Join("\n", lines.Select(l => "- " + l))}\n\nOpen the rule: {ruleUrl}\n";
        await mailbox.QueueAsync(new OwnerMail("rule", Limit(firing.Headline, 200), html, plain, attachments), ct);
        // Queued either way (nothing lost); the firing says the mail has not gone while SMTP is not set up.
        if (await mailbox.BlockedAsync(ct) is { } why)
        {
            throw new InvalidOperationException($"{why}: the mail waits in the delivery log until it is.");
        }
    }

    private static decimal? Pence(long? pence) => pence is { } p ? Money.FromPence(p) : null;

    private static string Limit(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
