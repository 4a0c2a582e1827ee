using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SellerConsole.Data.Migrations;

/// <summary>
/// Competitive intelligence: per ASIN-series history blobs (change-points, delta-encoded), the Keepa
/// refresh state per ASIN, detected changes (unique dedup key) and the detection thresholds.
/// </summary>
[DbContext(typeof(SellerDb))]
[Migration("20261122160000_Competition")]
public sealed class Competition : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "HistoryBlocks",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Asin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Series = table.Column<int>(type: "INTEGER", nullable: false),
                FirstUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                LastUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                PointCount = table.Column<int>(type: "INTEGER", nullable: false),
                LatestValue = table.Column<long>(type: "INTEGER", nullable: true),
                Data = table.Column<byte[]>(type: "BLOB", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_HistoryBlocks", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_HistoryBlocks_Asin_Series", table: "HistoryBlocks", columns: ["Asin", "Series"], unique: true);

        migrationBuilder.CreateTable(
            name: "KeepaAsinStates",
            columns: table => new
            {
                Asin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                RefreshedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                OffersRefreshedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                CompetitorChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_KeepaAsinStates", x => x.Asin));

        migrationBuilder.CreateTable(
            name: "CompetitionChanges",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                Asin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                SellerId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                DetectedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                DedupKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CompetitionChanges", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_CompetitionChanges_DedupKey", table: "CompetitionChanges", column: "DedupKey", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CompetitionChanges_DetectedUtc", table: "CompetitionChanges", column: "DetectedUtc");
        migrationBuilder.CreateIndex(name: "IX_CompetitionChanges_Asin", table: "CompetitionChanges", column: "Asin");

        migrationBuilder.CreateTable(
            name: "CompetitionSettings",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false),
                UndercutMinPence = table.Column<long>(type: "INTEGER", nullable: false),
                RankJumpPercent = table.Column<int>(type: "INTEGER", nullable: false),
                RankJumpMaxRank = table.Column<int>(type: "INTEGER", nullable: false),
                AlertOnNewSeller = table.Column<bool>(type: "INTEGER", nullable: false),
                AlertOnBuyBoxWon = table.Column<bool>(type: "INTEGER", nullable: false),
                AlertOnOutOfStock = table.Column<bool>(type: "INTEGER", nullable: false),
                AlertOnRankJump = table.Column<bool>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CompetitionSettings", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "CompetitionSettings", "CompetitionChanges", "KeepaAsinStates", "HistoryBlocks" })
        {
            migrationBuilder.DropTable(name: table);
        }
    }
}
