using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SellerConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class PricePushQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PricePushes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecisionId = table.Column<long>(type: "INTEGER", nullable: true),
                    TargetPence = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousPence = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerifyDueUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmissionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PricePushes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RepricerState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Paused = table.Column<bool>(type: "INTEGER", nullable: false),
                    PausedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    PausedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PauseReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepricerState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ValidatedProductTypes",
                columns: table => new
                {
                    ProductType = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ValidatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ValidatedProductTypes", x => x.ProductType);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PricePushes_Key",
                table: "PricePushes",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PricePushes_Sku_QueuedUtc",
                table: "PricePushes",
                columns: new[] { "Sku", "QueuedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PricePushes_State_NextAttemptUtc",
                table: "PricePushes",
                columns: new[] { "State", "NextAttemptUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PricePushes");

            migrationBuilder.DropTable(
                name: "RepricerState");

            migrationBuilder.DropTable(
                name: "ValidatedProductTypes");
        }
    }
}
