using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using SellerConsole.Costing;
using SellerConsole.Costing.Data;
using SellerConsole.Costing.Import;
using SellerConsole.Data;
using SellerConsole.Live;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Tests.Costing.Data;

/// <summary>
/// A migrated SQLite file in a temp folder with the real store and importer over it (no web host):
/// fast enough to give every test its own database.
/// </summary>
internal sealed class CostingTestDb : IAsyncDisposable
{
    private readonly string _folder;

    private CostingTestDb(string folder, IDbContextFactory<SellerDb> dbs)
    {
        _folder = folder;
        Dbs = dbs;
        Feed = new LiveFeed(NullLogger<LiveFeed>.Instance);
        Store = NewStore();
        Importer = new CostingImporter(dbs, Store, new ImportResults(), NullLogger<CostingImporter>.Instance);
    }

    public static readonly DateTime Now = new(2025, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    public IDbContextFactory<SellerDb> Dbs { get; }

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(Now));

    public LiveFeed Feed { get; }

    public CostingStore Store { get; }

    public CostingImporter Importer { get; }

    public const string Actor = "owner:test@example.com";

    public static async Task<CostingTestDb> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("sellerconsole-costing-").FullName;
        var options = new DbContextOptionsBuilder<SellerDb>()
            .UseSqlite($"Data Source={Path.Combine(folder, "seller.db")}")
            .Options;
        // Inside TestDatabase.OnPostgresAsync the same store runs on a PostgreSQL database instead.
        var dbs = await SellerConsole.Tests.Support.TestDatabase.NewPostgresDbsOrNullAsync() ?? new PooledDbContextFactory<SellerDb>(options);
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }
        var test = new CostingTestDb(folder, dbs);
        await test.Store.SnapshotAsync(default); // seeds the defaults, so row counts taken next include them
        return test;
    }

    /// <summary>A second store over the same file: proves a value came back from the database, not a cache.</summary>
    public CostingStore NewStore() =>
        new(Dbs, Feed, new AuditLog(Dbs, Clock), Clock, NullLogger<CostingStore>.Instance);

    public async Task<IReadOnlyDictionary<string, int>> CountsAsync()
    {
        await using var db = await Dbs.CreateDbContextAsync();
        return new Dictionary<string, int>
        {
            ["components"] = await db.CostComponents.CountAsync(),
            ["componentCosts"] = await db.ComponentCosts.CountAsync(),
            ["kits"] = await db.CostKits.CountAsync(),
            ["kitLines"] = await db.KitLines.CountAsync(),
            ["postageRates"] = await db.PostageRates.CountAsync(),
            ["skus"] = await db.SkuCosts.CountAsync(),
        };
    }

    public async Task SaveAsync(params object[] items)
    {
        foreach (var item in items)
        {
            var result = item switch
            {
                Component c => await Store.SaveComponentAsync(c, Actor, default),
                Kit k => await Store.SaveKitAsync(k, Actor, default),
                PackagingItem p => await Store.SavePackagingAsync(p, Actor, default),
                SkuCostDefinition s => await Store.SaveSkuCostAsync(s, Actor, default),
                _ => throw new ArgumentException($"Cannot save {item.GetType().Name}"),
            };
            Assert.True(result.Succeeded, result.Error);
        }
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>Master data for store tests; dates default to 2025-01-01.</summary>
internal static class Stock
{
    public static readonly DateTime From = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static Component Part(string code, decimal packCost, decimal packSize = 100m, params DatedPrice[] later) =>
        new(code, $"Part {code}", "Acme Fixings", $"AF-{code}", packSize, [new DatedPrice(From, packCost), .. later], 0.20m);

    public static Kit Kit(string code, params BomLine[] lines) => new(code, $"Kit {code}", lines);

    public static BomLine Of(string component, decimal quantity, decimal waste = 0m) => new(BomRef.Component(component), quantity, waste);

    public static BomLine OfKit(string kit, decimal quantity) => new(BomRef.Kit(kit), quantity);

    public static SkuCostDefinition Sku(string sku, params BomLine[] contents) =>
        new(sku, contents, [], 2m, new PackedParcel(400, new Dimensions(30m, 20m, 2m)));
}
