using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Costing.Data;

/// <summary>
/// One committed cost import and what it wrote: the rows of its codes before and after (JSON images from
/// <see cref="Import.ImportScope"/>), so it can be undone exactly within a day. The images of old imports are
/// emptied; the row stays as history.
/// </summary>
public sealed class StoredImport
{
    public int Id { get; set; }
    public string ImportId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string FileName { get; set; } = "";
    public string Actor { get; set; } = "";
    public DateTime ImportedUtc { get; set; }
    public int RowsWritten { get; set; }
    public string CodesJson { get; set; } = "[]";
    public string BeforeJson { get; set; } = "";
    public string AfterJson { get; set; } = "";
    public DateTime? UndoneUtc { get; set; }
    public string? UndoneBy { get; set; }
}

internal sealed class StoredImportConfiguration : IEntityTypeConfiguration<StoredImport>
{
    public void Configure(EntityTypeBuilder<StoredImport> builder)
    {
        builder.ToTable("CostImports");
        builder.HasIndex(i => i.ImportId).IsUnique();
        builder.HasIndex(i => i.ImportedUtc);
        builder.Property(i => i.ImportId).HasMaxLength(40);
        builder.Property(i => i.Kind).HasMaxLength(20);
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Actor).HasMaxLength(200);
        builder.Property(i => i.UndoneBy).HasMaxLength(200);
    }
}
