using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Automation.Data;

/// <summary>A stored rule: its definition as JSON (the engine's <see cref="Engine.RuleDefinition"/>) and its webhook secret, encrypted.</summary>
public sealed class StoredRule
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public bool Enabled { get; set; }
    public required string Json { get; set; }

    /// <summary>The HMAC secret for webhook signatures, protected with Data Protection; never stored in clear.</summary>
    public string? WebhookSecretProtected { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>When the rule was last turned on: a schedule does not catch up on times before it.</summary>
    public DateTime EnabledSinceUtc { get; set; }
    public DateTime? LastFiredUtc { get; set; }
    public string? LastFiredSummary { get; set; }
}

/// <summary>One firing of a rule: what started it, for which SKUs, why each fired, and what each action did.</summary>
public sealed class RuleFiring
{
    public long Id { get; set; }
    public long RuleId { get; set; }
    public DateTime FiredUtc { get; set; }
    public required string Signal { get; set; }

    /// <summary>The SKUs it fired for, each wrapped in '|' ("|A|B|"); "|*|" when the firing is not about listings.</summary>
    public required string Skus { get; set; }
    public int SkuCount { get; set; }

    /// <summary>One line per SKU: "SKU: fires: margin 8% is below 10%".</summary>
    public required string Explanation { get; set; }

    /// <summary>One line per action: what it did or why it failed.</summary>
    public required string Outcome { get; set; }
    public bool Succeeded { get; set; }
}

internal sealed class StoredRuleConfiguration : IEntityTypeConfiguration<StoredRule>
{
    public void Configure(EntityTypeBuilder<StoredRule> builder)
    {
        builder.ToTable("AutomationRules");
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.LastFiredSummary).HasMaxLength(500);
        builder.HasIndex(r => r.Name).IsUnique();
    }
}

internal sealed class RuleFiringConfiguration : IEntityTypeConfiguration<RuleFiring>
{
    public void Configure(EntityTypeBuilder<RuleFiring> builder)
    {
        builder.ToTable("AutomationFirings");
        builder.Property(f => f.Signal).HasMaxLength(500);
        builder.HasIndex(f => new { f.RuleId, f.FiredUtc });
        builder.HasOne<StoredRule>().WithMany().HasForeignKey(f => f.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}
