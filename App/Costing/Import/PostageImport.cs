using SellerConsole.Costing.Data;
using SellerConsole.Shared;

namespace SellerConsole.Costing.Import;

internal sealed record PostageRow(int Row, string Service, PostageFormatRow Format, int MaxWeightGrams, decimal Price, decimal VatRate, DateTime From);

/// <summary>
/// Postage file: the seller's rate card, one row per service x format x weight band x date. Rows are
/// added, or replace the price on the same band and date; imported prices are no longer examples.
/// </summary>
internal sealed class PostageImport(IReadOnlyList<PostageRow> rows) : IImportPlan
{
    public int Rows => rows.Count;

    public IReadOnlyCollection<string> Codes => rows.Select(r => r.Service).Distinct().ToList();

    public static PostageImport? Check(Table table, IReadOnlyDictionary<string, int> columns, CostingSnapshot snapshot, List<ImportError> errors, Action<int> checkedRows)
    {
        var formats = snapshot.Data.Formats.ToDictionary(f => f.Format.Name, StringComparer.OrdinalIgnoreCase);
        var parsed = new List<PostageRow>(table.Rows.Count);
        var seen = new FirstSeen<(string, string, int, DateTime)>();
        foreach (var row in table.Rows)
        {
            var r = new RowReader(row, columns, errors).RequireWidth(table.Header.Count);
            var service = r.Text("Service", CostingLimits.Service);
            var formatName = r.Text("Format", CostingLimits.Code);
            var band = r.Int("MaxWeightGrams", 1, 1_000_000);
            var price = r.Money("Price");
            var vat = r.Percent("VatPercent", emptyMeans: "0");
            var from = r.Date("EffectiveFrom");
            PostageFormatRow? format = null;
            if (formatName is not null && !formats.TryGetValue(formatName, out format))
            {
                r.Error("Format", $"Unknown format '{formatName}'. Known formats: {string.Join(", ", formats.Keys)}.");
            }
            if (r.HasErrors)
            {
                continue;
            }
            if (band > format!.Format.MaxWeightGrams)
            {
                r.Error("MaxWeightGrams", $"A {format.Format.Name} takes at most {format.Format.MaxWeightGrams} g; the band is {band} g.");
            }
            else if (seen.Duplicate((service!, format.Format.Name, band!.Value, from!.Value), row.Number) is { } first)
            {
                r.Error("EffectiveFrom", $"Duplicate: row {first} already prices {service} {format.Format.Name} up to {band} g from {EffectiveDating.Format(from.Value)}.");
            }
            else
            {
                parsed.Add(new PostageRow(row.Number, service!, format, band.Value, price!.Value, vat!.Value, from.Value));
            }
            if (row.Number % 5_000 == 0)
            {
                checkedRows(parsed.Count);
            }
        }
        return errors.Count == 0 ? new PostageImport(parsed) : null;
    }

    public CostingMasterData Apply(CostingMasterData data)
    {
        var rates = data.PostageRates.ToDictionary(r => (r.Rate.Service, r.FormatId, r.Rate.MaxWeightGrams, r.Rate.EffectiveFrom));
        foreach (var row in rows)
        {
            var key = (row.Service, row.Format.Id, row.MaxWeightGrams, row.From);
            var id = rates.TryGetValue(key, out var existing) ? existing.Id : 0;
            rates[key] = new PostageRateRow(id, row.Format.Id,
                new PostageRate(row.Service, row.Format.Format, row.MaxWeightGrams, row.From, row.Price, row.VatRate), false);
        }
        return data with { PostageRates = rates.Values.ToList() };
    }

    public async Task<int> WriteAsync(ImportSession session, Action<int> written, CancellationToken ct)
    {
        using var upsert = session.Prepare(
            "INSERT INTO \"PostageRates\" (\"Service\", \"FormatId\", \"MaxWeightGrams\", \"EffectiveFromUtc\", \"PricePence\", \"VatRate\", \"IsExample\") " +
            "VALUES (@service, @format, @band, @from, @pence, @vat, FALSE) " +
            "ON CONFLICT(\"Service\", \"FormatId\", \"MaxWeightGrams\", \"EffectiveFromUtc\") " +
            "DO UPDATE SET \"PricePence\" = excluded.\"PricePence\", \"VatRate\" = excluded.\"VatRate\", \"IsExample\" = FALSE",
            "@service", "@format", "@band", "@from", "@pence", "@vat");
        var count = 0;
        foreach (var row in rows)
        {
            await upsert.With(row.Service, row.Format.Id, row.MaxWeightGrams, row.From, Money.ToPence(row.Price), row.VatRate).ExecuteNonQueryAsync(ct);
            if (++count % 2_000 == 0)
            {
                written(count);
            }
        }
        return count;
    }
}
