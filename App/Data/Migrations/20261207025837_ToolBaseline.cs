using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SellerConsole.Data.Migrations;

/// <summary>
/// Where dotnet-ef takes over. Migrations up to PeerSocialProof were written by hand
/// (EF's Design package did not restore then) and a test proves they build exactly the model's schema;
/// this one changes nothing in the database and exists for its model snapshot, so that from now on
/// `dotnet ef migrations add Name` (the tool is in .config/dotnet-tools.json) generates every migration
/// by diffing the model against it.
/// </summary>
public partial class ToolBaseline : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}
