using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Competition;

/// <summary>The kinds of competitive change the console detects.</summary>
public enum ChangeKind
{
    NewSeller,
    CompetitorBelowUs,
    CompetitorBelowFloor,
    BuyBoxLost,
    BuyBoxWon,
    AmazonJoined,
    CompetitorOutOfStock,
    SalesRankJump,
}

/// <summary>A detected change as stored: what, where, when and the evidence (JSON of name -> value).</summary>
public sealed class CompetitionChange
{
    public long Id { get; set; }
    public ChangeKind Kind { get; set; }
    public required string Asin { get; set; }
    public string? Sku { get; set; }
    public string? SellerId { get; set; }
    public DateTime DetectedUtc { get; set; }
    public required string Title { get; set; }
    public required string Evidence { get; set; }
    public required string DedupKey { get; set; }
}

/// <summary>The thresholds of change detection (one row, edited on the Competition page).</summary>
public sealed class CompetitionSettings
{
    public int Id { get; set; } = 1;
    /// <summary>A competitor counts as "below us" only when at least this much cheaper (landed).</summary>
    public long UndercutMinPence { get; set; } = 1;
    /// <summary>A sales-rank move of at least this percentage (either way) is a jump.</summary>
    public int RankJumpPercent { get; set; } = 50;
    /// <summary>Ranks above this (slow sellers) move a lot by chance; their jumps are ignored.</summary>
    public int RankJumpMaxRank { get; set; } = 500_000;
    public bool AlertOnNewSeller { get; set; } = true;
    public bool AlertOnBuyBoxWon { get; set; } = true;
    public bool AlertOnOutOfStock { get; set; } = true;
    public bool AlertOnRankJump { get; set; } = true;
}

internal sealed class CompetitionChangeConfiguration : IEntityTypeConfiguration<CompetitionChange>
{
    public void Configure(EntityTypeBuilder<CompetitionChange> builder)
    {
        builder.ToTable("CompetitionChanges");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Asin).HasMaxLength(16);
        builder.Property(c => c.Sku).HasMaxLength(64);
        builder.Property(c => c.SellerId).HasMaxLength(32);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.Evidence).HasMaxLength(2000);
        builder.Property(c => c.DedupKey).HasMaxLength(200);
        builder.HasIndex(c => c.DedupKey).IsUnique();
        builder.HasIndex(c => c.DetectedUtc);
        builder.HasIndex(c => c.Asin);
    }
}

internal sealed class CompetitionSettingsConfiguration : IEntityTypeConfiguration<CompetitionSettings>
{
    public void Configure(EntityTypeBuilder<CompetitionSettings> builder)
    {
        builder.ToTable("CompetitionSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}

public static class ChangeKindText
{
    /// <summary>How a change is named on screen.</summary>
    public static string Label(this ChangeKind kind) => kind switch
    {
        ChangeKind.NewSeller => "New seller",
        ChangeKind.CompetitorBelowUs => "Undercut",
        ChangeKind.CompetitorBelowFloor => "Below our floor",
        ChangeKind.BuyBoxLost => "Buy box lost",
        ChangeKind.BuyBoxWon => "Buy box won",
        ChangeKind.AmazonJoined => "Amazon joined",
        ChangeKind.CompetitorOutOfStock => "Out of stock",
        ChangeKind.SalesRankJump => "Rank jump",
        _ => kind.ToString(),
    };
}
