using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SellerConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportRollback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CostImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RowsWritten = table.Column<int>(type: "INTEGER", nullable: false),
                    CodesJson = table.Column<string>(type: "TEXT", nullable: false),
                    BeforeJson = table.Column<string>(type: "TEXT", nullable: false),
                    AfterJson = table.Column<string>(type: "TEXT", nullable: false),
                    UndoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UndoneBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostImports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CostImports_ImportedUtc",
                table: "CostImports",
                column: "ImportedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CostImports_ImportId",
                table: "CostImports",
                column: "ImportId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CostImports");
        }
    }
}
