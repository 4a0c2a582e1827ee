using Microsoft.EntityFrameworkCore;

namespace SellerConsole.Costing.Data;

/// <summary>The postage rate card (one row per service x format x band x date) and its size formats.</summary>
public sealed partial class CostingStore
{
    /// <summary>Adds (Id 0) or replaces one rate. A saved rate is the seller's own, no longer an example.</summary>
    public Task<CostingEditResult> SavePostageRateAsync(int id, int formatId, PostageRate rate, string actor, CancellationToken ct) =>
        EditAsync(actor, "postage rate", $"{rate.Service} {rate.Format.Name} {rate.MaxWeightGrams} g",
            $"{EffectiveDating.Format(rate.EffectiveFrom)}: {rate.Price:0.00} ex VAT, VAT {rate.VatRate * 100m:0.##}%",
            data =>
            {
                var format = data.Formats.FirstOrDefault(f => f.Id == formatId)
                    ?? throw new CostingException($"Postage format {formatId} does not exist.");
                var row = new PostageRateRow(id, formatId, rate with { Format = format.Format }, false);
                return data with
                {
                    PostageRates = id == 0 ? [.. data.PostageRates, row] : CostingMasterData.Replace(data.PostageRates, row, r => r.Id == id),
                };
            },
            async (db, token) =>
            {
                var row = id == 0 ? null : await db.PostageRates.FirstOrDefaultAsync(r => r.Id == id, token);
                if (row is null)
                {
                    row = new StoredPostageRate { Service = rate.Service };
                    db.PostageRates.Add(row);
                }
                row.Service = rate.Service.Trim();
                row.FormatId = formatId;
                row.MaxWeightGrams = rate.MaxWeightGrams;
                row.EffectiveFromUtc = rate.EffectiveFrom;
                row.PricePence = Pence(rate.Price, "A postage price");
                row.VatRate = rate.VatRate;
                row.IsExample = false;
            }, ct);

    public Task<CostingEditResult> DeletePostageRateAsync(int id, string actor, CancellationToken ct) =>
        EditAsync(actor, "postage rate", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Deleted",
            data => data with { PostageRates = data.PostageRates.Where(r => r.Id != id).ToList() },
            (db, token) => db.PostageRates.Where(r => r.Id == id).ExecuteDeleteAsync(token), ct);

    /// <summary>Adds (Id 0) or changes a size format; rates on it take the new limits.</summary>
    public Task<CostingEditResult> SavePostageFormatAsync(int id, PostageFormat format, string actor, CancellationToken ct) =>
        EditAsync(actor, "postage format", format.Name, $"up to {format.MaxSize}, {format.MaxWeightGrams} g",
            data =>
            {
                if (format.MaxWeightGrams <= 0 || format.MaxSize.A <= 0 || format.MaxSize.B <= 0 || format.MaxSize.C <= 0)
                {
                    throw new CostingException($"Format '{format.Name}' needs positive sides and a positive weight limit.");
                }
                var row = new PostageFormatRow(id, format);
                return data with
                {
                    Formats = id == 0 ? [.. data.Formats, row] : CostingMasterData.Replace(data.Formats, row, f => f.Id == id),
                    PostageRates = data.PostageRates.Select(r => r.FormatId == id && id != 0 ? r with { Rate = r.Rate with { Format = format } } : r).ToList(),
                };
            },
            async (db, token) =>
            {
                var row = id == 0 ? null : await db.PostageFormats.FirstOrDefaultAsync(f => f.Id == id, token);
                if (row is null)
                {
                    row = new StoredPostageFormat { Name = format.Name };
                    db.PostageFormats.Add(row);
                }
                row.Name = format.Name.Trim();
                row.MaxLengthCm = format.MaxSize.A;
                row.MaxWidthCm = format.MaxSize.B;
                row.MaxDepthCm = format.MaxSize.C;
                row.MaxWeightGrams = format.MaxWeightGrams;
            }, ct);

    public Task<CostingEditResult> DeletePostageFormatAsync(int id, string actor, CancellationToken ct) =>
        EditAsync(actor, "postage format", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Deleted",
            data =>
            {
                var used = data.PostageRates.FirstOrDefault(r => r.FormatId == id);
                return used is null
                    ? data with { Formats = data.Formats.Where(f => f.Id != id).ToList() }
                    : throw new CostingException($"Format '{used.Rate.Format.Name}' still has postage rates; delete them first.");
            },
            (db, token) => db.PostageFormats.Where(f => f.Id == id).ExecuteDeleteAsync(token), ct);
}
