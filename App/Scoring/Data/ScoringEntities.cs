using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Scoring.Data;

/// <summary>
/// A listing's current score. The score is stored x10 as an integer because SQLite cannot order by decimal;
/// the full card (sections, findings, benchmark) is JSON, and the columns beside it serve list filters.
/// </summary>
public sealed class StoredListingScore
{
    public int Id { get; set; }
    public required string Sku { get; set; }
    public int ScoreTenths { get; set; }

    /// <summary>The most serious finding (0 none, else <see cref="Severity"/>).</summary>
    public int WorstSeverity { get; set; }
    public int FindingCount { get; set; }

    /// <summary>Rule ids of the findings, each wrapped in '|' (e.g. "|title.length.max|bullets.count|") for LIKE filters.</summary>
    public required string RuleIds { get; set; }
    public required string CardJson { get; set; }
    public DateTime ScoredUtc { get; set; }
    public DateTime ChangedUtc { get; set; }
}

/// <summary>One point of a listing's score history: written when a rescore changes the score.</summary>
public sealed class StoredScorePoint
{
    public long Id { get; set; }
    public required string Sku { get; set; }
    public int ScoreTenths { get; set; }
    public DateTime AtUtc { get; set; }
}

/// <summary>
/// A top-ranked competitor listing of a category as last fetched from Catalog Items, with its rating and
/// review count from Keepa (Catalog Items carries neither; null = not known yet).
/// </summary>
public sealed class StoredPeer
{
    public int Id { get; set; }
    public required string Category { get; set; }
    public string? ClassificationId { get; set; }

    /// <summary>0 for the best-ranked peer.</summary>
    public int Position { get; set; }
    public required string Asin { get; set; }
    public int SalesRank { get; set; }
    public required string ContentJson { get; set; }
    public DateTime FetchedUtc { get; set; }

    /// <summary>Stars x10 (46 = 4.6 stars), as Keepa reports them.</summary>
    public int? RatingTenths { get; set; }
    public int? ReviewCount { get; set; }

    /// <summary>When Keepa was last asked for this peer's rating (null = never).</summary>
    public DateTime? SocialProofUtc { get; set; }
}

/// <summary>The owner's scoring settings (one row, JSON, so new settings need no migration).</summary>
public sealed class StoredScoringSettings
{
    public int Id { get; set; }
    public required string Json { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

internal sealed class ScoringEntitiesConfiguration :
    IEntityTypeConfiguration<StoredListingScore>, IEntityTypeConfiguration<StoredScorePoint>,
    IEntityTypeConfiguration<StoredPeer>, IEntityTypeConfiguration<StoredScoringSettings>
{
    public void Configure(EntityTypeBuilder<StoredListingScore> builder)
    {
        builder.ToTable("ListingScores");
        builder.Property(s => s.Sku).HasMaxLength(64);
        builder.Property(s => s.RuleIds).HasMaxLength(4000);
        builder.HasIndex(s => s.Sku).IsUnique();
        builder.HasIndex(s => s.ScoreTenths);
    }

    public void Configure(EntityTypeBuilder<StoredScorePoint> builder)
    {
        builder.ToTable("ListingScoreHistory");
        builder.Property(p => p.Sku).HasMaxLength(64);
        builder.HasIndex(p => new { p.Sku, p.AtUtc });
    }

    public void Configure(EntityTypeBuilder<StoredPeer> builder)
    {
        builder.ToTable("ScoringPeers");
        builder.Property(p => p.Category).HasMaxLength(200);
        builder.Property(p => p.ClassificationId).HasMaxLength(32);
        builder.Property(p => p.Asin).HasMaxLength(16);
        builder.HasIndex(p => new { p.Category, p.Position }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<StoredScoringSettings> builder) => builder.ToTable("ScoringSettings");
}
