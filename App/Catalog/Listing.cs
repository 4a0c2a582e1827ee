using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Catalog;

/// <summary>
/// One of our offers on Amazon (a SKU on an ASIN) as last synced: its content, status, price and
/// stock, plus the latest competitive summary from the offers sync. Money in pence, times in UTC.
/// </summary>
public sealed class Listing
{
    public int Id { get; set; }
    public required string Sku { get; set; }
    public required string Asin { get; set; }
    public required string Title { get; set; }
    public string? Brand { get; set; }
    public string? ProductType { get; set; }
    public string? Condition { get; set; }
    public string? FulfillmentChannel { get; set; }

    /// <summary>"Active", "Inactive" or "Incomplete" as the All Listings report says.</summary>
    public string? Status { get; set; }

    public bool IsBuyable { get; set; }
    public bool IsDiscoverable { get; set; }

    public long? PricePence { get; set; }
    public long? MinimumPricePence { get; set; }
    public int Quantity { get; set; }

    public string? MainImageUrl { get; set; }
    public int? MainImageWidth { get; set; }
    public int? MainImageHeight { get; set; }
    public int ImageCount { get; set; }

    /// <summary>Bullet points, one per line (content for the scorer).</summary>
    public string? Bullets { get; set; }
    public string? Description { get; set; }
    public string? SearchTerms { get; set; }

    public DateTime? OpenedUtc { get; set; }
    public DateTime? MarketplaceUpdatedUtc { get; set; }
    public DateTime? DetailsSyncedUtc { get; set; }

    // Competitive summary (offers sync).
    public int? OfferCount { get; set; }
    public long? BuyBoxPricePence { get; set; }
    public string? BuyBoxSellerId { get; set; }

    /// <summary>True: we hold the buy box; false: someone else does; null: no buy box or not synced.</summary>
    public bool? BuyBoxIsOurs { get; set; }

    public long? LowestFbmLandedPence { get; set; }
    public long? LowestFbaLandedPence { get; set; }
    public int? SalesRank { get; set; }
    public DateTime? OffersSyncedUtc { get; set; }

    /// <summary>Amazon's own fee estimate at our price (the fees sync); the costing module computes its own.</summary>
    public long? EstimatedFeesPence { get; set; }
    public DateTime? FeesEstimatedUtc { get; set; }

    /// <summary>The browse category the listing ranks in (the scorer compares it with that category's top peers).</summary>
    public string? Category { get; set; }
    /// <summary>Star rating x10 (Keepa's encoding: 45 = 4.5 stars); null until a history refresh has read it.</summary>
    public int? RatingTenths { get; set; }
    public int? ReviewCount { get; set; }
    /// <summary>Null when not known (SP-API does not report A+ content; the scorer treats unknown as absent only when told).</summary>
    public bool? HasAPlusContent { get; set; }
    public DateTime? SocialProofUpdatedUtc { get; set; }

    public decimal? Rating => RatingTenths / 10m;

    public List<ListingIssue> Issues { get; set; } = [];
    public List<CompetingOffer> Offers { get; set; } = [];

    public BuyBoxState BuyBox => BuyBoxIsOurs switch
    {
        true => BuyBoxState.Won,
        false => BuyBoxState.Lost,
        null when OffersSyncedUtc is null => BuyBoxState.Unknown,
        _ => BuyBoxState.None,
    };
}

public enum BuyBoxState
{
    Unknown,
    Won,
    Lost,
    None,
}

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> builder)
    {
        builder.ToTable("Listings");
        builder.Property(l => l.Sku).HasMaxLength(64);
        builder.Property(l => l.Asin).HasMaxLength(16);
        builder.Property(l => l.Title).HasMaxLength(2000);
        builder.Property(l => l.Brand).HasMaxLength(200);
        builder.Property(l => l.ProductType).HasMaxLength(100);
        builder.Property(l => l.Condition).HasMaxLength(32);
        builder.Property(l => l.FulfillmentChannel).HasMaxLength(32);
        builder.Property(l => l.Status).HasMaxLength(32);
        builder.Property(l => l.MainImageUrl).HasMaxLength(1000);
        builder.Property(l => l.BuyBoxSellerId).HasMaxLength(32);
        builder.Ignore(l => l.BuyBox);
        builder.Ignore(l => l.Rating);
        builder.Property(l => l.Category).HasMaxLength(200);
        builder.HasIndex(l => l.Sku).IsUnique();
        builder.HasIndex(l => l.Asin);
        builder.HasIndex(l => l.Title);
        builder.HasIndex(l => l.PricePence);
        // No index on Quantity: "in stock" matches nearly every row, and SQLite (no range statistics)
        // would walk such an index row by row: 83 ms instead of 9 ms at 50,000 listings.
        builder.HasMany(l => l.Issues).WithOne().HasForeignKey(i => i.ListingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Offers).WithOne().HasForeignKey(o => o.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}
