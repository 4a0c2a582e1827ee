using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Alerts;

public enum AlertSeverity
{
    Info = 0,
    Warning = 1,
    Critical = 2,
}

/// <summary>Something the seller should look at. Unacknowledged alerts count as unread.</summary>
public sealed class Alert
{
    public long Id { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Last time the same condition was raised again (see <see cref="DedupKey"/>).</summary>
    public DateTime LastSeenUtc { get; set; }

    public int Occurrences { get; set; } = 1;

    /// <summary>A dotted code: "job.failed", "backup.failed", "sync.failing".</summary>
    public required string Kind { get; set; }

    public AlertSeverity Severity { get; set; }
    public required string Title { get; set; }
    public string? Detail { get; set; }

    /// <summary>Where to go to deal with it, e.g. "/jobs".</summary>
    public string? Link { get; set; }

    /// <summary>While an alert with this key is unacknowledged, raising it again only bumps it.</summary>
    public required string DedupKey { get; set; }

    public DateTime? AcknowledgedUtc { get; set; }
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToTable("Alerts");
        builder.Property(a => a.Kind).HasMaxLength(64);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Detail).HasMaxLength(4000);
        builder.Property(a => a.Link).HasMaxLength(300);
        builder.Property(a => a.DedupKey).HasMaxLength(300);
        builder.Property(a => a.Severity).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => new { a.AcknowledgedUtc, a.CreatedUtc });
        builder.HasIndex(a => a.DedupKey);
    }
}
