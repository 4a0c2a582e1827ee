namespace SellerConsole.Costing.Quoting;

/// <summary>
/// A small catalogue holding only what some BOM lines reach, optionally with one kit replaced by an
/// edited copy and component pack costs overridden from a date. Rebuilding the whole catalogue on
/// every keystroke of a what-if would cost milliseconds per thousand components; a slice costs micro-
/// seconds, and the core still validates it (so a loop through the edited kit is caught).
/// </summary>
public static class CatalogueSlice
{
    /// <param name="packCostOverrides">Component code -> ex-VAT pack cost applied from <paramref name="asOf"/>.</param>
    public static CostingCatalogue For(
        CostingCatalogue full,
        IEnumerable<BomRef> roots,
        IEnumerable<string> packagingCodes,
        DateTime asOf,
        Kit? editedKit = null,
        IReadOnlyDictionary<string, decimal>? packCostOverrides = null)
    {
        var components = new Dictionary<string, Component>(StringComparer.Ordinal);
        var kits = new Dictionary<string, Kit>(StringComparer.Ordinal);
        var pending = new Stack<BomRef>(roots);
        if (editedKit is not null)
        {
            pending.Push(BomRef.Kit(editedKit.Code));
        }
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (item.Kind == BomItemKind.Component)
            {
                if (!components.ContainsKey(item.Code) && full.Contains(item))
                {
                    components[item.Code] = Override(full.Component(item.Code), asOf, packCostOverrides);
                }
                continue;
            }
            if (kits.ContainsKey(item.Code))
            {
                continue;
            }
            var kit = editedKit is not null && editedKit.Code == item.Code ? editedKit : full.Contains(item) ? full.Kit(item.Code) : null;
            if (kit is null)
            {
                continue; // the core reports the dangling reference with its owner and line
            }
            kits[kit.Code] = kit;
            foreach (var line in kit.Lines)
            {
                pending.Push(line.Item);
            }
        }
        var packaging = packagingCodes.Distinct(StringComparer.Ordinal)
            .Where(code => full.PackagingItems.Any(p => p.Code == code))
            .Select(full.Packaging);
        return new CostingCatalogue(components.Values, kits.Values, packaging, full.PostageRates, full.LabourHourlyRates);
    }

    private static Component Override(Component component, DateTime asOf, IReadOnlyDictionary<string, decimal>? overrides)
    {
        if (overrides is null || !overrides.TryGetValue(component.Code, out var packCost))
        {
            return component;
        }
        var costs = component.PackCosts.Where(c => c.EffectiveFrom != asOf).Append(new DatedPrice(asOf, packCost)).ToArray();
        return component with { PackCosts = costs };
    }
}
