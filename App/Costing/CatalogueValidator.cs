namespace SellerConsole.Costing;

/// <summary>
/// Rejects catalogues the calculator could not cost: bad numbers, missing references and BOM loops.
/// Loops are reported as the path that closes them, e.g. Kit 'A' -> Kit 'B' -> Kit 'A'.
/// </summary>
internal static class CatalogueValidator
{
    public static void Validate(CostingCatalogue catalogue)
    {
        foreach (var c in catalogue.Components)
        {
            var name = $"Component '{c.Code}'";
            if (c.PackSize <= 0)
            {
                throw new CostingException($"{name} has pack size {c.PackSize}; it must be positive.");
            }
            RequireVatRate(c.PurchaseVatRate, name);
            EffectiveDating.Validate(c.PackCosts, name);
        }
        foreach (var p in catalogue.PackagingItems)
        {
            RequireVatRate(p.VatRate, $"Packaging '{p.Code}'");
            EffectiveDating.Validate(p.Costs, $"Packaging '{p.Code}'");
        }
        EffectiveDating.Validate(catalogue.LabourHourlyRates, "The labour rate");
        ValidatePostage(catalogue.PostageRates);
        foreach (var kit in catalogue.Kits.OrderBy(k => k.Code, StringComparer.Ordinal))
        {
            ValidateLines(catalogue, kit.Lines, $"Kit '{kit.Code}'");
        }
        RejectLoops(catalogue);
    }

    /// <summary>Shared by kits and SKU contents: every line names something that exists, sensibly.</summary>
    public static void ValidateLines(CostingCatalogue catalogue, IReadOnlyList<BomLine> lines, string owner)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var where = $"{owner} line {i + 1}";
            if (!catalogue.Contains(line.Item))
            {
                throw new CostingException($"{where} refers to {line.Item}, which is not in the catalogue.");
            }
            if (line.Quantity <= 0)
            {
                throw new CostingException($"{where} ({line.Item}) has quantity {line.Quantity}; it must be positive.");
            }
            if (line.WasteRate < 0)
            {
                throw new CostingException($"{where} ({line.Item}) has negative waste {line.WasteRate}.");
            }
        }
    }

    public static void RequireVatRate(decimal rate, string item)
    {
        if (rate is < 0m or >= 1m)
        {
            throw new CostingException($"{item} has VAT rate {rate}; expected a fraction such as 0.20 or 0.");
        }
    }

    private static void ValidatePostage(IReadOnlyList<PostageRate> rates)
    {
        foreach (var r in rates)
        {
            var name = $"Postage '{r.Service}' {r.Format.Name} up to {r.MaxWeightGrams} g";
            EffectiveDating.RequireUtc(r.EffectiveFrom, $"{name} EffectiveFrom");
            RequireVatRate(r.VatRate, name);
            if (r.Price < 0)
            {
                throw new CostingException($"{name} has a negative price.");
            }
            if (r.MaxWeightGrams <= 0 || r.MaxWeightGrams > r.Format.MaxWeightGrams)
            {
                throw new CostingException(
                    $"{name}: the band must be between 1 g and the format's {r.Format.MaxWeightGrams} g.");
            }
        }
        var clash = rates.GroupBy(r => (r.Service, r.Format.Name, r.MaxWeightGrams, r.EffectiveFrom)).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            var (service, format, band, from) = clash.Key;
            throw new CostingException(
                $"Postage '{service}' {format} up to {band} g has two prices from {EffectiveDating.Format(from)}.");
        }
    }

    private static void RejectLoops(CostingCatalogue catalogue)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var kit in catalogue.Kits.OrderBy(k => k.Code, StringComparer.Ordinal))
        {
            Visit(catalogue, kit.Code, path, done);
        }
    }

    private static void Visit(CostingCatalogue catalogue, string code, List<string> path, HashSet<string> done)
    {
        if (done.Contains(code))
        {
            return;
        }
        var open = path.IndexOf(code);
        if (open >= 0)
        {
            var loop = path.Skip(open).Append(code).Select(c => $"Kit '{c}'");
            throw new CostingException($"BOM loop: {string.Join(" -> ", loop)}. A kit cannot contain itself.");
        }
        path.Add(code);
        foreach (var line in catalogue.Kit(code).Lines.Where(l => l.Item.Kind == BomItemKind.Kit))
        {
            Visit(catalogue, line.Item.Code, path, done);
        }
        path.RemoveAt(path.Count - 1);
        done.Add(code);
    }
}
