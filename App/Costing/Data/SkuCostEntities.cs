using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Costing.Data;

/// <summary>
/// What one shipped unit of a SKU is made of and how it ships. Keyed by SKU text (not a foreign key
/// to Listings) so costs can be set up before a listing is synced.
/// </summary>
public sealed class StoredSkuCost
{
    public int Id { get; set; }
    public required string Sku { get; set; }
    public decimal LabourMinutes { get; set; }
    public int WeightGrams { get; set; }
    public decimal LengthCm { get; set; }
    public decimal WidthCm { get; set; }
    public decimal DepthCm { get; set; }

    /// <summary>A fixed postage service, or null for the cheapest that fits.</summary>
    public string? PostageService { get; set; }

    public DateTime UpdatedUtc { get; set; }
    public List<StoredSkuLine> Lines { get; set; } = [];
    public List<StoredSkuPackaging> Packaging { get; set; } = [];
}

public sealed class StoredSkuLine
{
    public int Id { get; set; }
    public int SkuCostId { get; set; }
    public int Position { get; set; }
    public BomItemKind ItemKind { get; set; }
    public required string ItemCode { get; set; }
    public decimal Quantity { get; set; }
    public decimal WasteRate { get; set; }
}

public sealed class StoredSkuPackaging
{
    public int Id { get; set; }
    public int SkuCostId { get; set; }
    public required string PackagingCode { get; set; }
    public decimal Quantity { get; set; }
}

internal sealed class StoredSkuCostConfiguration : IEntityTypeConfiguration<StoredSkuCost>
{
    public void Configure(EntityTypeBuilder<StoredSkuCost> builder)
    {
        builder.ToTable("SkuCosts");
        builder.Property(s => s.Sku).HasMaxLength(64);
        builder.Property(s => s.PostageService).HasMaxLength(CostingLimits.Service);
        builder.HasIndex(s => s.Sku).IsUnique();
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SkuCostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Packaging).WithOne().HasForeignKey(p => p.SkuCostId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredSkuLineConfiguration : IEntityTypeConfiguration<StoredSkuLine>
{
    public void Configure(EntityTypeBuilder<StoredSkuLine> builder)
    {
        builder.ToTable("SkuCostLines");
        builder.Property(l => l.ItemKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.ItemCode).HasMaxLength(CostingLimits.Code);
    }
}

internal sealed class StoredSkuPackagingConfiguration : IEntityTypeConfiguration<StoredSkuPackaging>
{
    public void Configure(EntityTypeBuilder<StoredSkuPackaging> builder)
    {
        builder.ToTable("SkuPackagingLines");
        builder.Property(p => p.PackagingCode).HasMaxLength(CostingLimits.Code);
    }
}
