using Microsoft.EntityFrameworkCore;
using SellerConsole.Data;
using SellerConsole.Pricing.Data;
using SellerConsole.Pricing.Engine;
using SellerConsole.Security;
using SellerConsole.Shared;

namespace SellerConsole.Pricing;

/// <summary>A SKU's own repricing settings (null fields: the strategy's or the global setting applies).</summary>
public sealed record SkuPricingRequest(long? StrategyId, RepricingMode? Mode, decimal? ManualFloor, decimal? ManualCeiling);

/// <summary>Which of a SKU's repricing settings a bulk change sets; the others are left as each SKU has them.</summary>
[Flags]
public enum AssignFields
{
    None = 0,
    Strategy = 1,
    Mode = 2,
    Floor = 4,
    Ceiling = 8,
    All = Strategy | Mode | Floor | Ceiling,
}

/// <summary>Which strategy, mode and manual limits each SKU has; one SKU at a time or in bulk (by SKUs or category). Audited.</summary>
public sealed class PricingAssignments(IDbContextFactory<SellerDb> dbs, StrategyStore strategies, AuditLog audit, TimeProvider clock)
{
    public static Dictionary<string, string[]> Problems(SkuPricingRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.ManualFloor is { } f && (f <= 0 || f > 100_000)) errors["manualFloor"] = ["A manual floor is above £0 and at most £100,000."];
        if (r.ManualCeiling is { } c && (c <= 0 || c > 100_000)) errors["manualCeiling"] = ["A manual ceiling is above £0 and at most £100,000."];
        if (r.ManualFloor is { } lo && r.ManualCeiling is { } hi && hi < lo) errors["manualCeiling"] = ["The ceiling is below the floor."];
        if (r.Mode is { } m && !Enum.IsDefined(m)) errors["mode"] = ["Mode is Off, Suggest or Auto."];
        return errors;
    }

    public const string GlobalMode = "Global";

    /// <param name="modeBeforeRulePause">Only a rule's pause sets it (the mode to resume to); every other change of mode clears it.</param>
    /// <param name="fields">Which settings to set (all by default); each SKU keeps its own value of the others.</param>
    public async Task<int> ApplyAsync(IReadOnlyCollection<string> skus, SkuPricingRequest request, string actor, CancellationToken ct, string? modeBeforeRulePause = null,
        AssignFields fields = AssignFields.All)
    {
        if (Problems(request) is { Count: > 0 } problems) throw new ArgumentException(string.Join(" ", problems.Values.SelectMany(v => v)));
        if (fields == AssignFields.None) throw new ArgumentException("Choose at least one setting to change.");
        if (fields.HasFlag(AssignFields.Strategy) && request.StrategyId is { } id && !(await strategies.ListAsync(ct)).Any(s => s.Id == id)) throw new KeyNotFoundException($"No strategy {id}");
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var known = await db.Listings.Where(l => skus.Contains(l.Sku)).Select(l => l.Sku).ToListAsync(ct);
        var rows = await db.SkuPricing.Where(s => known.Contains(s.Sku)).ToDictionaryAsync(s => s.Sku, ct);
        foreach (var sku in known)
        {
            if (!rows.TryGetValue(sku, out var row)) db.SkuPricing.Add(row = new SkuPricing { Sku = sku });
            if (fields.HasFlag(AssignFields.Strategy)) row.StrategyId = request.StrategyId;
            if (fields.HasFlag(AssignFields.Mode))
            {
                row.Mode = request.Mode;
                row.ModeBeforeRulePause = modeBeforeRulePause;
            }
            if (fields.HasFlag(AssignFields.Floor)) row.ManualFloorPence = request.ManualFloor is { } f ? Money.ToPence(f) : null;
            if (fields.HasFlag(AssignFields.Ceiling)) row.ManualCeilingPence = request.ManualCeiling is { } c ? Money.ToPence(c) : null;
            row.UpdatedUtc = now;
        }
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor, "repricing.assigned", string.Join(",", known.Take(20)) + (known.Count > 20 ? ",…" : ""),
            $"{known.Count} SKU(s): {Describe(request, fields)}", cancellationToken: ct);
        return known.Count;
    }

    /// <summary>What a change sets, in words, naming only the settings it changes.</summary>
    public static string Describe(SkuPricingRequest request, AssignFields fields)
    {
        var parts = new List<string>();
        if (fields.HasFlag(AssignFields.Strategy)) parts.Add($"strategy {request.StrategyId?.ToString() ?? "default"}");
        if (fields.HasFlag(AssignFields.Mode)) parts.Add($"mode {request.Mode?.ToString() ?? "global"}");
        if (fields.HasFlag(AssignFields.Floor)) parts.Add($"floor {(request.ManualFloor is { } mf ? Money.FormatPence(Money.ToPence(mf)) : "from costs")}");
        if (fields.HasFlag(AssignFields.Ceiling)) parts.Add($"ceiling {(request.ManualCeiling is { } mc ? Money.FormatPence(Money.ToPence(mc)) : "strategy")}");
        return string.Join(", ", parts) + (fields == AssignFields.All ? "" : "; the rest left as each SKU has it");
    }

    public async Task<IReadOnlyList<string>> SkusInCategoryAsync(string category, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Listings.Where(l => l.Category == category && l.Status != "Deleted").Select(l => l.Sku).ToListAsync(ct);
    }

    public async Task<SkuPricing?> FindAsync(string sku, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.SkuPricing.AsNoTracking().FirstOrDefaultAsync(s => s.Sku == sku, ct);
    }
}
