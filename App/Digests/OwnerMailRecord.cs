using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Digests;

public enum MailStatus
{
    /// <summary>Waiting for its next attempt (<see cref="OwnerMailRecord.NextAttemptUtc"/>).</summary>
    Queued = 0,

    /// <summary>Claimed by a delivery run that is talking to the SMTP server now.</summary>
    Sending = 1,

    Sent = 2,

    /// <summary>Every attempt failed; only the owner's "Resend" tries again.</summary>
    Failed = 3,

    /// <summary>
    /// The app stopped while this mail was being handed to the SMTP server, so it may or may not have gone.
    /// It is never retried on its own (at most once); the owner can resend it from the delivery log.
    /// </summary>
    Interrupted = 4,
}

/// <summary>One mail to the owner, from its queueing to its delivery or final failure (the delivery log).</summary>
public sealed class OwnerMailRecord
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public required string Subject { get; set; }
    public required string Html { get; set; }
    public required string Text { get; set; }

    /// <summary>Makes a scheduled mail once-only: a second digest for the same day is refused by the unique index.</summary>
    public string? DedupKey { get; set; }

    public MailStatus Status { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime? LastAttemptUtc { get; set; }
    public string? LastError { get; set; }
    public DateTime? SentUtc { get; set; }

    /// <summary>The recipients it was last sent to (read from Settings at sending time).</summary>
    public string? SentTo { get; set; }

    /// <summary>The process that claimed it for sending; a claim by an earlier process means the send was interrupted.</summary>
    public string? SendingInstance { get; set; }

    public List<OwnerMailAttachment> Attachments { get; set; } = [];
}

public sealed class OwnerMailAttachment
{
    public long Id { get; set; }
    public long MailId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public string? ContentId { get; set; }
    public required byte[] Content { get; set; }
}

internal sealed class OwnerMailRecordConfiguration : IEntityTypeConfiguration<OwnerMailRecord>
{
    public void Configure(EntityTypeBuilder<OwnerMailRecord> builder)
    {
        builder.ToTable("OwnerMails");
        builder.Property(m => m.Kind).HasMaxLength(64);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.DedupKey).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.SentTo).HasMaxLength(2000);
        builder.Property(m => m.SendingInstance).HasMaxLength(64);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => m.DedupKey).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtc });
        builder.HasIndex(m => new { m.Kind, m.CreatedUtc });
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MailId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OwnerMailAttachmentConfiguration : IEntityTypeConfiguration<OwnerMailAttachment>
{
    public void Configure(EntityTypeBuilder<OwnerMailAttachment> builder)
    {
        builder.ToTable("OwnerMailAttachments");
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.ContentId).HasMaxLength(200);
    }
}
