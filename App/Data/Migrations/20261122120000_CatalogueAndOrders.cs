using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SellerConsole.Data.Migrations;

/// <summary>Listings with their issues and competing offers, orders with lines, and sync state.</summary>
[DbContext(typeof(SellerDb))]
[Migration("20261122120000_CatalogueAndOrders")]
public sealed class CatalogueAndOrders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Listings",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Asin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                Brand = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                ProductType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                Condition = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                FulfillmentChannel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                IsBuyable = table.Column<bool>(type: "INTEGER", nullable: false),
                IsDiscoverable = table.Column<bool>(type: "INTEGER", nullable: false),
                PricePence = table.Column<long>(type: "INTEGER", nullable: true),
                MinimumPricePence = table.Column<long>(type: "INTEGER", nullable: true),
                Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                MainImageUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                MainImageWidth = table.Column<int>(type: "INTEGER", nullable: true),
                MainImageHeight = table.Column<int>(type: "INTEGER", nullable: true),
                ImageCount = table.Column<int>(type: "INTEGER", nullable: false),
                Bullets = table.Column<string>(type: "TEXT", nullable: true),
                Description = table.Column<string>(type: "TEXT", nullable: true),
                SearchTerms = table.Column<string>(type: "TEXT", nullable: true),
                OpenedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                MarketplaceUpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                DetailsSyncedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                OfferCount = table.Column<int>(type: "INTEGER", nullable: true),
                BuyBoxPricePence = table.Column<long>(type: "INTEGER", nullable: true),
                BuyBoxSellerId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                BuyBoxIsOurs = table.Column<bool>(type: "INTEGER", nullable: true),
                LowestFbmLandedPence = table.Column<long>(type: "INTEGER", nullable: true),
                LowestFbaLandedPence = table.Column<long>(type: "INTEGER", nullable: true),
                SalesRank = table.Column<int>(type: "INTEGER", nullable: true),
                OffersSyncedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                EstimatedFeesPence = table.Column<long>(type: "INTEGER", nullable: true),
                FeesEstimatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Listings", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Listings_Sku", table: "Listings", column: "Sku", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Listings_Asin", table: "Listings", column: "Asin");
        migrationBuilder.CreateIndex(name: "IX_Listings_Title", table: "Listings", column: "Title");
        migrationBuilder.CreateIndex(name: "IX_Listings_PricePence", table: "Listings", column: "PricePence");

        migrationBuilder.CreateTable(
            name: "ListingIssues",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ListingId = table.Column<int>(type: "INTEGER", nullable: false),
                Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Enforcements = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                AttributeNames = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ListingIssues", x => x.Id);
                table.ForeignKey("FK_ListingIssues_Listings_ListingId", x => x.ListingId, "Listings", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ListingIssues_ListingId", table: "ListingIssues", column: "ListingId");

        migrationBuilder.CreateTable(
            name: "CompetingOffers",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ListingId = table.Column<int>(type: "INTEGER", nullable: false),
                SellerId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                IsOurs = table.Column<bool>(type: "INTEGER", nullable: false),
                IsBuyBoxWinner = table.Column<bool>(type: "INTEGER", nullable: false),
                IsFba = table.Column<bool>(type: "INTEGER", nullable: false),
                IsPrime = table.Column<bool>(type: "INTEGER", nullable: false),
                IsFeaturedMerchant = table.Column<bool>(type: "INTEGER", nullable: false),
                ListingPricePence = table.Column<long>(type: "INTEGER", nullable: false),
                ShippingPence = table.Column<long>(type: "INTEGER", nullable: false),
                LandedPence = table.Column<long>(type: "INTEGER", nullable: false),
                FeedbackPercent = table.Column<double>(type: "REAL", nullable: true),
                FeedbackCount = table.Column<int>(type: "INTEGER", nullable: true),
                ShippingMinHours = table.Column<int>(type: "INTEGER", nullable: true),
                ShippingMaxHours = table.Column<int>(type: "INTEGER", nullable: true),
                ShipsFrom = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                ObservedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CompetingOffers", x => x.Id);
                table.ForeignKey("FK_CompetingOffers_Listings_ListingId", x => x.ListingId, "Listings", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_CompetingOffers_ListingId_LandedPence", table: "CompetingOffers", columns: ["ListingId", "LandedPence"]);

        migrationBuilder.CreateTable(
            name: "Orders",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                AmazonOrderId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                PurchasedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                LastUpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                FulfillmentChannel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                TotalPence = table.Column<long>(type: "INTEGER", nullable: false),
                ShipPostcodeArea = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Orders", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Orders_AmazonOrderId", table: "Orders", column: "AmazonOrderId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Orders_PurchasedUtc", table: "Orders", column: "PurchasedUtc");
        migrationBuilder.CreateIndex(name: "IX_Orders_LastUpdatedUtc", table: "Orders", column: "LastUpdatedUtc");

        migrationBuilder.CreateTable(
            name: "OrderLines",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Asin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                ItemPricePence = table.Column<long>(type: "INTEGER", nullable: false),
                ShippingPricePence = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderLines", x => x.Id);
                table.ForeignKey("FK_OrderLines_Orders_OrderId", x => x.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_OrderLines_OrderId", table: "OrderLines", column: "OrderId");
        migrationBuilder.CreateIndex(name: "IX_OrderLines_Sku", table: "OrderLines", column: "Sku");

        migrationBuilder.CreateTable(
            name: "SyncStates",
            columns: table => new
            {
                Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                LastAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                LastSuccessUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Cursor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_SyncStates", x => x.Name));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "SyncStates", "OrderLines", "Orders", "CompetingOffers", "ListingIssues", "Listings" })
        {
            migrationBuilder.DropTable(name: table);
        }
    }
}
