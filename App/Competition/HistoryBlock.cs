using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Competition;

/// <summary>
/// One ASIN-series: its whole history as a <see cref="HistoryCodec"/> blob. One row per series keeps
/// a chart to a single indexed read of a few KB; first/last times and the point count let status
/// queries skip the blob.
/// </summary>
public sealed class HistoryBlock
{
    public int Id { get; set; }
    public required string Asin { get; set; }
    public HistorySeries Series { get; set; }
    public DateTime FirstUtc { get; set; }
    public DateTime LastUtc { get; set; }
    public int PointCount { get; set; }
    public long? LatestValue { get; set; }
    public required byte[] Data { get; set; }
}

/// <summary>What the Keepa refresh knows about one ASIN: when it last refreshed it (with offers or without) and why not.</summary>
public sealed class KeepaAsinState
{
    public required string Asin { get; set; }
    public DateTime? RefreshedUtc { get; set; }
    public DateTime? OffersRefreshedUtc { get; set; }
    /// <summary>Set when the offers sync saw a competitor change; cleared by the next Keepa refresh.</summary>
    public DateTime? CompetitorChangedUtc { get; set; }
    public string? LastError { get; set; }
}

internal sealed class HistoryBlockConfiguration : IEntityTypeConfiguration<HistoryBlock>
{
    public void Configure(EntityTypeBuilder<HistoryBlock> builder)
    {
        builder.ToTable("HistoryBlocks");
        builder.Property(b => b.Asin).HasMaxLength(16);
        builder.HasIndex(b => new { b.Asin, b.Series }).IsUnique();
    }
}

internal sealed class KeepaAsinStateConfiguration : IEntityTypeConfiguration<KeepaAsinState>
{
    public void Configure(EntityTypeBuilder<KeepaAsinState> builder)
    {
        builder.ToTable("KeepaAsinStates");
        builder.HasKey(s => s.Asin);
        builder.Property(s => s.Asin).HasMaxLength(16);
        builder.Property(s => s.LastError).HasMaxLength(500);
    }
}
