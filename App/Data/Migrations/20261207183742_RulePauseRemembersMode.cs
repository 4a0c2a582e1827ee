using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SellerConsole.Data.Migrations
{
    /// <inheritdoc />
    public partial class RulePauseRemembersMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ModeBeforeRulePause",
                table: "SkuPricing",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ModeBeforeRulePause",
                table: "SkuPricing");
        }
    }
}
