using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SellerConsole.Data.Migrations
{
    /// <summary>
    /// API tokens get a scope (existing ones become read-write) and an optional expiry; sign-out ends a
    /// session on the server (EndedSessions); the account-wide lockout columns go (slowing is per address, in memory).
    /// </summary>
    public partial class TokenScopesAndSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailedSignIns",
                table: "Owners");

            migrationBuilder.DropColumn(
                name: "LockedUntilUtc",
                table: "Owners");

            migrationBuilder.AddColumn<DateTime>(
                name: "ExpiresUtc",
                table: "ApiTokens",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "ApiTokens",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                // Tokens from before scopes could do everything; they keep doing so (and never expire).
                defaultValue: "ReadWrite");

            migrationBuilder.CreateTable(
                name: "EndedSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ForgetAfterUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EndedSessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EndedSessions_ForgetAfterUtc",
                table: "EndedSessions",
                column: "ForgetAfterUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EndedSessions");

            migrationBuilder.DropColumn(
                name: "ExpiresUtc",
                table: "ApiTokens");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "ApiTokens");

            migrationBuilder.AddColumn<int>(
                name: "FailedSignIns",
                table: "Owners",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedUntilUtc",
                table: "Owners",
                type: "TEXT",
                nullable: true);
        }
    }
}
