using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Costing.Data;

public sealed class StoredPackaging
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public PackagingKind Kind { get; set; }
    public decimal VatRate { get; set; }
    public List<StoredPackagingCost> Costs { get; set; } = [];
}

/// <summary>Ex-VAT cost of one unit of a packaging item from a date on.</summary>
public sealed class StoredPackagingCost
{
    public int Id { get; set; }
    public int PackagingId { get; set; }
    public DateTime EffectiveFromUtc { get; set; }
    public long CostPence { get; set; }
}

/// <summary>A Royal Mail size format: largest sides (cm, any orientation) and heaviest weight.</summary>
public sealed class StoredPostageFormat
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public decimal MaxLengthCm { get; set; }
    public decimal MaxWidthCm { get; set; }
    public decimal MaxDepthCm { get; set; }
    public int MaxWeightGrams { get; set; }
}

/// <summary>One rate card cell: service x format x weight band, from a date. Ex-VAT price.</summary>
public sealed class StoredPostageRate
{
    public int Id { get; set; }
    public required string Service { get; set; }
    public int FormatId { get; set; }
    public int MaxWeightGrams { get; set; }
    public DateTime EffectiveFromUtc { get; set; }
    public long PricePence { get; set; }
    public decimal VatRate { get; set; }

    /// <summary>Seeded placeholder price (Tracked 24/48 business rates are unconfirmed); cleared when the seller edits or imports it.</summary>
    public bool IsExample { get; set; }
}

internal sealed class StoredPackagingConfiguration : IEntityTypeConfiguration<StoredPackaging>
{
    public void Configure(EntityTypeBuilder<StoredPackaging> builder)
    {
        builder.ToTable("PackagingItems");
        builder.Property(p => p.Code).HasMaxLength(CostingLimits.Code);
        builder.Property(p => p.Name).HasMaxLength(CostingLimits.Name);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasMany(p => p.Costs).WithOne().HasForeignKey(c => c.PackagingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredPackagingCostConfiguration : IEntityTypeConfiguration<StoredPackagingCost>
{
    public void Configure(EntityTypeBuilder<StoredPackagingCost> builder)
    {
        builder.ToTable("PackagingCosts");
        builder.HasIndex(c => new { c.PackagingId, c.EffectiveFromUtc }).IsUnique();
    }
}

internal sealed class StoredPostageFormatConfiguration : IEntityTypeConfiguration<StoredPostageFormat>
{
    public void Configure(EntityTypeBuilder<StoredPostageFormat> builder)
    {
        builder.ToTable("PostageFormats");
        builder.Property(f => f.Name).HasMaxLength(CostingLimits.Code);
        builder.HasIndex(f => f.Name).IsUnique();
    }
}

internal sealed class StoredPostageRateConfiguration : IEntityTypeConfiguration<StoredPostageRate>
{
    public void Configure(EntityTypeBuilder<StoredPostageRate> builder)
    {
        builder.ToTable("PostageRates");
        builder.Property(r => r.Service).HasMaxLength(CostingLimits.Service);
        builder.HasIndex(r => new { r.Service, r.FormatId, r.MaxWeightGrams, r.EffectiveFromUtc }).IsUnique();
        builder.HasOne<StoredPostageFormat>().WithMany().HasForeignKey(r => r.FormatId).OnDelete(DeleteBehavior.Restrict);
    }
}
