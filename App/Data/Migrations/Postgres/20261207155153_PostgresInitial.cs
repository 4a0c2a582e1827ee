using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SellerConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PostgresInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Occurrences = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DedupKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AcknowledgedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastUsedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TimeUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RemoteIp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AutomationRules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    WebhookSecretProtected = table.Column<string>(type: "text", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnabledSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastFiredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastFiredSummary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutomationRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Asin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SellerId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DetectedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DedupKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    UndercutMinPence = table.Column<long>(type: "bigint", nullable: false),
                    RankJumpPercent = table.Column<int>(type: "integer", nullable: false),
                    RankJumpMaxRank = table.Column<int>(type: "integer", nullable: false),
                    AlertOnNewSeller = table.Column<bool>(type: "boolean", nullable: false),
                    AlertOnBuyBoxWon = table.Column<bool>(type: "boolean", nullable: false),
                    AlertOnOutOfStock = table.Column<bool>(type: "boolean", nullable: false),
                    AlertOnRankJump = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CostComponents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Supplier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SupplierCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PackSize = table.Column<decimal>(type: "numeric", nullable: false),
                    VatRate = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostComponents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CostImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowsWritten = table.Column<int>(type: "integer", nullable: false),
                    CodesJson = table.Column<string>(type: "text", nullable: false),
                    BeforeJson = table.Column<string>(type: "text", nullable: false),
                    AfterJson = table.Column<string>(type: "text", nullable: false),
                    UndoneUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UndoneBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CostingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    VatScheme = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FlatRate = table.Column<decimal>(type: "numeric", nullable: false),
                    TargetMargin = table.Column<decimal>(type: "numeric", nullable: false),
                    ExpectedMonthlyUnits = table.Column<int>(type: "integer", nullable: true),
                    FeeCategory = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ShippingChargePence = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CostKits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostKits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EndedSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ForgetAfterUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EndedSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeeSchedules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EffectiveFromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReferralRate = table.Column<decimal>(type: "numeric", nullable: false),
                    MinimumReferralFeePence = table.Column<long>(type: "bigint", nullable: false),
                    DigitalServicesFeeRate = table.Column<decimal>(type: "numeric", nullable: false),
                    FeeVatRate = table.Column<decimal>(type: "numeric", nullable: false),
                    MonthlyPlanFeePence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeSchedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HistoryBlocks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Asin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Series = table.Column<int>(type: "integer", nullable: false),
                    FirstUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PointCount = table.Column<int>(type: "integer", nullable: false),
                    LatestValue = table.Column<long>(type: "bigint", nullable: true),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HistoryBlocks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JobName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ItemsProcessed = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KeepaAsinStates",
                columns: table => new
                {
                    Asin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RefreshedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OffersRefreshedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompetitorChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeepaAsinStates", x => x.Asin);
                });

            migrationBuilder.CreateTable(
                name: "LabourRates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EffectiveFromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PencePerHour = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabourRates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Listings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Asin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Brand = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProductType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Condition = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    FulfillmentChannel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    IsBuyable = table.Column<bool>(type: "boolean", nullable: false),
                    IsDiscoverable = table.Column<bool>(type: "boolean", nullable: false),
                    PricePence = table.Column<long>(type: "bigint", nullable: true),
                    MinimumPricePence = table.Column<long>(type: "bigint", nullable: true),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    MainImageUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MainImageWidth = table.Column<int>(type: "integer", nullable: true),
                    MainImageHeight = table.Column<int>(type: "integer", nullable: true),
                    ImageCount = table.Column<int>(type: "integer", nullable: false),
                    Bullets = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    SearchTerms = table.Column<string>(type: "text", nullable: true),
                    OpenedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MarketplaceUpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DetailsSyncedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OfferCount = table.Column<int>(type: "integer", nullable: true),
                    BuyBoxPricePence = table.Column<long>(type: "bigint", nullable: true),
                    BuyBoxSellerId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    BuyBoxIsOurs = table.Column<bool>(type: "boolean", nullable: true),
                    LowestFbmLandedPence = table.Column<long>(type: "bigint", nullable: true),
                    LowestFbaLandedPence = table.Column<long>(type: "bigint", nullable: true),
                    SalesRank = table.Column<int>(type: "integer", nullable: true),
                    OffersSyncedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EstimatedFeesPence = table.Column<long>(type: "bigint", nullable: true),
                    FeesEstimatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Category = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RatingTenths = table.Column<int>(type: "integer", nullable: true),
                    ReviewCount = table.Column<int>(type: "integer", nullable: true),
                    HasAPlusContent = table.Column<bool>(type: "boolean", nullable: true),
                    SocialProofUpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Listings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ListingScoreHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ScoreTenths = table.Column<int>(type: "integer", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListingScoreHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ListingScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ScoreTenths = table.Column<int>(type: "integer", nullable: false),
                    WorstSeverity = table.Column<int>(type: "integer", nullable: false),
                    FindingCount = table.Column<int>(type: "integer", nullable: false),
                    RuleIds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CardJson = table.Column<string>(type: "text", nullable: false),
                    ScoredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListingScores", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AmazonOrderId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PurchasedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastUpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FulfillmentChannel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    TotalPence = table.Column<long>(type: "bigint", nullable: false),
                    ShipPostcodeArea = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OwnerMails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    DedupKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentTo = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SendingInstance = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnerMails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Owners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SecurityStamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastSignInUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Owners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PackagingItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    VatRate = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PackagingItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostageFormats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MaxLengthCm = table.Column<decimal>(type: "numeric", nullable: false),
                    MaxWidthCm = table.Column<decimal>(type: "numeric", nullable: false),
                    MaxDepthCm = table.Column<decimal>(type: "numeric", nullable: false),
                    MaxWeightGrams = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostageFormats", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PriceDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StrategyName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    CurrentPence = table.Column<long>(type: "bigint", nullable: false),
                    FinalPence = table.Column<long>(type: "bigint", nullable: false),
                    BindingGuard = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    HeldBuyBox = table.Column<bool>(type: "boolean", nullable: false),
                    Sentence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    PushId = table.Column<long>(type: "bigint", nullable: true),
                    ReviewedBy = table.Column<string>(type: "text", nullable: true),
                    ReviewedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PricePushes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DecisionId = table.Column<long>(type: "bigint", nullable: true),
                    TargetPence = table.Column<long>(type: "bigint", nullable: false),
                    PreviousPence = table.Column<long>(type: "bigint", nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Actor = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Accepted = table.Column<int>(type: "integer", nullable: false),
                    Failures = table.Column<int>(type: "integer", nullable: false),
                    QueuedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VerifyDueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VerifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmSeconds = table.Column<int>(type: "integer", nullable: true),
                    SubmissionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PricePushes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PricingStrategies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PricingStrategies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RepricerState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Paused = table.Column<bool>(type: "boolean", nullable: false),
                    PausedBy = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    PausedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PauseReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DailyChangeBudget = table.Column<int>(type: "integer", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepricerState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoringPeers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Category = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClassificationId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Asin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SalesRank = table.Column<int>(type: "integer", nullable: false),
                    ContentJson = table.Column<string>(type: "text", nullable: false),
                    FetchedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RatingTenths = table.Column<int>(type: "integer", nullable: true),
                    ReviewCount = table.Column<int>(type: "integer", nullable: true),
                    SocialProofUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringPeers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoringSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Json = table.Column<string>(type: "text", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    IsSecret = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "SkuCosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LabourMinutes = table.Column<decimal>(type: "numeric", nullable: false),
                    WeightGrams = table.Column<int>(type: "integer", nullable: false),
                    LengthCm = table.Column<decimal>(type: "numeric", nullable: false),
                    WidthCm = table.Column<decimal>(type: "numeric", nullable: false),
                    DepthCm = table.Column<decimal>(type: "numeric", nullable: false),
                    PostageService = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkuCosts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SkuPricing",
                columns: table => new
                {
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StrategyId = table.Column<long>(type: "bigint", nullable: true),
                    Mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ManualFloorPence = table.Column<long>(type: "bigint", nullable: true),
                    ManualCeilingPence = table.Column<long>(type: "bigint", nullable: true),
                    LastChangeUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ChangesDay = table.Column<DateOnly>(type: "date", nullable: true),
                    ChangesToday = table.Column<int>(type: "integer", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastUnsuppressedPricePence = table.Column<long>(type: "bigint", nullable: true),
                    LastCompetitorPrices = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkuPricing", x => x.Sku);
                });

            migrationBuilder.CreateTable(
                name: "SyncStates",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LastAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastSuccessUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Cursor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncStates", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ValidatedProductTypes",
                columns: table => new
                {
                    ProductType = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ValidatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ValidatedProductTypes", x => x.ProductType);
                });

            migrationBuilder.CreateTable(
                name: "AutomationFirings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RuleId = table.Column<long>(type: "bigint", nullable: false),
                    FiredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Signal = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Skus = table.Column<string>(type: "text", nullable: false),
                    SkuCount = table.Column<int>(type: "integer", nullable: false),
                    Explanation = table.Column<string>(type: "text", nullable: false),
                    Outcome = table.Column<string>(type: "text", nullable: false),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutomationFirings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AutomationFirings_AutomationRules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "AutomationRules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComponentCosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ComponentId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PackCostPence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComponentCosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComponentCosts_CostComponents_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "CostComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KitLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KitId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ItemKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric", nullable: false),
                    WasteRate = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KitLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KitLines_CostKits_KitId",
                        column: x => x.KitId,
                        principalTable: "CostKits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetingOffers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ListingId = table.Column<int>(type: "integer", nullable: false),
                    SellerId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsOurs = table.Column<bool>(type: "boolean", nullable: false),
                    IsBuyBoxWinner = table.Column<bool>(type: "boolean", nullable: false),
                    IsFba = table.Column<bool>(type: "boolean", nullable: false),
                    IsPrime = table.Column<bool>(type: "boolean", nullable: false),
                    IsFeaturedMerchant = table.Column<bool>(type: "boolean", nullable: false),
                    ListingPricePence = table.Column<long>(type: "bigint", nullable: false),
                    ShippingPence = table.Column<long>(type: "bigint", nullable: false),
                    LandedPence = table.Column<long>(type: "bigint", nullable: false),
                    FeedbackPercent = table.Column<double>(type: "double precision", nullable: true),
                    FeedbackCount = table.Column<int>(type: "integer", nullable: true),
                    ShippingMinHours = table.Column<int>(type: "integer", nullable: true),
                    ShippingMaxHours = table.Column<int>(type: "integer", nullable: true),
                    ShipsFrom = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    ObservedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetingOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetingOffers_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ListingIssues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ListingId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Enforcements = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AttributeNames = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListingIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListingIssues_Listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "Listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Asin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    ItemPricePence = table.Column<long>(type: "bigint", nullable: false),
                    ShippingPricePence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderLines_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OwnerMailAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MailId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContentId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnerMailAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnerMailAttachments_OwnerMails_MailId",
                        column: x => x.MailId,
                        principalTable: "OwnerMails",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PackagingCosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PackagingId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CostPence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PackagingCosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PackagingCosts_PackagingItems_PackagingId",
                        column: x => x.PackagingId,
                        principalTable: "PackagingItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostageRates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Service = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FormatId = table.Column<int>(type: "integer", nullable: false),
                    MaxWeightGrams = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PricePence = table.Column<long>(type: "bigint", nullable: false),
                    VatRate = table.Column<decimal>(type: "numeric", nullable: false),
                    IsExample = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostageRates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostageRates_PostageFormats_FormatId",
                        column: x => x.FormatId,
                        principalTable: "PostageFormats",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SkuCostLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SkuCostId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ItemKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric", nullable: false),
                    WasteRate = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkuCostLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkuCostLines_SkuCosts_SkuCostId",
                        column: x => x.SkuCostId,
                        principalTable: "SkuCosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SkuPackagingLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SkuCostId = table.Column<int>(type: "integer", nullable: false),
                    PackagingCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkuPackagingLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkuPackagingLines_SkuCosts_SkuCostId",
                        column: x => x.SkuCostId,
                        principalTable: "SkuCosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_AcknowledgedUtc_CreatedUtc",
                table: "Alerts",
                columns: new[] { "AcknowledgedUtc", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_DedupKey",
                table: "Alerts",
                column: "DedupKey");

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_Hash",
                table: "ApiTokens",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_TimeUtc",
                table: "AuditEntries",
                columns: new[] { "Action", "TimeUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TimeUtc",
                table: "AuditEntries",
                column: "TimeUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AutomationFirings_RuleId_FiredUtc",
                table: "AutomationFirings",
                columns: new[] { "RuleId", "FiredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AutomationRules_Name",
                table: "AutomationRules",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompetingOffers_ListingId_LandedPence",
                table: "CompetingOffers",
                columns: new[] { "ListingId", "LandedPence" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionChanges_Asin",
                table: "CompetitionChanges",
                column: "Asin");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionChanges_DedupKey",
                table: "CompetitionChanges",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionChanges_DetectedUtc",
                table: "CompetitionChanges",
                column: "DetectedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ComponentCosts_ComponentId_EffectiveFromUtc",
                table: "ComponentCosts",
                columns: new[] { "ComponentId", "EffectiveFromUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostComponents_Code",
                table: "CostComponents",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostImports_ImportedUtc",
                table: "CostImports",
                column: "ImportedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CostImports_ImportId",
                table: "CostImports",
                column: "ImportId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostKits_Code",
                table: "CostKits",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EndedSessions_ForgetAfterUtc",
                table: "EndedSessions",
                column: "ForgetAfterUtc");

            migrationBuilder.CreateIndex(
                name: "IX_FeeSchedules_Category_EffectiveFromUtc",
                table: "FeeSchedules",
                columns: new[] { "Category", "EffectiveFromUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HistoryBlocks_Asin_Series",
                table: "HistoryBlocks",
                columns: new[] { "Asin", "Series" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobName_StartedUtc",
                table: "JobRuns",
                columns: new[] { "JobName", "StartedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_KitLines_KitId",
                table: "KitLines",
                column: "KitId");

            migrationBuilder.CreateIndex(
                name: "IX_LabourRates_EffectiveFromUtc",
                table: "LabourRates",
                column: "EffectiveFromUtc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ListingIssues_ListingId",
                table: "ListingIssues",
                column: "ListingId");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_Asin",
                table: "Listings",
                column: "Asin");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_PricePence",
                table: "Listings",
                column: "PricePence");

            migrationBuilder.CreateIndex(
                name: "IX_Listings_Sku",
                table: "Listings",
                column: "Sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Listings_Title",
                table: "Listings",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_ListingScoreHistory_Sku_AtUtc",
                table: "ListingScoreHistory",
                columns: new[] { "Sku", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ListingScores_ScoreTenths",
                table: "ListingScores",
                column: "ScoreTenths");

            migrationBuilder.CreateIndex(
                name: "IX_ListingScores_Sku",
                table: "ListingScores",
                column: "Sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_OrderId",
                table: "OrderLines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_Sku",
                table: "OrderLines",
                column: "Sku");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_AmazonOrderId",
                table: "Orders",
                column: "AmazonOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_LastUpdatedUtc",
                table: "Orders",
                column: "LastUpdatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_PurchasedUtc",
                table: "Orders",
                column: "PurchasedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OwnerMailAttachments_MailId",
                table: "OwnerMailAttachments",
                column: "MailId");

            migrationBuilder.CreateIndex(
                name: "IX_OwnerMails_DedupKey",
                table: "OwnerMails",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OwnerMails_Kind_CreatedUtc",
                table: "OwnerMails",
                columns: new[] { "Kind", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OwnerMails_Status_NextAttemptUtc",
                table: "OwnerMails",
                columns: new[] { "Status", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Owners_Email",
                table: "Owners",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PackagingCosts_PackagingId_EffectiveFromUtc",
                table: "PackagingCosts",
                columns: new[] { "PackagingId", "EffectiveFromUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PackagingItems_Code",
                table: "PackagingItems",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostageFormats_Name",
                table: "PostageFormats",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostageRates_FormatId",
                table: "PostageRates",
                column: "FormatId");

            migrationBuilder.CreateIndex(
                name: "IX_PostageRates_Service_FormatId_MaxWeightGrams_EffectiveFromU~",
                table: "PostageRates",
                columns: new[] { "Service", "FormatId", "MaxWeightGrams", "EffectiveFromUtc" },
                unique: true);

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
                name: "IX_ScoringPeers_Category_Position",
                table: "ScoringPeers",
                columns: new[] { "Category", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkuCostLines_SkuCostId",
                table: "SkuCostLines",
                column: "SkuCostId");

            migrationBuilder.CreateIndex(
                name: "IX_SkuCosts_Sku",
                table: "SkuCosts",
                column: "Sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkuPackagingLines_SkuCostId",
                table: "SkuPackagingLines",
                column: "SkuCostId");

            migrationBuilder.CreateIndex(
                name: "IX_SkuPricing_StrategyId",
                table: "SkuPricing",
                column: "StrategyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "ApiTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "AutomationFirings");

            migrationBuilder.DropTable(
                name: "CompetingOffers");

            migrationBuilder.DropTable(
                name: "CompetitionChanges");

            migrationBuilder.DropTable(
                name: "CompetitionSettings");

            migrationBuilder.DropTable(
                name: "ComponentCosts");

            migrationBuilder.DropTable(
                name: "CostImports");

            migrationBuilder.DropTable(
                name: "CostingSettings");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EndedSessions");

            migrationBuilder.DropTable(
                name: "FeeSchedules");

            migrationBuilder.DropTable(
                name: "HistoryBlocks");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "KeepaAsinStates");

            migrationBuilder.DropTable(
                name: "KitLines");

            migrationBuilder.DropTable(
                name: "LabourRates");

            migrationBuilder.DropTable(
                name: "ListingIssues");

            migrationBuilder.DropTable(
                name: "ListingScoreHistory");

            migrationBuilder.DropTable(
                name: "ListingScores");

            migrationBuilder.DropTable(
                name: "OrderLines");

            migrationBuilder.DropTable(
                name: "OwnerMailAttachments");

            migrationBuilder.DropTable(
                name: "Owners");

            migrationBuilder.DropTable(
                name: "PackagingCosts");

            migrationBuilder.DropTable(
                name: "PostageRates");

            migrationBuilder.DropTable(
                name: "PriceDecisions");

            migrationBuilder.DropTable(
                name: "PricePushes");

            migrationBuilder.DropTable(
                name: "PricingStrategies");

            migrationBuilder.DropTable(
                name: "RepricerState");

            migrationBuilder.DropTable(
                name: "ScoringPeers");

            migrationBuilder.DropTable(
                name: "ScoringSettings");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "SkuCostLines");

            migrationBuilder.DropTable(
                name: "SkuPackagingLines");

            migrationBuilder.DropTable(
                name: "SkuPricing");

            migrationBuilder.DropTable(
                name: "SyncStates");

            migrationBuilder.DropTable(
                name: "ValidatedProductTypes");

            migrationBuilder.DropTable(
                name: "AutomationRules");

            migrationBuilder.DropTable(
                name: "CostComponents");

            migrationBuilder.DropTable(
                name: "CostKits");

            migrationBuilder.DropTable(
                name: "Listings");

            migrationBuilder.DropTable(
                name: "Orders");

            migrationBuilder.DropTable(
                name: "OwnerMails");

            migrationBuilder.DropTable(
                name: "PackagingItems");

            migrationBuilder.DropTable(
                name: "PostageFormats");

            migrationBuilder.DropTable(
                name: "SkuCosts");
        }
    }
}
