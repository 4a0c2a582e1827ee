using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Costing.Data;

/// <summary>Amazon's fees for a category from a date (rates are fractions; money in pence, ex VAT).</summary>
public sealed class StoredFeeSchedule
{
    public int Id { get; set; }
    public required string Category { get; set; }
    public DateTime EffectiveFromUtc { get; set; }
    public decimal ReferralRate { get; set; }
    public long MinimumReferralFeePence { get; set; }
    public decimal DigitalServicesFeeRate { get; set; }
    public decimal FeeVatRate { get; set; }
    public long MonthlyPlanFeePence { get; set; }
}

/// <summary>Packing labour cost per hour from a date on.</summary>
public sealed class StoredLabourRate
{
    public int Id { get; set; }
    public DateTime EffectiveFromUtc { get; set; }
    public long PencePerHour { get; set; }
}

public enum VatScheme
{
    StandardRegistered,
    FlatRate,
    NotRegistered,
}

/// <summary>The seller's costing settings: one row (Id 1). Its presence also marks the defaults as seeded.</summary>
public sealed class StoredCostingSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public VatScheme VatScheme { get; set; }

    /// <summary>Flat Rate Scheme percentage as a fraction (0.125); used only under that scheme.</summary>
    public decimal FlatRate { get; set; }

    /// <summary>Margins below this fraction of net revenue are flagged.</summary>
    public decimal TargetMargin { get; set; }

    /// <summary>Units a month the plan fee is spread over; null leaves it out of unit costs.</summary>
    public int? ExpectedMonthlyUnits { get; set; }

    public required string FeeCategory { get; set; }

    /// <summary>What the buyer pays for delivery by default (0: free delivery).</summary>
    public long ShippingChargePence { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

internal sealed class StoredFeeScheduleConfiguration : IEntityTypeConfiguration<StoredFeeSchedule>
{
    public void Configure(EntityTypeBuilder<StoredFeeSchedule> builder)
    {
        builder.ToTable("FeeSchedules");
        builder.Property(f => f.Category).HasMaxLength(CostingLimits.Service);
        builder.HasIndex(f => new { f.Category, f.EffectiveFromUtc }).IsUnique();
    }
}

internal sealed class StoredLabourRateConfiguration : IEntityTypeConfiguration<StoredLabourRate>
{
    public void Configure(EntityTypeBuilder<StoredLabourRate> builder)
    {
        builder.ToTable("LabourRates");
        builder.HasIndex(r => r.EffectiveFromUtc).IsUnique();
    }
}

internal sealed class StoredCostingSettingsConfiguration : IEntityTypeConfiguration<StoredCostingSettings>
{
    public void Configure(EntityTypeBuilder<StoredCostingSettings> builder)
    {
        builder.ToTable("CostingSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.VatScheme).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.FeeCategory).HasMaxLength(CostingLimits.Service);
    }
}
