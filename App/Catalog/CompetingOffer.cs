using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Catalog;

/// <summary>One offer on our ASIN (ours included) as the latest offers sync saw it.</summary>
public sealed class CompetingOffer
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public required string SellerId { get; set; }
    public bool IsOurs { get; set; }
    public bool IsBuyBoxWinner { get; set; }
    public bool IsFba { get; set; }
    public bool IsPrime { get; set; }
    public bool IsFeaturedMerchant { get; set; }
    public long ListingPricePence { get; set; }
    public long ShippingPence { get; set; }
    public long LandedPence { get; set; }
    public double? FeedbackPercent { get; set; }
    public int? FeedbackCount { get; set; }
    public int? ShippingMinHours { get; set; }
    public int? ShippingMaxHours { get; set; }
    public string? ShipsFrom { get; set; }
    public DateTime ObservedUtc { get; set; }
}

internal sealed class CompetingOfferConfiguration : IEntityTypeConfiguration<CompetingOffer>
{
    public void Configure(EntityTypeBuilder<CompetingOffer> builder)
    {
        builder.ToTable("CompetingOffers");
        builder.Property(o => o.SellerId).HasMaxLength(32);
        builder.Property(o => o.ShipsFrom).HasMaxLength(8);
        builder.HasIndex(o => new { o.ListingId, o.LandedPence });
    }
}
