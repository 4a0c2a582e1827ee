using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SellerConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class Repricer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PriceDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StrategyName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CurrentPence = table.Column<long>(type: "INTEGER", nullable: false),
                    FinalPence = table.Column<long>(type: "INTEGER", nullable: false),
                    BindingGuard = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    HeldBuyBox = table.Column<bool>(type: "INTEGER", nullable: false),
                    Sentence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    PushId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceDecisions", x => x.Id);
                });

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
                name: "PricingStrategies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PricingStrategies", x => x.Id);
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
                    DailyChangeBudget = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepricerState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SkuPricing",
                columns: table => new
                {
                    Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StrategyId = table.Column<long>(type: "INTEGER", nullable: true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ManualFloorPence = table.Column<long>(type: "INTEGER", nullable: true),
                    ManualCeilingPence = table.Column<long>(type: "INTEGER", nullable: true),
                    LastChangeUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ChangesDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChangesToday = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastUnsuppressedPricePence = table.Column<long>(type: "INTEGER", nullable: true),
                    LastCompetitorPrices = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkuPricing", x => x.Sku);
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
                name: "IX_PriceDecisions_DecidedUtc",
                table: "PriceDecisions",
                column: "DecidedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PriceDecisions_RunId",
                table: "PriceDecisions",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_PriceDecisions_Sku_DecidedUtc",
                table: "PriceDecisions",
                columns: new[] { "Sku", "DecidedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PriceDecisions_Status_DecidedUtc",
                table: "PriceDecisions",
                columns: new[] { "Status", "DecidedUtc" });

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

            migrationBuilder.CreateIndex(
                name: "IX_PricingStrategies_Name",
                table: "PricingStrategies",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkuPricing_StrategyId",
                table: "SkuPricing",
                column: "StrategyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PriceDecisions");

            migrationBuilder.DropTable(
                name: "PricePushes");

            migrationBuilder.DropTable(
                name: "PricingStrategies");

            migrationBuilder.DropTable(
                name: "RepricerState");

            migrationBuilder.DropTable(
                name: "SkuPricing");

            migrationBuilder.DropTable(
                name: "ValidatedProductTypes");
        }
    }
}
