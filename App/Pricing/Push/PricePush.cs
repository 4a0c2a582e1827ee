using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Pricing.Push;

/// <summary>Where a price on its way to Amazon is.</summary>
public enum PushState
{
    /// <summary>Waiting to be sent (also after a transient failure, until <see cref="PricePush.NextAttemptUtc"/>).</summary>
    Queued,
    /// <summary>Handed to SP-API; if the process stops here the price is read back before anything is sent again.</summary>
    Sending,
    /// <summary>Amazon answered ACCEPTED; waiting to read the price back.</summary>
    Accepted,
    /// <summary>The price read back from Amazon is the one sent.</summary>
    Verified,
    /// <summary>A newer price for the same SKU replaced this one before it was sent.</summary>
    Superseded,
    /// <summary>Refused by Amazon (INVALID) or accepted twice and never applied; an alert says which.</summary>
    Failed,
    /// <summary>Withdrawn by the owner before it was sent.</summary>
    Cancelled,
}

/// <summary>
/// One price to set on Amazon: the durable queue between a decision and patchListingsItem, and the
/// record of what happened to it (sent, applied, how long Amazon took). A row is never sent twice:
/// it is marked <see cref="PushState.Sending"/> before the call, and a row found in that state
/// after a restart is verified by reading the price back, not sent again.
/// </summary>
public sealed class PricePush
{
    public long Id { get; set; }
    public required string Sku { get; set; }
    /// <summary>The repricing decision that asked for this price; null for an owner's manual change or an undo.</summary>
    public long? DecisionId { get; set; }
    public long TargetPence { get; set; }
    public long? PreviousPence { get; set; }
    public PushState State { get; set; }
    /// <summary>Who asked: "repricer:{strategy}", "owner", "undo".</summary>
    public required string Actor { get; set; }
    /// <summary>Stable per row: identifies the change in the audit log and events however often it is tried.</summary>
    public Guid Key { get; set; }
    /// <summary>Times Amazon accepted this price (a silent drop is retried once: at most 2).</summary>
    public int Accepted { get; set; }
    /// <summary>Transient failures (throttling, outage, open circuit) since the row was queued.</summary>
    public int Failures { get; set; }
    public DateTime QueuedUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    public DateTime? VerifyDueUtc { get; set; }
    public DateTime? VerifiedUtc { get; set; }
    /// <summary>Seconds from ACCEPTED to the first read that showed the price.</summary>
    public int? ConfirmSeconds { get; set; }
    public string? SubmissionId { get; set; }
    public string? LastError { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public bool IsOpen => State is PushState.Queued or PushState.Sending or PushState.Accepted;
}

internal sealed class PricePushConfiguration : IEntityTypeConfiguration<PricePush>
{
    public void Configure(EntityTypeBuilder<PricePush> builder)
    {
        builder.ToTable("PricePushes");
        builder.Property(p => p.Sku).HasMaxLength(64);
        builder.Property(p => p.Actor).HasMaxLength(80);
        builder.Property(p => p.SubmissionId).HasMaxLength(80);
        builder.Property(p => p.LastError).HasMaxLength(1000);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => new { p.State, p.NextAttemptUtc });
        builder.HasIndex(p => new { p.Sku, p.QueuedUtc });
        builder.HasIndex(p => p.Key).IsUnique();
    }
}

/// <summary>A product type whose price patch passed VALIDATION_PREVIEW once; later patches go straight out.</summary>
public sealed class ValidatedProductType
{
    public required string ProductType { get; set; }
    public DateTime ValidatedUtc { get; set; }
}

internal sealed class ValidatedProductTypeConfiguration : IEntityTypeConfiguration<ValidatedProductType>
{
    public void Configure(EntityTypeBuilder<ValidatedProductType> builder)
    {
        builder.ToTable("ValidatedProductTypes");
        builder.HasKey(p => p.ProductType);
        builder.Property(p => p.ProductType).HasMaxLength(80);
    }
}
