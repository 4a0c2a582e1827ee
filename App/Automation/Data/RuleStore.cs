using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Automation.Engine;
using SellerConsole.Data;
using SellerConsole.Security;

namespace SellerConsole.Automation.Data;

public sealed record RuleView(long Id, RuleDefinition Definition, DateTime CreatedUtc, DateTime UpdatedUtc, DateTime EnabledSinceUtc,
    DateTime? LastFiredUtc, string? LastFiredSummary, bool HasWebhookSecret);

/// <summary>Rules and their history in the database. Every change is audited; the webhook secret is encrypted at rest.</summary>
public sealed class RuleStore(IDbContextFactory<SellerDb> dbs, IDataProtectionProvider protection, AuditLog audit, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("SellerConsole.Automation.Webhook.v1");

    public async Task<IReadOnlyList<RuleView>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Set<StoredRule>().AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        return rows.Select(View).ToList();
    }

    public async Task<RuleView?> FindAsync(long id, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<StoredRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } row ? View(row) : null;
    }

    /// <summary>Creates (id 0) or replaces a rule. Throws <see cref="ArgumentException"/> for a duplicate name, <see cref="KeyNotFoundException"/> for a missing id.</summary>
    public async Task<RuleView> SaveAsync(long id, RuleDefinition rule, string actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        rule = rule with { Name = rule.Name.Trim() };
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.Set<StoredRule>().AnyAsync(r => r.Name == rule.Name && r.Id != id, ct))
            throw new ArgumentException($"Another rule is already called '{rule.Name}'.");
        var row = id == 0 ? null : await db.Set<StoredRule>().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new KeyNotFoundException($"No rule {id}");
        var wasEnabled = row?.Enabled ?? false;
        if (row is null)
        {
            row = new StoredRule { Name = rule.Name, Json = "", CreatedUtc = now };
            db.Add(row);
        }
        row.Name = rule.Name;
        row.Enabled = rule.Enabled;
        row.Json = RuleJson.Write(rule);
        row.UpdatedUtc = now;
        if (rule.Enabled && !wasEnabled) row.EnabledSinceUtc = now;
        if (rule.Actions.Any(a => a.Kind == ActionKind.CallWebhook) && row.WebhookSecretProtected is null)
            row.WebhookSecretProtected = _protector.Protect(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor, id == 0 ? AutomationAudit.Created : AutomationAudit.Updated, rule.Name, $"#{row.Id} {Summary(rule)}", cancellationToken: ct);
        return View(row);
    }

    public async Task<RuleView> SetEnabledAsync(long id, bool enabled, string actor, CancellationToken ct)
    {
        var rule = await FindAsync(id, ct) ?? throw new KeyNotFoundException($"No rule {id}");
        return await SaveAsync(id, rule.Definition with { Enabled = enabled }, actor, ct);
    }

    public async Task DeleteAsync(long id, string actor, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.Set<StoredRule>().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new KeyNotFoundException($"No rule {id}");
        db.Set<RuleFiring>().RemoveRange(db.Set<RuleFiring>().Where(f => f.RuleId == id));
        db.Remove(row);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor, AutomationAudit.Deleted, row.Name, $"#{id} {row.Json}", cancellationToken: ct);
    }

    /// <summary>The webhook secret in clear, for signing and for the owner to copy into the receiver.</summary>
    public async Task<string?> WebhookSecretAsync(long id, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var stored = await db.Set<StoredRule>().Where(r => r.Id == id).Select(r => r.WebhookSecretProtected).FirstOrDefaultAsync(ct);
        return stored is null ? null : _protector.Unprotect(stored);
    }

    public async Task<IReadOnlyList<RuleFiring>> HistoryAsync(long id, int take, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<RuleFiring>().AsNoTracking().Where(f => f.RuleId == id)
            .OrderByDescending(f => f.FiredUtc).ThenByDescending(f => f.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
    }

    public static string Summary(RuleDefinition rule) => $"{(rule.Enabled ? "on" : "off")}; {RuleText.Trigger(rule.Trigger)}; " +
        $"{rule.Conditions.Count} condition(s); do: {string.Join(", ", rule.Actions.Select(a => a.Kind))}; cooldown {rule.CooldownMinutes} min";

    private static RuleView View(StoredRule r) => new(r.Id, RuleJson.Read<RuleDefinition>(r.Json), r.CreatedUtc, r.UpdatedUtc, r.EnabledSinceUtc,
        r.LastFiredUtc, r.LastFiredSummary, r.WebhookSecretProtected is not null);
}
