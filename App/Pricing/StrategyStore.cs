using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;

namespace SellerConsole.Pricing;

/// <summary>The strategies by id, and the default one every SKU without its own follows.</summary>
public sealed record StrategyCatalogue(IReadOnlyDictionary<long, RepricingStrategy> ById, long DefaultId)
{
    public RepricingStrategy For(long? id) => id is { } own && ById.TryGetValue(own, out var strategy) ? strategy : ById[DefaultId];
}

/// <summary>
/// Stored strategies. A console always has one default: "Buy box, beat by 1p" (break-even floor,
/// ceiling at twice the floor, the engine's default guards), created on first use.
/// </summary>
public sealed class StrategyStore(IDbContextFactory<SellerDb> dbs, TimeProvider clock)
{
    public const string DefaultName = "Buy box, beat by 1p";

    public static RepricingStrategy Default => new(DefaultName, StrategyKind.FeaturedOffer);

    public async Task<StrategyCatalogue> AllAsync(CancellationToken ct)
    {
        var rows = await ListAsync(ct);
        return new StrategyCatalogue(rows.ToDictionary(r => r.Id, r => PricingJson.Read<RepricingStrategy>(r.Json)), rows.Single(r => r.IsDefault).Id);
    }

    public async Task<IReadOnlyList<StoredStrategy>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.PricingStrategies.AnyAsync(ct))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.PricingStrategies.Add(new StoredStrategy { Name = DefaultName, Json = PricingJson.Write(Default), IsDefault = true, CreatedUtc = now, UpdatedUtc = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another caller created it first (unique name): read theirs.
                db.ChangeTracker.Clear();
            }
        }
        return await db.PricingStrategies.AsNoTracking().OrderByDescending(s => s.IsDefault).ThenBy(s => s.Name).ToListAsync(ct);
    }

    /// <summary>Creates or updates a strategy (by id; 0 creates). Names are unique.</summary>
    public async Task<StoredStrategy> SaveAsync(long id, RepricingStrategy strategy, bool makeDefault, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(strategy.Name);
        await ListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = id == 0 ? null : await db.PricingStrategies.FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new KeyNotFoundException($"No strategy {id}");
        if (await db.PricingStrategies.AnyAsync(s => s.Name == strategy.Name && s.Id != id, ct))
        {
            throw new ArgumentException($"A strategy named '{strategy.Name}' already exists", nameof(strategy));
        }
        if (row is null)
        {
            row = new StoredStrategy { Name = strategy.Name, Json = "", CreatedUtc = now };
            db.PricingStrategies.Add(row);
        }
        row.Name = strategy.Name;
        row.Json = PricingJson.Write(strategy);
        row.UpdatedUtc = now;
        if (makeDefault)
        {
            await db.PricingStrategies.Where(s => s.IsDefault && s.Id != id).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsDefault, false), ct);
            row.IsDefault = true;
        }
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Deletes a strategy that is not the default; its SKUs go back to the default.</summary>
    public async Task DeleteAsync(long id, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.PricingStrategies.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new KeyNotFoundException($"No strategy {id}");
        if (row.IsDefault) throw new InvalidOperationException("The default strategy cannot be deleted: make another one the default first.");
        await db.SkuPricing.Where(s => s.StrategyId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.StrategyId, (long?)null), ct);
        db.PricingStrategies.Remove(row);
        await db.SaveChangesAsync(ct);
    }
}
