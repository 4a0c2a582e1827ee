using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;

namespace SellerConsole.Security;

/// <summary>How a setting is shown: plain values in full, secrets only masked.</summary>
public sealed record SettingValue(SettingField Field, string? Display, bool IsSet, DateTime? UpdatedUtc);

public sealed record SaveResult(IReadOnlyDictionary<string, string> Errors, IReadOnlyList<string> Changed)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Settings and secrets at rest. Secrets are encrypted with ASP.NET Core Data Protection (keys in
/// the data directory), shown back only masked, and never logged or written to the audit log in clear.
/// </summary>
public sealed class SettingsStore(IDbContextFactory<SellerDb> dbs, IDataProtectionProvider protection, AuditLog audit, TimeProvider clock, ILogger<SettingsStore> log)
{
    private readonly IDataProtector _protector = protection.CreateProtector("SellerConsole.Settings.v1");

    public async Task<IReadOnlyList<SettingValue>> ReadGroupAsync(string groupId, CancellationToken cancellationToken)
    {
        var group = SettingsCatalog.Groups.Single(g => g.Id == groupId);
        var keys = group.Fields.Select(f => f.Key).ToList();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var stored = await db.Settings.AsNoTracking().Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, cancellationToken);
        return group.Fields.Select(field => stored.TryGetValue(field.Key, out var entry)
            ? new SettingValue(field, field.IsSecret ? SecretMask.Mask(_protector.Unprotect(entry.Value)) : entry.Value, true, entry.UpdatedUtc)
            : new SettingValue(field, field.IsSecret ? null : field.Default, false, null)).ToList();
    }

    /// <summary>The clear value for adapters (SP-API, Keepa, SMTP). Never display or log it.</summary>
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var field = SettingsCatalog.Find(key) ?? throw new ArgumentException($"Unknown setting '{key}'", nameof(key));
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var entry = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        return entry is null ? field.Default : entry.IsSecret ? _protector.Unprotect(entry.Value) : entry.Value;
    }

    /// <summary>
    /// Saves a group's edits. A blank secret means "keep the current one"; use <see cref="ClearAsync"/> to remove it.
    /// Every value is validated before anything is written.
    /// </summary>
    public async Task<SaveResult> SaveAsync(string groupId, IReadOnlyDictionary<string, string?> edits, string actor, CancellationToken cancellationToken)
    {
        var group = SettingsCatalog.Groups.Single(g => g.Id == groupId);
        var errors = new Dictionary<string, string>();
        var wanted = new Dictionary<string, string>();
        foreach (var field in group.Fields)
        {
            if (!edits.TryGetValue(field.Key, out var raw) || raw is null || (field.IsSecret && raw.Length == 0))
            {
                continue;
            }
            var value = raw.Trim();
            if (value.Length > 0 && field.Validate?.Invoke(value) is { } problem)
            {
                errors[field.Key] = problem;
            }
            wanted[field.Key] = value;
        }
        if (errors.Count > 0)
        {
            return new SaveResult(errors, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var keys = group.Fields.Select(f => f.Key).ToList();
        var stored = await db.Settings.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, cancellationToken);
        var changes = new List<string>();
        var changedKeys = new List<string>();
        foreach (var (key, value) in wanted)
        {
            var field = SettingsCatalog.Find(key)!;
            stored.TryGetValue(key, out var entry);
            var old = entry is null ? null : field.IsSecret ? _protector.Unprotect(entry.Value) : entry.Value;
            if (old == value || (entry is null && value.Length == 0))
            {
                continue;
            }
            if (value.Length == 0)
            {
                db.Settings.Remove(entry!);
            }
            else
            {
                Upsert(db, entry, key, field.IsSecret ? _protector.Protect(value) : value, field.IsSecret, now);
            }
            changedKeys.Add(key);
            changes.Add(field.IsSecret
                ? $"{field.Label}: {SecretMask.Mask(old)} → {SecretMask.Mask(value)}"
                : $"{field.Label}: '{old ?? ""}' → '{value}'");
        }

        if (changedKeys.Contains(SettingsCatalog.SpApiClientSecret) && !changedKeys.Contains(SettingsCatalog.SpApiClientSecretRotated))
        {
            var today = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            stored.TryGetValue(SettingsCatalog.SpApiClientSecretRotated, out var rotated);
            Upsert(db, rotated, SettingsCatalog.SpApiClientSecretRotated, today, false, now);
            changes.Add($"Client secret last rotated: set to {today}");
        }

        if (changes.Count == 0)
        {
            return new SaveResult(errors, []);
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(actor, AuditActions.SettingsChanged, group.Title, string.Join("; ", changes), cancellationToken: cancellationToken);
        log.LogInformation("Settings {Group} changed by {Actor}: {Keys}", group.Id, actor, string.Join(", ", changedKeys));
        return new SaveResult(errors, changedKeys);
    }

    public async Task<bool> ClearAsync(string key, string actor, CancellationToken cancellationToken)
    {
        var field = SettingsCatalog.Find(key) ?? throw new ArgumentException($"Unknown setting '{key}'", nameof(key));
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var entry = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (entry is null)
        {
            return false;
        }
        db.Settings.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        var group = SettingsCatalog.Groups.First(g => g.Fields.Contains(field));
        await audit.WriteAsync(actor, AuditActions.SettingsChanged, group.Title, $"{field.Label}: cleared", cancellationToken: cancellationToken);
        log.LogInformation("Setting {Key} cleared by {Actor}", key, actor);
        return true;
    }

    /// <summary>When the LWA client secret must next be rotated, if its rotation date is known.</summary>
    public async Task<DateOnly?> ClientSecretRotationDueAsync(CancellationToken cancellationToken)
    {
        var rotated = await GetAsync(SettingsCatalog.SpApiClientSecretRotated, cancellationToken);
        return DateOnly.TryParseExact(rotated, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.AddDays((int)SettingsCatalog.ClientSecretLifetime.TotalDays)
            : null;
    }

    private static void Upsert(SellerDb db, SettingEntry? entry, string key, string value, bool secret, DateTime now)
    {
        if (entry is null)
        {
            db.Settings.Add(new SettingEntry { Key = key, Value = value, IsSecret = secret, UpdatedUtc = now });
            return;
        }
        entry.Value = value;
        entry.IsSecret = secret;
        entry.UpdatedUtc = now;
    }
}
