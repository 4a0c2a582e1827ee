using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SellerConsole.Security;

/// <summary>What a token may do. Tokens only ever work on the REST API, never on pages or the live circuit.</summary>
public enum ApiTokenScope
{
    /// <summary>GET and HEAD only: reports, exports, dashboards.</summary>
    ReadOnly,

    /// <summary>Every API call, including ones that change data or start jobs.</summary>
    ReadWrite,
}

/// <summary>A personal access token. Only its SHA-256 hash is stored; the token is shown once.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the token, so the owner can tell tokens apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string Hash { get; set; }

    public ApiTokenScope Scope { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Null: until revoked.</summary>
    public DateTime? ExpiresUtc { get; set; }
    public DateTime? LastUsedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }

    public bool IsActive => RevokedUtc is null;

    public bool IsUsableAt(DateTime nowUtc) => RevokedUtc is null && (ExpiresUtc is null || ExpiresUtc > nowUtc);
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.Scope).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(t => t.Hash).IsUnique();
    }
}
