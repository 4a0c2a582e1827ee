using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Pricing.Data;

/// <summary>A named repricing strategy; its settings are the engine's <c>RepricingStrategy</c> as JSON.</summary>
public sealed class StoredStrategy
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Json { get; set; }
    /// <summary>The strategy every SKU without its own uses (exactly one).</summary>
    public bool IsDefault { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>
/// A SKU's repricing settings and counters. No row: the default strategy, the global mode, no
/// manual limits. Counters are kept here so the guards (cooldown, daily limit) see every change
/// the repricer made, whoever approved it.
/// </summary>
public sealed class SkuPricing
{
    public required string Sku { get; set; }
    public long? StrategyId { get; set; }
    /// <summary>Null: follow the global mode. The stricter of the two applies.</summary>
    public Engine.RepricingMode? Mode { get; set; }
    public long? ManualFloorPence { get; set; }
    public long? ManualCeilingPence { get; set; }
    /// <summary>
    /// Set while an automation rule has paused this SKU: the mode a rule's resume returns to ("Global" for none).
    /// Any change by the owner clears it: their choice stands.
    /// </summary>
    public string? ModeBeforeRulePause { get; set; }
    public DateTime? LastChangeUtc { get; set; }
    /// <summary>The UK day <see cref="ChangesToday"/> counts.</summary>
    public DateOnly? ChangesDay { get; set; }
    public int ChangesToday { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    /// <summary>Our last price while the buy box was not suppressed (the suppressed-buy-box fallback returns to it).</summary>
    public long? LastUnsuppressedPricePence { get; set; }
    /// <summary>Competitors' landed prices when this SKU was last decided, "seller=pence;..." (the anomaly guard compares against them).</summary>
    public string? LastCompetitorPrices { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

internal sealed class StoredStrategyConfiguration : IEntityTypeConfiguration<StoredStrategy>
{
    public void Configure(EntityTypeBuilder<StoredStrategy> builder)
    {
        builder.ToTable("PricingStrategies");
        builder.Property(s => s.Name).HasMaxLength(80);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}

internal sealed class SkuPricingConfiguration : IEntityTypeConfiguration<SkuPricing>
{
    public void Configure(EntityTypeBuilder<SkuPricing> builder)
    {
        builder.ToTable("SkuPricing");
        builder.HasKey(s => s.Sku);
        builder.Property(s => s.Sku).HasMaxLength(64);
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.ModeBeforeRulePause).HasMaxLength(16);
        builder.Property(s => s.LastCompetitorPrices).HasMaxLength(4000);
        builder.HasIndex(s => s.StrategyId);
    }
}
