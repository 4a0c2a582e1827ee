using System.Globalization;

namespace SellerConsole.Costing;

/// <summary>An amount (GBP, ex VAT unless stated) that applies from <see cref="EffectiveFrom"/> (UTC) on.</summary>
public sealed record DatedPrice(DateTime EffectiveFrom, decimal Amount);

/// <summary>Effective dating: "as of" a date means the latest entry with EffectiveFrom &lt;= date.</summary>
public static class EffectiveDating
{
    public static DatedPrice AsOf(IReadOnlyList<DatedPrice> entries, DateTime date, string item)
    {
        RequireUtc(date, "as-of date");
        DatedPrice? best = null;
        foreach (var entry in entries)
        {
            if (entry.EffectiveFrom <= date && (best is null || entry.EffectiveFrom > best.EffectiveFrom))
            {
                best = entry;
            }
        }
        if (best is not null)
        {
            return best;
        }
        var earliest = entries.Count == 0
            ? "it has no dated costs at all"
            : $"its earliest cost starts {Format(entries.Min(e => e.EffectiveFrom))}";
        throw new CostingException($"{item} has no cost effective on or before {Format(date)} ({earliest}).");
    }

    /// <summary>Rejects dated lists a lookup could not answer unambiguously.</summary>
    public static void Validate(IReadOnlyList<DatedPrice> entries, string item)
    {
        foreach (var entry in entries)
        {
            RequireUtc(entry.EffectiveFrom, $"{item} EffectiveFrom");
            if (entry.Amount < 0)
            {
                throw new CostingException($"{item} has a negative cost {entry.Amount} from {Format(entry.EffectiveFrom)}.");
            }
        }
        var clash = entries.GroupBy(e => e.EffectiveFrom).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new CostingException($"{item} has two costs effective from {Format(clash.Key)}.");
        }
    }

    public static void RequireUtc(DateTime value, string what)
    {
        if (value.Kind != DateTimeKind.Utc)
        {
            throw new CostingException($"The {what} must be a UTC DateTime (Kind=Utc), got Kind={value.Kind}.");
        }
    }

    public static string Format(DateTime date) =>
        date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
