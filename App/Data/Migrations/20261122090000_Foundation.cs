using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SellerConsole.Data.Migrations;

/// <summary>
/// Owner, API tokens, settings vault, audit log, job runs and alerts.
/// Migrations are written by hand (EF's Design package does not restore on our feed); the test
/// Migrations_build_exactly_the_schema_the_model_describes proves each one matches the model.
/// </summary>
[DbContext(typeof(SellerDb))]
[Migration("20261122090000_Foundation")]
public sealed class Foundation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Owners",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                PasswordHash = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                FailedSignIns = table.Column<int>(type: "INTEGER", nullable: false),
                LockedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                LastSignInUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Owners", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Owners_Email", table: "Owners", column: "Email", unique: true);

        migrationBuilder.CreateTable(
            name: "ApiTokens",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                LastUsedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ApiTokens", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ApiTokens_Hash", table: "ApiTokens", column: "Hash", unique: true);

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                TimeUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                RemoteIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_TimeUtc", table: "AuditEntries", column: "TimeUtc");
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_Action_TimeUtc", table: "AuditEntries", columns: ["Action", "TimeUtc"]);

        migrationBuilder.CreateTable(
            name: "Settings",
            columns: table => new
            {
                Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Value = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                IsSecret = table.Column<bool>(type: "INTEGER", nullable: false),
                UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Settings", x => x.Key));

        migrationBuilder.CreateTable(
            name: "JobRuns",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                JobName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Trigger = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                ItemsProcessed = table.Column<int>(type: "INTEGER", nullable: false),
                Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_JobRuns", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_JobRuns_JobName_StartedUtc", table: "JobRuns", columns: ["JobName", "StartedUtc"]);

        migrationBuilder.CreateTable(
            name: "Alerts",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                LastSeenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Occurrences = table.Column<int>(type: "INTEGER", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                DedupKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                AcknowledgedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Alerts", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Alerts_AcknowledgedUtc_CreatedUtc", table: "Alerts", columns: ["AcknowledgedUtc", "CreatedUtc"]);
        migrationBuilder.CreateIndex(name: "IX_Alerts_DedupKey", table: "Alerts", column: "DedupKey");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Alerts", "JobRuns", "Settings", "AuditEntries", "ApiTokens", "Owners" })
        {
            migrationBuilder.DropTable(name: table);
        }
    }
}
