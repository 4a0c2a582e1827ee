using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SellerConsole.Data.Migrations;

/// <summary>
/// Peers' rating (x10) and review count from Keepa, and when Keepa was last asked: Amazon's catalogue
/// API carries neither, and the social-proof benchmark needs both.
/// </summary>
[DbContext(typeof(SellerDb))]
[Migration("20261122180000_PeerSocialProof")]
public sealed class PeerSocialProof : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "RatingTenths", table: "ScoringPeers", type: "INTEGER", nullable: true);
        migrationBuilder.AddColumn<int>(name: "ReviewCount", table: "ScoringPeers", type: "INTEGER", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "SocialProofUtc", table: "ScoringPeers", type: "TEXT", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var column in new[] { "RatingTenths", "ReviewCount", "SocialProofUtc" })
        {
            migrationBuilder.DropColumn(name: column, table: "ScoringPeers");
        }
    }
}
