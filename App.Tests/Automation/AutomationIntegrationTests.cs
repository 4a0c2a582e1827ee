using Microsoft.EntityFrameworkCore;
using SellerConsole.Alerts;
using SellerConsole.Automation;
using SellerConsole.Automation.Actions;
using SellerConsole.Automation.Data;
using SellerConsole.Automation.Engine;
using SellerConsole.Data;
using SellerConsole.Jobs;
using SellerConsole.Live;
using SellerConsole.Pricing.Engine;
using SellerConsole.Security;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Automation;

public sealed class AutomationIntegrationTests
{
    [Fact]
    public async Task A_rule_on_alerts_that_raises_an_alert_fires_once_per_cooldown_and_never_loops()
    {
        using var app = new AutomationAppFactory();
        var store = app.Service<RuleStore>();
        var loopy = await store.SaveAsync(0, new RuleDefinition("Echo alerts", true, new RuleTrigger(TriggerKind.Event, Event: RuleEvents.AlertCreated), [],
            [new RuleAction(ActionKind.RaiseAlert, Text: "An alert was raised")], 60), "test", default);
        var marker = await MarkerRuleAsync(store);

        await app.Service<AlertService>().RaiseAsync(new AlertRequest("test", AlertSeverity.Info, "Outside alert", null, "outside-1"), default);
        await Eventually.GetAsync(() => FiringsAsync(app, loopy.Id), n => n == 1, what: "the echo rule firing");
        // Events reach the rules in order: once the marker has fired, the echo's own alert has been looked at too.
        await FireMarkerAsync(app, marker.Id, 1);
        Assert.Equal(1, await FiringsAsync(app, loopy.Id));

        // After the cooldown the rule's own alert is still not news to it; a new outside alert is.
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await FireMarkerAsync(app, marker.Id, 2);
        Assert.Equal(1, await FiringsAsync(app, loopy.Id));
        await app.Service<AlertService>().RaiseAsync(new AlertRequest("test", AlertSeverity.Info, "Second outside alert", null, "outside-2"), default);
        await Eventually.GetAsync(() => FiringsAsync(app, loopy.Id), n => n == 2, what: "the second firing");
        await FireMarkerAsync(app, marker.Id, 3);
        Assert.Equal(2, await FiringsAsync(app, loopy.Id));

        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        Assert.Equal(2, await db.Alerts.CountAsync(a => a.DedupKey.StartsWith("outside")));
        Assert.Equal(2, (await db.Alerts.SingleAsync(a => a.DedupKey == $"rule:{loopy.Id}")).Occurrences);
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AutomationAudit.Triggered && e.Target == "Echo alerts"));
    }

    [Fact]
    public async Task A_stock_threshold_emails_signs_a_webhook_pauses_repricing_and_explains_each_sku_once_per_cooldown()
    {
        using var app = new AutomationAppFactory();
        await CatalogSeed.AddAsync(app.Service<IDbContextFactory<SellerDb>>(), Enumerable.Range(1, 20).Select(n => CatalogSeed.Listing(n)));
        var store = app.Service<RuleStore>();
        var rule = await store.SaveAsync(0, new RuleDefinition("Low stock", true,
            new RuleTrigger(TriggerKind.Threshold, Field: RuleField.Stock, Operator: RuleOperator.AtMost, Value: "2"), [],
            [new RuleAction(ActionKind.SendEmail, Text: "Stock is low"), new RuleAction(ActionKind.CallWebhook, Url: "https://hooks.example.com/in"),
             new RuleAction(ActionKind.PauseRepricing)], 60), "test", default);
        var events = new List<RuleTriggered>();
        using var _ = app.Service<LiveFeed>().Subscribe<RuleTriggered>(e => { lock (events) events.Add(e); return Task.CompletedTask; });

        Assert.Equal(1, await app.Service<AutomationService>().CheckAsync(default));
        Assert.Equal(0, await app.Service<AutomationService>().CheckAsync(default));

        var firing = Assert.Single(await store.HistoryAsync(rule.Id, 10, default));
        Assert.True(firing.Succeeded, firing.Outcome);
        Assert.Equal("|SKU-00001|SKU-00002|SKU-00010|SKU-00020|", firing.Skus);
        Assert.Contains("SKU-00010: fires: stock 0 is at most 2", firing.Explanation.Split('\n'));
        var mail = Assert.Single(app.Mailbox.Mails);
        Assert.Contains("Stock is low", mail.Text);
        Assert.Contains("SKU-00002: fires: stock 2 is at most 2", mail.Text);
        var hook = Assert.Single(app.Webhook.Requests);
        Assert.Equal("sha256=" + WebhookSender.Sign((await store.WebhookSecretAsync(rule.Id, default))!, hook.Timestamp!, hook.Body), hook.Signature);
        Assert.Contains("\"sku\":\"SKU-00020\"", hook.Body);
        await using (var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync())
        {
            Assert.Equal(4, await db.SkuPricing.CountAsync(s => s.Mode == RepricingMode.Off));
            Assert.Single(await db.AuditEntries.Where(e => e.Action == AutomationAudit.Triggered).ToListAsync());
        }
        await Eventually.GetAsync(() => Task.FromResult(events.Count), n => n == 1, what: "rule.triggered");

        app.Clock.Advance(TimeSpan.FromMinutes(60));
        Assert.Equal(1, await app.Service<AutomationService>().CheckAsync(default));
        Assert.Equal(2, app.Mailbox.Mails.Count);
    }

    [Fact]
    public async Task A_rule_that_resumes_repricing_returns_each_sku_to_the_mode_it_had_before_a_rule_paused_it()
    {
        using var app = new AutomationAppFactory();
        await CatalogSeed.AddAsync(app.Service<IDbContextFactory<SellerDb>>(), Enumerable.Range(1, 20).Select(n => CatalogSeed.Listing(n)));
        var pricing = app.Service<SellerConsole.Pricing.PricingAssignments>();
        await pricing.ApplyAsync(["SKU-00001"], new SellerConsole.Pricing.SkuPricingRequest(null, RepricingMode.Suggest, null, null), "owner:test", default);
        await pricing.ApplyAsync(["SKU-00010"], new SellerConsole.Pricing.SkuPricingRequest(null, RepricingMode.Off, null, null), "owner:test", default);
        var store = app.Service<RuleStore>();
        var lowStock = new RuleTrigger(TriggerKind.Threshold, Field: RuleField.Stock, Operator: RuleOperator.AtMost, Value: "2");
        var pause = await store.SaveAsync(0, new RuleDefinition("Pause when low", true, lowStock, [], [new RuleAction(ActionKind.PauseRepricing)], 60), "test", default);

        Assert.Equal(1, await app.Service<AutomationService>().CheckAsync(default));
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await app.Service<AutomationService>().CheckAsync(default)); // paused twice: Off must not become the mode to return to
        await store.SaveAsync(pause.Id, new RuleDefinition("Pause when low", false, lowStock, [], [new RuleAction(ActionKind.PauseRepricing)], 60), "test", default);
        await store.SaveAsync(0, new RuleDefinition("Resume", true, lowStock, [], [new RuleAction(ActionKind.ResumeRepricing)], 60), "test", default);
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await app.Service<AutomationService>().CheckAsync(default));

        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        var modes = await db.SkuPricing.Where(s => new[] { "SKU-00001", "SKU-00002", "SKU-00010" }.Contains(s.Sku))
            .OrderBy(s => s.Sku).Select(s => new { s.Sku, s.Mode, s.ModeBeforeRulePause }).ToListAsync();
        // Suggest comes back as Suggest, the global mode as the global mode, and the owner's own Off stays Off.
        Assert.Equal([("SKU-00001", RepricingMode.Suggest), ("SKU-00002", (RepricingMode?)null), ("SKU-00010", RepricingMode.Off)],
            modes.Select(m => (m.Sku, m.Mode)));
        Assert.All(modes, m => Assert.Null(m.ModeBeforeRulePause));
    }

    [Fact]
    public async Task An_email_action_without_email_set_up_says_so_keeps_the_mail_and_the_rest_still_runs()
    {
        using var app = new AutomationAppFactory(withMailbox: false);
        var store = app.Service<RuleStore>();
        var rule = await store.SaveAsync(0, new RuleDefinition("Failed jobs", true, new RuleTrigger(TriggerKind.Event, Event: RuleEvents.JobFailed), [],
            [new RuleAction(ActionKind.SendEmail), new RuleAction(ActionKind.RaiseAlert)], 30), "test", default);

        app.Service<LiveFeed>().Publish(new JobCompleted("offers-sync", 1, JobOutcome.Failed, 0, null, "Amazon said 503"));

        var firing = (await Eventually.GetAsync(() => store.HistoryAsync(rule.Id, 10, default), h => h.Count == 1, what: "the firing")).Single();
        Assert.False(firing.Succeeded);
        Assert.Contains("email the owner: FAILED: Email is not set up: fill in SMTP host, From address, Send to in Settings > Email (SMTP): the mail waits in the delivery log until it is.", firing.Outcome);
        await using (var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync())
        {
            var waiting = Assert.Single(await db.Set<SellerConsole.Digests.OwnerMailRecord>().ToListAsync());
            Assert.Equal("rule", waiting.Kind);
        }
        Assert.Contains("raise an alert: alert #", firing.Outcome);
        Assert.Equal("fires: job offers-sync failed: Amazon said 503", firing.Explanation);
    }

    private static async Task<RuleView> MarkerRuleAsync(RuleStore store) =>
        await store.SaveAsync(0, new RuleDefinition("Marker", true, new RuleTrigger(TriggerKind.Event, Event: RuleEvents.JobCompleted), [],
            [new RuleAction(ActionKind.SendEmail)], 1), "test", default);

    private static async Task FireMarkerAsync(AutomationAppFactory app, long markerId, int expected)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        app.Service<LiveFeed>().Publish(new JobCompleted("marker", expected, JobOutcome.Succeeded, 0, "marker", null));
        await Eventually.GetAsync(() => FiringsAsync(app, markerId), n => n == expected, what: $"marker firing {expected}");
    }

    private static async Task<int> FiringsAsync(AutomationAppFactory app, long ruleId)
    {
        await using var db = await app.Service<IDbContextFactory<SellerDb>>().CreateDbContextAsync();
        return await db.Set<RuleFiring>().CountAsync(f => f.RuleId == ruleId);
    }
}
