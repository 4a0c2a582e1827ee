namespace SellerConsole.Costing;

/// <summary>
/// The immutable, validated master data costing reads: components, kits, packaging, the postage rate
/// card and the labour rate. Building one checks codes, dates, references and BOM loops, so an
/// invalid catalogue never exists; an edit in the UI means building a new one (cheap at this size).
/// </summary>
public sealed class CostingCatalogue
{
    private readonly Dictionary<string, Component> _components;
    private readonly Dictionary<string, Kit> _kits;
    private readonly Dictionary<string, PackagingItem> _packaging;

    public CostingCatalogue(
        IEnumerable<Component> components,
        IEnumerable<Kit> kits,
        IEnumerable<PackagingItem> packaging,
        IEnumerable<PostageRate> postageRates,
        IEnumerable<DatedPrice> labourHourlyRates)
    {
        _components = Index(components, c => c.Code, "component");
        _kits = Index(kits, k => k.Code, "kit");
        _packaging = Index(packaging, p => p.Code, "packaging item");
        PostageRates = postageRates.ToArray();
        LabourHourlyRates = labourHourlyRates.ToArray();
        CatalogueValidator.Validate(this);
    }

    public IReadOnlyCollection<Component> Components => _components.Values;

    public IReadOnlyCollection<Kit> Kits => _kits.Values;

    public IReadOnlyCollection<PackagingItem> PackagingItems => _packaging.Values;

    public IReadOnlyList<PostageRate> PostageRates { get; }

    /// <summary>GBP per hour of packing labour, effective-dated. Labour carries no VAT.</summary>
    public IReadOnlyList<DatedPrice> LabourHourlyRates { get; }

    public bool Contains(BomRef item) => item.Kind == BomItemKind.Component
        ? _components.ContainsKey(item.Code)
        : _kits.ContainsKey(item.Code);

    public Component Component(string code) => _components.TryGetValue(code, out var c)
        ? c
        : throw new CostingException($"Component '{code}' is not in the catalogue.");

    public Kit Kit(string code) => _kits.TryGetValue(code, out var k)
        ? k
        : throw new CostingException($"Kit '{code}' is not in the catalogue.");

    public PackagingItem Packaging(string code) => _packaging.TryGetValue(code, out var p)
        ? p
        : throw new CostingException($"Packaging '{code}' is not in the catalogue.");

    public string NameOf(BomRef item) => item.Kind == BomItemKind.Component ? Component(item.Code).Name : Kit(item.Code).Name;

    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> code, string what)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(code(item)))
            {
                throw new CostingException($"A {what} has an empty code.");
            }
            if (!index.TryAdd(code(item), item))
            {
                throw new CostingException($"Two {what}s share the code '{code(item)}'.");
            }
        }
        return index;
    }
}
