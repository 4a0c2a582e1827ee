using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SellerConsole.Pricing.Engine;

namespace SellerConsole.Pricing.Data;

/// <summary>What became of a decision.</summary>
public enum DecisionStatus
{
    /// <summary>Decided in a dry run: nothing was or will be sent.</summary>
    DryRun,
    /// <summary>No change (held, refused, or already at the price); kept for the explanation.</summary>
    Recorded,
    /// <summary>Waiting for the owner (Suggest mode).</summary>
    Suggested,
    /// <summary>The owner rejected it.</summary>
    Rejected,
    /// <summary>A newer decision for the SKU replaced it before review.</summary>
    Replaced,
    /// <summary>Sent to the push queue (automatically or approved); the push row says what happened next.</summary>
    Pushed,
}

/// <summary>
/// One stored repricing decision: the engine's whole <see cref="RepricingDecision"/> as JSON (inputs,
/// strategy step, every guard, sentence and trail) plus the columns the pages filter and count by.
/// </summary>
public sealed class StoredDecision
{
    public long Id { get; set; }
    public Guid RunId { get; set; }
    public required string Sku { get; set; }
    public required string Trigger { get; set; }
    public DateTime DecidedUtc { get; set; }
    public DecisionOutcome Outcome { get; set; }
    public DecisionReason Reason { get; set; }
    public DecisionStatus Status { get; set; }
    public required string StrategyName { get; set; }
    public long CurrentPence { get; set; }
    public long FinalPence { get; set; }
    public GuardKind? BindingGuard { get; set; }
    public bool HeldBuyBox { get; set; }
    public required string Sentence { get; set; }
    public required string Json { get; set; }
    public long? PushId { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedUtc { get; set; }
}

internal sealed class StoredDecisionConfiguration : IEntityTypeConfiguration<StoredDecision>
{
    public void Configure(EntityTypeBuilder<StoredDecision> builder)
    {
        builder.ToTable("PriceDecisions");
        builder.Property(d => d.Sku).HasMaxLength(64);
        builder.Property(d => d.Trigger).HasMaxLength(32);
        builder.Property(d => d.StrategyName).HasMaxLength(80);
        builder.Property(d => d.Sentence).HasMaxLength(2000);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Reason).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.BindingGuard).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(d => new { d.Sku, d.DecidedUtc });
        builder.HasIndex(d => new { d.Status, d.DecidedUtc });
        builder.HasIndex(d => d.RunId);
        builder.HasIndex(d => d.DecidedUtc);
    }
}
