using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Security;

/// <summary>The one person who runs this console. There is at most one row.</summary>
public sealed class Owner
{
    public int Id { get; set; }
    public required string Email { get; set; }
    public required string PasswordHash { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Changes when the password changes, which signs every existing cookie out.</summary>
    public required string SecurityStamp { get; set; }

    public DateTime? LastSignInUtc { get; set; }
}

internal sealed class OwnerConfiguration : IEntityTypeConfiguration<Owner>
{
    public void Configure(EntityTypeBuilder<Owner> builder)
    {
        builder.ToTable("Owners");
        builder.Property(o => o.Email).HasMaxLength(256);
        builder.Property(o => o.PasswordHash).HasMaxLength(512);
        builder.Property(o => o.SecurityStamp).HasMaxLength(64);
        builder.HasIndex(o => o.Email).IsUnique();
    }
}
