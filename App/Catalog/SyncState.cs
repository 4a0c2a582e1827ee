using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Catalog;

/// <summary>Where each marketplace sync stands: last success, its cursor, and its last error.</summary>
public sealed class SyncState
{
    /// <summary>"catalogue", "offers", "orders", "fees".</summary>
    public required string Name { get; set; }

    public DateTime? LastAttemptUtc { get; set; }
    public DateTime? LastSuccessUtc { get; set; }
    public int ConsecutiveFailures { get; set; }
    public string? LastError { get; set; }

    /// <summary>An incremental sync's position, e.g. the orders sync's last-updated high-water mark (ISO 8601).</summary>
    public string? Cursor { get; set; }
}

internal sealed class SyncStateConfiguration : IEntityTypeConfiguration<SyncState>
{
    public void Configure(EntityTypeBuilder<SyncState> builder)
    {
        builder.ToTable("SyncStates");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(32);
        builder.Property(s => s.LastError).HasMaxLength(2000);
        builder.Property(s => s.Cursor).HasMaxLength(200);
    }
}
