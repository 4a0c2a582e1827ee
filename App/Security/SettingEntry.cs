using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Security;

/// <summary>
/// One stored setting. Secret values are Data Protection ciphertext; plain values are stored as is.
/// Keys are dotted: "SpApi.ClientSecret", "Keepa.ApiKey", "Smtp.Host".
/// </summary>
public sealed class SettingEntry
{
    public required string Key { get; set; }
    public required string Value { get; set; }
    public bool IsSecret { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

internal sealed class SettingEntryConfiguration : IEntityTypeConfiguration<SettingEntry>
{
    public void Configure(EntityTypeBuilder<SettingEntry> builder)
    {
        builder.ToTable("Settings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(8000);
    }
}
