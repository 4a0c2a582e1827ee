using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Costing.Data;

/// <summary>A bought-in part as stored. Pack costs live in a child table so history is kept.</summary>
public sealed class StoredComponent
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string Supplier { get; set; } = "";
    public string SupplierCode { get; set; } = "";
    public decimal PackSize { get; set; }

    /// <summary>A fraction: 0.20 for 20%.</summary>
    public decimal VatRate { get; set; }

    public List<StoredComponentCost> Costs { get; set; } = [];
}

/// <summary>Ex-VAT cost of one pack from a date on.</summary>
public sealed class StoredComponentCost
{
    public int Id { get; set; }
    public int ComponentId { get; set; }
    public DateTime EffectiveFromUtc { get; set; }
    public long PackCostPence { get; set; }
}

/// <summary>A kit (bill of materials); its lines point at components or kits by code.</summary>
public sealed class StoredKit
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<StoredKitLine> Lines { get; set; } = [];
}

/// <summary>
/// One BOM line. Items are referenced by code, not by foreign key, because a line may name either a
/// component or a kit; the costing core's validation (run before every save) rejects dangling codes.
/// </summary>
public sealed class StoredKitLine
{
    public int Id { get; set; }
    public int KitId { get; set; }
    public int Position { get; set; }
    public BomItemKind ItemKind { get; set; }
    public required string ItemCode { get; set; }
    public decimal Quantity { get; set; }
    public decimal WasteRate { get; set; }
}

internal sealed class StoredComponentConfiguration : IEntityTypeConfiguration<StoredComponent>
{
    public void Configure(EntityTypeBuilder<StoredComponent> builder)
    {
        builder.ToTable("CostComponents");
        builder.Property(c => c.Code).HasMaxLength(CostingLimits.Code);
        builder.Property(c => c.Name).HasMaxLength(CostingLimits.Name);
        builder.Property(c => c.Supplier).HasMaxLength(CostingLimits.Name);
        builder.Property(c => c.SupplierCode).HasMaxLength(CostingLimits.Code);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasMany(c => c.Costs).WithOne().HasForeignKey(c => c.ComponentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredComponentCostConfiguration : IEntityTypeConfiguration<StoredComponentCost>
{
    public void Configure(EntityTypeBuilder<StoredComponentCost> builder)
    {
        builder.ToTable("ComponentCosts");
        builder.HasIndex(c => new { c.ComponentId, c.EffectiveFromUtc }).IsUnique();
    }
}

internal sealed class StoredKitConfiguration : IEntityTypeConfiguration<StoredKit>
{
    public void Configure(EntityTypeBuilder<StoredKit> builder)
    {
        builder.ToTable("CostKits");
        builder.Property(k => k.Code).HasMaxLength(CostingLimits.Code);
        builder.Property(k => k.Name).HasMaxLength(CostingLimits.Name);
        builder.HasIndex(k => k.Code).IsUnique();
        builder.HasMany(k => k.Lines).WithOne().HasForeignKey(l => l.KitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredKitLineConfiguration : IEntityTypeConfiguration<StoredKitLine>
{
    public void Configure(EntityTypeBuilder<StoredKitLine> builder)
    {
        builder.ToTable("KitLines");
        builder.Property(l => l.ItemKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.ItemCode).HasMaxLength(CostingLimits.Code);
    }
}

/// <summary>Column sizes shared by entities, validation and imports.</summary>
public static class CostingLimits
{
    public const int Code = 64;
    public const int Name = 200;
    public const int Service = 100;
}
