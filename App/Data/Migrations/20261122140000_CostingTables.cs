using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SellerConsole.Data.Migrations;

/// <summary>
/// Costing master data: components with dated pack costs, kits (BOM lines), packaging with dated
/// costs, the postage rate card, fee schedules, labour rates, settings and per-SKU cost definitions.
/// Defaults (fees, formats, example postage) are seeded by CostingSeeder from code, not here.
/// </summary>
[DbContext(typeof(SellerDb))]
[Migration("20261122140000_CostingTables")]
public sealed class CostingTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CostComponents",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Supplier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                SupplierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                PackSize = table.Column<decimal>(type: "TEXT", nullable: false),
                VatRate = table.Column<decimal>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CostComponents", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_CostComponents_Code", table: "CostComponents", column: "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "ComponentCosts",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ComponentId = table.Column<int>(type: "INTEGER", nullable: false),
                EffectiveFromUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                PackCostPence = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ComponentCosts", x => x.Id);
                table.ForeignKey("FK_ComponentCosts_CostComponents_ComponentId", x => x.ComponentId, "CostComponents", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ComponentCosts_ComponentId_EffectiveFromUtc", table: "ComponentCosts", columns: ["ComponentId", "EffectiveFromUtc"], unique: true);

        CodeNameTable(migrationBuilder, "CostKits");
        LinesTable(migrationBuilder, "KitLines", "KitId", "CostKits");

        migrationBuilder.CreateTable(
            name: "PackagingItems",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                VatRate = table.Column<decimal>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PackagingItems", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_PackagingItems_Code", table: "PackagingItems", column: "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "PackagingCosts",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                PackagingId = table.Column<int>(type: "INTEGER", nullable: false),
                EffectiveFromUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                CostPence = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PackagingCosts", x => x.Id);
                table.ForeignKey("FK_PackagingCosts_PackagingItems_PackagingId", x => x.PackagingId, "PackagingItems", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PackagingCosts_PackagingId_EffectiveFromUtc", table: "PackagingCosts", columns: ["PackagingId", "EffectiveFromUtc"], unique: true);

        PostageTables(migrationBuilder);
        SettingsTables(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "SkuCosts",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                LabourMinutes = table.Column<decimal>(type: "TEXT", nullable: false),
                WeightGrams = table.Column<int>(type: "INTEGER", nullable: false),
                LengthCm = table.Column<decimal>(type: "TEXT", nullable: false),
                WidthCm = table.Column<decimal>(type: "TEXT", nullable: false),
                DepthCm = table.Column<decimal>(type: "TEXT", nullable: false),
                PostageService = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SkuCosts", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_SkuCosts_Sku", table: "SkuCosts", column: "Sku", unique: true);
        LinesTable(migrationBuilder, "SkuCostLines", "SkuCostId", "SkuCosts");

        migrationBuilder.CreateTable(
            name: "SkuPackagingLines",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                SkuCostId = table.Column<int>(type: "INTEGER", nullable: false),
                PackagingCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Quantity = table.Column<decimal>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SkuPackagingLines", x => x.Id);
                table.ForeignKey("FK_SkuPackagingLines_SkuCosts_SkuCostId", x => x.SkuCostId, "SkuCosts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_SkuPackagingLines_SkuCostId", table: "SkuPackagingLines", column: "SkuCostId");
    }

    private static void CodeNameTable(MigrationBuilder migrationBuilder, string name)
    {
        migrationBuilder.CreateTable(
            name: name,
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey($"PK_{name}", x => x.Id));
        migrationBuilder.CreateIndex(name: $"IX_{name}_Code", table: name, column: "Code", unique: true);
    }

    // Kit lines and SKU content lines share a shape: (owner, position, item kind + code, quantity, waste).
    private static void LinesTable(MigrationBuilder migrationBuilder, string name, string ownerColumn, string ownerTable)
    {
        migrationBuilder.CreateTable(
            name: name,
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Owner = table.Column<int>(name: ownerColumn, type: "INTEGER", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                ItemKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Quantity = table.Column<decimal>(type: "TEXT", nullable: false),
                WasteRate = table.Column<decimal>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey($"PK_{name}", x => x.Id);
                table.ForeignKey($"FK_{name}_{ownerTable}_{ownerColumn}", x => x.Owner, ownerTable, "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: $"IX_{name}_{ownerColumn}", table: name, column: ownerColumn);
    }

    private static void PostageTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PostageFormats",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                MaxLengthCm = table.Column<decimal>(type: "TEXT", nullable: false),
                MaxWidthCm = table.Column<decimal>(type: "TEXT", nullable: false),
                MaxDepthCm = table.Column<decimal>(type: "TEXT", nullable: false),
                MaxWeightGrams = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PostageFormats", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_PostageFormats_Name", table: "PostageFormats", column: "Name", unique: true);

        migrationBuilder.CreateTable(
            name: "PostageRates",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Service = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                FormatId = table.Column<int>(type: "INTEGER", nullable: false),
                MaxWeightGrams = table.Column<int>(type: "INTEGER", nullable: false),
                EffectiveFromUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                PricePence = table.Column<long>(type: "INTEGER", nullable: false),
                VatRate = table.Column<decimal>(type: "TEXT", nullable: false),
                IsExample = table.Column<bool>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PostageRates", x => x.Id);
                table.ForeignKey("FK_PostageRates_PostageFormats_FormatId", x => x.FormatId, "PostageFormats", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_PostageRates_FormatId", table: "PostageRates", column: "FormatId");
        migrationBuilder.CreateIndex(
            name: "IX_PostageRates_Service_FormatId_MaxWeightGrams_EffectiveFromUtc", table: "PostageRates",
            columns: ["Service", "FormatId", "MaxWeightGrams", "EffectiveFromUtc"], unique: true);
    }

    private static void SettingsTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "FeeSchedules",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                EffectiveFromUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                ReferralRate = table.Column<decimal>(type: "TEXT", nullable: false),
                MinimumReferralFeePence = table.Column<long>(type: "INTEGER", nullable: false),
                DigitalServicesFeeRate = table.Column<decimal>(type: "TEXT", nullable: false),
                FeeVatRate = table.Column<decimal>(type: "TEXT", nullable: false),
                MonthlyPlanFeePence = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FeeSchedules", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_FeeSchedules_Category_EffectiveFromUtc", table: "FeeSchedules", columns: ["Category", "EffectiveFromUtc"], unique: true);

        migrationBuilder.CreateTable(
            name: "LabourRates",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                EffectiveFromUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                PencePerHour = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_LabourRates", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_LabourRates_EffectiveFromUtc", table: "LabourRates", column: "EffectiveFromUtc", unique: true);

        migrationBuilder.CreateTable(
            name: "CostingSettings",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false),
                VatScheme = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                FlatRate = table.Column<decimal>(type: "TEXT", nullable: false),
                TargetMargin = table.Column<decimal>(type: "TEXT", nullable: false),
                ExpectedMonthlyUnits = table.Column<int>(type: "INTEGER", nullable: true),
                FeeCategory = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                ShippingChargePence = table.Column<long>(type: "INTEGER", nullable: false),
                UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CostingSettings", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "SkuPackagingLines", "SkuCostLines", "SkuCosts", "CostingSettings", "LabourRates", "FeeSchedules", "PostageRates",
            "PostageFormats", "PackagingCosts", "PackagingItems", "KitLines", "CostKits", "ComponentCosts", "CostComponents",
        })
        {
            migrationBuilder.DropTable(name: table);
        }
    }
}
