using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SellerConsole.Pricing.Engine;

namespace SellerConsole.Pricing;

/// <summary>
/// The repricer's one global row: its mode and the kill switch. While <see cref="Paused"/> no price
/// is decided or sent, whatever a SKU's own mode says; the header shows it.
/// </summary>
public sealed class RepricerState
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public RepricingMode Mode { get; set; } = RepricingMode.Suggest;
    public bool Paused { get; set; }
    public string? PausedBy { get; set; }
    public DateTime? PausedUtc { get; set; }
    public string? PauseReason { get; set; }
    /// <summary>Most price changes the repricer may send in a UK day across the catalogue; null = no budget.</summary>
    public int? DailyChangeBudget { get; set; } = 500;
    public DateTime UpdatedUtc { get; set; }
}

internal sealed class RepricerStateConfiguration : IEntityTypeConfiguration<RepricerState>
{
    public void Configure(EntityTypeBuilder<RepricerState> builder)
    {
        builder.ToTable("RepricerState");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.PausedBy).HasMaxLength(80);
        builder.Property(s => s.PauseReason).HasMaxLength(300);
    }
}
