using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Orders;

/// <summary>An Amazon order as the orders sync last saw it. No buyer PII is kept.</summary>
public sealed class Order
{
    public int Id { get; set; }
    public required string AmazonOrderId { get; set; }
    public DateTime PurchasedUtc { get; set; }
    public DateTime LastUpdatedUtc { get; set; }

    /// <summary>Pending, Unshipped, PartiallyShipped, Shipped, Canceled, ...</summary>
    public required string Status { get; set; }

    public string? FulfillmentChannel { get; set; }
    public long TotalPence { get; set; }
    public string? ShipPostcodeArea { get; set; }
    public List<OrderLine> Lines { get; set; } = [];
}

public sealed class OrderLine
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public required string Sku { get; set; }
    public string? Asin { get; set; }
    public string? Title { get; set; }
    public int Quantity { get; set; }
    public long ItemPricePence { get; set; }
    public long ShippingPricePence { get; set; }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.Property(o => o.AmazonOrderId).HasMaxLength(32);
        builder.Property(o => o.Status).HasMaxLength(32);
        builder.Property(o => o.FulfillmentChannel).HasMaxLength(8);
        builder.Property(o => o.ShipPostcodeArea).HasMaxLength(8);
        builder.HasIndex(o => o.AmazonOrderId).IsUnique();
        builder.HasIndex(o => o.PurchasedUtc);
        builder.HasIndex(o => o.LastUpdatedUtc);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("OrderLines");
        builder.Property(l => l.Sku).HasMaxLength(64);
        builder.Property(l => l.Asin).HasMaxLength(16);
        builder.Property(l => l.Title).HasMaxLength(500);
        builder.HasIndex(l => l.Sku);
    }
}
