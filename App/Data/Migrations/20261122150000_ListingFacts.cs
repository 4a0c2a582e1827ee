using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SellerConsole.Data.Migrations;

/// <summary>
/// Facts about a listing that the listing APIs do not carry: its category (from Catalog Items),
/// rating and review count (from Keepa), and whether it has A+ content.
/// </summary>
[DbContext(typeof(SellerDb))]
[Migration("20261122150000_ListingFacts")]
public sealed class ListingFacts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Category", table: "Listings", type: "TEXT", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<int>(name: "RatingTenths", table: "Listings", type: "INTEGER", nullable: true);
        migrationBuilder.AddColumn<int>(name: "ReviewCount", table: "Listings", type: "INTEGER", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "HasAPlusContent", table: "Listings", type: "INTEGER", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "SocialProofUpdatedUtc", table: "Listings", type: "TEXT", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var column in new[] { "Category", "RatingTenths", "ReviewCount", "HasAPlusContent", "SocialProofUpdatedUtc" })
        {
            migrationBuilder.DropColumn(name: column, table: "Listings");
        }
    }
}
