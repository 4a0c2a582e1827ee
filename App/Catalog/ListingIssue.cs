using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Catalog;

/// <summary>A problem Amazon reports on a listing (Listings Items API "issues").</summary>
public sealed class ListingIssue
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public required string Code { get; set; }
    public required string Message { get; set; }

    /// <summary>ERROR, WARNING or INFO.</summary>
    public required string Severity { get; set; }

    /// <summary>Comma-separated enforcement actions, e.g. "LISTING_SUPPRESSED,SEARCH_SUPPRESSED".</summary>
    public string? Enforcements { get; set; }

    public string? AttributeNames { get; set; }

    public bool IsSuppressing =>
        Enforcements is not null && (Enforcements.Contains("LISTING_SUPPRESSED", StringComparison.Ordinal) || Enforcements.Contains("SEARCH_SUPPRESSED", StringComparison.Ordinal));
}

internal sealed class ListingIssueConfiguration : IEntityTypeConfiguration<ListingIssue>
{
    public void Configure(EntityTypeBuilder<ListingIssue> builder)
    {
        builder.ToTable("ListingIssues");
        builder.Property(i => i.Code).HasMaxLength(32);
        builder.Property(i => i.Message).HasMaxLength(2000);
        builder.Property(i => i.Severity).HasMaxLength(16);
        builder.Property(i => i.Enforcements).HasMaxLength(300);
        builder.Property(i => i.AttributeNames).HasMaxLength(300);
        builder.Ignore(i => i.IsSuppressing);
    }
}
