using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Security;

/// <summary>One thing that happened, who did it and what changed (secrets masked before they get here).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime TimeUtc { get; set; }

    /// <summary>"owner:me@example.com", "token:deploy-bot", "system", "config".</summary>
    public required string Actor { get; set; }

    /// <summary>A dotted code from <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>What the action was about (a setting group, a job, a token name, a SKU).</summary>
    public string? Target { get; set; }

    /// <summary>Human-readable details, e.g. "Keepa API key: ••••1a2b → ••••9f8e".</summary>
    public string? Details { get; set; }

    public string? RemoteIp { get; set; }
}

public static class AuditActions
{
    public const string OwnerCreated = "owner.created";
    public const string SignIn = "auth.sign-in";
    public const string SignInFailed = "auth.sign-in-failed";
    /// <summary>Written by releases before per-address slowing; kept so old entries stay filterable.</summary>
    public const string LockedOut = "auth.locked-out";

    /// <summary>An address sent too many wrong passwords and must wait.</summary>
    public const string Slowed = "auth.slowed";
    public const string SignOut = "auth.sign-out";
    public const string PasswordChanged = "auth.password-changed";
    public const string SettingsChanged = "settings.changed";
    public const string TokenCreated = "token.created";
    public const string TokenRevoked = "token.revoked";
    public const string JobTriggered = "job.triggered";
    public const string AlertAcknowledged = "alert.acknowledged";
    public const string CostsChanged = "costs.changed";
    public const string CostsImported = "costs.imported";

    public static readonly IReadOnlyList<string> All =
    [
        OwnerCreated, SignIn, SignInFailed, Slowed, LockedOut, SignOut, PasswordChanged,
        SettingsChanged, TokenCreated, TokenRevoked, JobTriggered, AlertAcknowledged,
        CostsChanged, CostsImported,
    ];
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Target).HasMaxLength(200);
        builder.Property(a => a.Details).HasMaxLength(4000);
        builder.Property(a => a.RemoteIp).HasMaxLength(64);
        builder.HasIndex(a => a.TimeUtc);
        builder.HasIndex(a => new { a.Action, a.TimeUtc });
    }
}
