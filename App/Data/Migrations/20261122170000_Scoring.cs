using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SellerConsole.Data.Migrations;

/// <summary>
/// Listing scores: the current score and card per listing, the score history, the top peers per
/// category (from Catalog Items) and the owner's scoring settings.
/// </summary>
[DbContext(typeof(SellerDb))]
[Migration("20261122170000_Scoring")]
public sealed class Scoring : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ListingScores",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                ScoreTenths = table.Column<int>(type: "INTEGER", nullable: false),
                WorstSeverity = table.Column<int>(type: "INTEGER", nullable: false),
                FindingCount = table.Column<int>(type: "INTEGER", nullable: false),
                RuleIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                CardJson = table.Column<string>(type: "TEXT", nullable: false),
                ScoredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ListingScores", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ListingScores_Sku", table: "ListingScores", column: "Sku", unique: true);
        migrationBuilder.CreateIndex(name: "IX_ListingScores_ScoreTenths", table: "ListingScores", column: "ScoreTenths");

        migrationBuilder.CreateTable(
            name: "ListingScoreHistory",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                ScoreTenths = table.Column<int>(type: "INTEGER", nullable: false),
                AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ListingScoreHistory", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ListingScoreHistory_Sku_AtUtc", table: "ListingScoreHistory", columns: ["Sku", "AtUtc"]);

        migrationBuilder.CreateTable(
            name: "ScoringPeers",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Category = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                ClassificationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                Asin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                SalesRank = table.Column<int>(type: "INTEGER", nullable: false),
                ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                FetchedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ScoringPeers", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ScoringPeers_Category_Position", table: "ScoringPeers", columns: ["Category", "Position"], unique: true);

        migrationBuilder.CreateTable(
            name: "ScoringSettings",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Json = table.Column<string>(type: "TEXT", nullable: false),
                UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ScoringSettings", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "ScoringSettings", "ScoringPeers", "ListingScoreHistory", "ListingScores" })
        {
            migrationBuilder.DropTable(name: table);
        }
    }
}
